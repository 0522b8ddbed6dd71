/**
 * The longest text Maille keeps in each field, in UTF-16 code units. Typed text beyond a limit is
 * refused with a word next to the field (forms count as you type); text from a page or an import is
 * cut at a grapheme boundary (`capText`). Notes have room for years of meetings: 100,000
 * characters is about 15,000 words.
 */
export const LIMITS = {
  name: 200,
  /** Headline, company, title, location: one line each. */
  line: 200,
  eventName: 200,
  place: 200,
  topic: 1_000,
  notes: 100_000,
  summary: 2_000,
  tag: 40,
  tags: 30,
  email: 254,
  emails: 20,
  url: 2_000,
  id: 100,
  profileKey: 300,
  /** People one news walk goes through (one at a time). */
  newsRecipients: 1_000,
  /**
   * Rows an import sends the background at once (each batch one transaction, which holds other
   * writes back while it runs: ~0.3 s at 3,000). 30,000 LinkedIn rows: 5.3 s in batches of 1,000,
   * 4.7 s in batches of 3,000 (fewer round trips and commits).
   */
  importBatch: 3_000,
  /** Contacts one bulk action changes at once. */
  bulk: 50_000,
  /** Bytes of a backup file the background reads at most (see backup-uploads.ts). */
  backupBytes: 1_000_000_000,
} as const;

/** Longest keep-in-touch cadence, in days (ten years). */
export const MAX_CADENCE_DAYS = 3650;

/** Furthest a snooze reaches, in days. */
export const MAX_SNOOZE_DAYS = 5 * 366;
