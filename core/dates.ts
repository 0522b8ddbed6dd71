/** The local calendar day of an instant as `YYYY-MM-DD` (what `<input type=date>` holds). */
export function toLocalDay(at: number | Date): string {
  const d = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Noon local time of a `YYYY-MM-DD` day: an instant that stays on that day across DST shifts. */
export function fromLocalDay(day: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return undefined;
  const date = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12);
  return Number.isNaN(date.getTime()) || toLocalDay(date) !== day ? undefined : date.getTime();
}
