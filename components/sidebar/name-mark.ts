/**
 * The performance mark set in the sidebar when a person's name is first painted (its detail is
 * the name): what `npm run bench` reads for "the name shows". Set by the first paint before React
 * (`entrypoints/sidebar-first-paint.ts`) and by `ProfileHeader`.
 */
export const NAME_MARK = 'maille:name-shown';

/** Marks the frame after this one, when what was just rendered is on screen. */
export function markNameShown(name: string): () => void {
  const frame = requestAnimationFrame(() => performance.mark(NAME_MARK, { detail: name }));
  return () => cancelAnimationFrame(frame);
}
