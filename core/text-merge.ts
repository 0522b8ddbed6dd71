import { diff3Merge } from 'node-diff3';

/** Words and the white space between them: edits in different words of one line merge. */
function tokens(text: string): string[] {
  return text.split(/(\s+)/).filter(Boolean);
}

export type TextMerge = { clean: true; text: string } | { clean: false };

/**
 * Three-way merge of a text edited in two places from the same `base`: `theirs` (stored
 * meanwhile) and `mine` (this page's). Clean when the two edits touch different words, or make the
 * same change; otherwise not, and the person chooses.
 */
export function mergeText(base: string, theirs: string, mine: string): TextMerge {
  if (theirs === base || theirs === mine) return { clean: true, text: mine };
  if (mine === base) return { clean: true, text: theirs };
  const regions = diff3Merge(tokens(mine), tokens(base), tokens(theirs), { excludeFalseConflicts: true });
  if (regions.some((region) => region.conflict)) return { clean: false };
  return { clean: true, text: regions.flatMap((region) => region.ok ?? []).join('') };
}

/**
 * Both texts, nothing lost: what a person gets when two edits of the same words cannot be
 * merged and they choose "Keep both" (or when a tab closed before they could choose).
 */
export function keepBoth(theirs: string, mine: string): string {
  if (!theirs.trim()) return mine;
  if (!mine.trim()) return theirs;
  return `${mine.trimEnd()}\n\n${theirs.trimStart()}`;
}
