import MiniSearch from 'minisearch';
import type { Contact } from './records';
import { nameKey } from './text';

/** Time a chunk needs, kept free of an idle moment's end (100 of 10,000 contacts: 2.4 ms in Node here; a page is slower). */
const IDLE_MARGIN_MS = 12;

/**
 * The page's next idle moment, or 50 ms from now if none comes; where a page has no idle
 * callbacks (the unit tests' DOM), the next task, with no time to spare.
 */
function idleMoment(): Promise<Pick<IdleDeadline, 'timeRemaining'>> {
  if (typeof requestIdleCallback === 'function') return new Promise((resolve) => requestIdleCallback(resolve, { timeout: 50 }));
  return new Promise((resolve) => setTimeout(() => resolve({ timeRemaining: () => 0 }), 0));
}

/**
 * The contacts table's search: a MiniSearch index over name, company, headline, title, notes,
 * tags and the event met at, kept in step with the records by `sync` (only what changed is
 * re-indexed), so a keystroke searches the index, never every record.
 */
export class ContactIndex {
  private readonly index = new MiniSearch<Contact>({
    fields: ['name', 'company', 'headline', 'title', 'notes', 'tags', 'event'],
    extractField: (contact, field) => {
      if (field === 'tags') return contact.tags.join(' ');
      if (field === 'event') return contact.met?.eventName ?? '';
      return String((contact as unknown as Record<string, unknown>)[field] ?? '');
    },
    // Accents and case aside: "josé" finds "José", "fontaine" finds "FONTAINE".
    processTerm: (term) => nameKey(term) || null,
    // One typo forgiven from seven letters on ("fontane" finds Fontaine). The fraction this was
    // (0.15 of a word's length, rounded) forgave one from four letters: "lyon" then also looked
    // through every "lion", "leon"…, and a keystroke at 30,000 contacts took ~10× the work.
    searchOptions: { prefix: true, fuzzy: (term) => (term.length >= 7 ? 1 : false), combineWith: 'AND', boost: { name: 3, company: 2, tags: 2 } },
  });
  /** What is indexed: each contact's id and the `updatedAt` it was indexed at. */
  private readonly indexed = new Map<string, number>();

  /** The loads under way, one after another (two at once would index a contact twice). */
  private loading: Promise<void> = Promise.resolve();

  /**
   * Brings the index in step with `contacts` in chunks done in the page's idle moments: 30,000
   * contacts are a second of work the first time, and a first sync brings 10,000 at once later
   * (one pass took 240 ms). Chunks run back to back while an idle moment lasts; one chunk a turn
   * when the page is never idle (≤ 50 ms apart). Chunks one task after the other (a zero timer)
   * left the garbage collector no idle time, and it paused inside them (up to ~75 ms; npm run
   * bench, a first sync). The table shows first, the search follows soon after.
   */
  load(contacts: readonly Contact[], chunkSize = 100): Promise<void> {
    const step = this.loading.then(async () => {
      const todo = contacts.filter((c) => this.indexed.get(c.id) !== c.updatedAt);
      for (let at = 0; at < todo.length; ) {
        const deadline = await idleMoment();
        do {
          for (const c of todo.slice(at, at + chunkSize)) this.put(c);
          at += chunkSize;
        } while (at < todo.length && deadline.timeRemaining() > IDLE_MARGIN_MS);
      }
      this.sync(contacts);
    });
    this.loading = step.catch(() => undefined);
    return step;
  }

  /** Indexes one contact as it is now (added, or replaced if it was indexed before). */
  private put(contact: Contact): void {
    if (this.indexed.has(contact.id)) this.index.replace(contact);
    else this.index.add(contact);
    this.indexed.set(contact.id, contact.updatedAt);
  }

  /** Brings the index in step with `contacts`: adds the new, re-indexes the changed, drops the gone. */
  sync(contacts: readonly Contact[]): { added: number; changed: number; removed: number } {
    const seen = new Set<string>();
    let added = 0;
    let changed = 0;
    for (const contact of contacts) {
      seen.add(contact.id);
      const at = this.indexed.get(contact.id);
      if (at === contact.updatedAt) continue;
      if (at === undefined) added++;
      else changed++;
      this.put(contact);
    }
    let removed = 0;
    for (const id of [...this.indexed.keys()]) {
      if (seen.has(id)) continue;
      this.index.discard(id);
      this.indexed.delete(id);
      removed++;
    }
    return { added, changed, removed };
  }

  /**
   * The ids matching `query`, best first; null for an empty query (no search: everyone). A query
   * of one or two letters looks at fewer fields: one letter at names only — "l" across every field
   * matched 17,000 of 30,000 people and took 60 ms a keystroke; among names it is an initial —
   * and two at names, companies and tags ("ma" through the notes too matched 12,000 and took
   * ~8× as long: every note has words starting with most two letters). The third letter searches
   * everything.
   */
  search(query: string): string[] | null {
    const trimmed = query.trim();
    if (!trimmed) return null;
    const options = trimmed.length === 1 ? { fields: ['name'], fuzzy: false } : trimmed.length === 2 ? { fields: ['name', 'company', 'tags'] } : {};
    return this.index.search(query, options).map((result) => String(result.id));
  }

  get size(): number {
    return this.indexed.size;
  }
}
