import { describe, expect, it } from 'vitest';
import { ContactIndex } from '@/core/contact-index';
import { byName, contactState, patchContacts, tableRows, tagsInUse, type Sort, type TableFilters } from '@/core/contacts-table';
import type { Contact } from '@/core/records';
import { nameKey } from '@/core/text';
import { contactRecord, DAY } from '../support/records';

const NOW = new Date('2026-11-26T10:00:00+01:00').getTime();
const ZONE = 'Europe/Paris';
let n = 0;
function contact(name: string, extra: Partial<Contact> = {}): Contact {
  return contactRecord({ id: `c${++n}`, name, createdAt: NOW - 400 * DAY, updatedAt: 1, ...extra });
}

describe('the search index stays right after adds, edits, merges and deletes', () => {
  const claire = contact('Claire Fontaine', { company: 'Lumen Robotics', tags: ['robotics'], notes: 'Wants an intro to a Grenoble lab', met: { eventName: 'Mobile Monday Lyon' } });
  const jose = contact('José García', { company: 'The Best Company', headline: 'Ingeniero de datos' });
  const paul = contact('Paul Girard', { company: 'Lumen Robotics' });

  it.each([
    ['a name prefix', 'clai', ['Claire Fontaine']],
    ['accents and case aside', 'JOSE garcia', ['José García']],
    ['a company', 'lumen', ['Claire Fontaine', 'Paul Girard']],
    ['a tag', 'robotics', ['Claire Fontaine', 'Paul Girard']],
    ['words of the notes', 'grenoble', ['Claire Fontaine']],
    ['the event met at', 'mobile monday', ['Claire Fontaine']],
    ['a headline', 'ingeniero', ['José García']],
    ['a typo', 'fontane', ['Claire Fontaine']],
    ['a typo in a long word of the notes', 'grenoblr', ['Claire Fontaine']],
    ['a short word as typed: "lion" is not Lyon', 'lion', []],
    ['nor "poul" Paul', 'poul', []],
    ['two words, both needed', 'lumen paul', ['Paul Girard']],
    ['every word a prefix', 'rob gir', ['Paul Girard']],
    ['one letter: an initial of a name', 'g', ['José García', 'Paul Girard']],
    ['one letter looks at names only', 'l', []],
    ['two letters: names, companies and tags', 'lu', ['Claire Fontaine', 'Paul Girard']],
    ['two letters: not yet the notes', 'gr', []],
    ['three letters: everything', 'gre', ['Claire Fontaine']],
  ])('%s: %s', (_label, query, names) => {
    const index = new ContactIndex();
    index.sync([claire, jose, paul]);
    const byId = new Map([claire, jose, paul].map((c) => [c.id, c.name]));
    expect(index.search(query)!.map((id) => byId.get(id)).sort()).toEqual(names);
  });

  it('re-indexes only what changed, and forgets the deleted', () => {
    const index = new ContactIndex();
    expect(index.sync([claire, jose, paul])).toEqual({ added: 3, changed: 0, removed: 0 });
    const moved = { ...paul, company: 'Axiome', updatedAt: 2 };
    expect(index.sync([claire, jose, moved])).toEqual({ added: 0, changed: 1, removed: 0 });
    expect(index.search('axiome')).toEqual([paul.id]);
    expect(index.search('lumen')).toEqual([claire.id]);
    expect(index.sync([claire, moved])).toEqual({ added: 0, changed: 0, removed: 1 });
    expect(index.search('jose')).toEqual([]);
    expect(index.search('  ')).toBeNull();
    expect(index.size).toBe(2);
  });

  it('loads everyone in chunks first, then follows changes; two loads at once index each contact once', async () => {
    const index = new ContactIndex();
    const many = Array.from({ length: 1200 }, (_, i) => contact(`Person ${i}`, { company: i === 700 ? 'Axiome' : 'Lumen' }));
    await Promise.all([index.load(many, 100), index.load(many, 100)]);
    expect(index.size).toBe(1200);
    expect(index.search('axiome')).toEqual([many[700]!.id]);
    await index.load([...many.slice(1), { ...many[0]!, company: 'Axiome', updatedAt: 9 }]);
    expect(index.search('axiome')?.sort()).toEqual([many[0]!.id, many[700]!.id].sort());
  });

  const many = Array.from({ length: 1200 }, (_, i) => contact(`Person ${i}`, { company: 'Lumen' }));
  it.each([
    ['a first sync: thousands arrive after the first load', [], many, 'person'],
    ['thousands changed at once', many, many.map((c) => ({ ...c, company: 'Axiome', updatedAt: 9 })), 'axiome'],
  ])('%s: indexed in chunks that give the page back', async (_label, before, after, word) => {
    const index = new ContactIndex();
    await index.load(before, 100);
    // What a timer of the page's sees between chunks: some found, not all (one pass shows none, then all).
    const seen: number[] = [];
    const timer = setInterval(() => seen.push(index.search(word)?.length ?? 0), 0);
    await index.load(after, 100);
    clearInterval(timer);
    expect(seen.some((n) => n > 0 && n < 1200)).toBe(true);
    expect(index.search(word)).toHaveLength(1200);
  });

  it.each([
    ['a page with idle moments: chunks back to back while one lasts', 40, 1],
    ['a page never idle: one chunk a turn', 0, 12],
  ])('%s', async (_label, spare, turns) => {
    // What the page's idle callbacks give: `spare` ms left whatever was done (the deadline in Chrome shrinks as work runs).
    const calls: number[] = [];
    const idle = (callback: IdleRequestCallback) => (calls.push(1), setTimeout(() => callback({ didTimeout: false, timeRemaining: () => spare }), 0));
    Object.assign(globalThis, { requestIdleCallback: idle });
    try {
      const index = new ContactIndex();
      await index.load(many, 100);
      expect(calls).toHaveLength(turns);
      expect(index.size).toBe(1200);
    } finally {
      Reflect.deleteProperty(globalThis, 'requestIdleCallback');
    }
  });

  it('after a merge: the merged record is gone, the kept one found by what either held', () => {
    const index = new ContactIndex();
    const card = contact('C. Fontaine', { company: 'Grenoble Lab', tags: ['fair'] });
    index.sync([claire, card]);
    const merged = { ...claire, tags: ['robotics', 'fair'], notes: `${claire.notes}\n\nCard from the fair, Grenoble Lab`, updatedAt: 5 };
    expect(index.sync([merged])).toEqual({ added: 0, changed: 1, removed: 1 });
    expect(index.search('fair')).toEqual([claire.id]);
    expect(index.search('grenoble')).toEqual([claire.id]);
  });
});

describe('the contacts table', () => {
  const rules = { now: NOW, zone: ZONE };
  const due = contact('Ada Due', { cadenceDays: 91, lastContactAt: NOW - 100 * DAY, nextDueAt: NOW - 9 * DAY, dueReason: 'reconnect', tags: ['lyon'], profiles: [{ site: 'linkedin', key: 'linkedin:ada', url: 'https://www.linkedin.com/in/ada/' }] });
  const losing = contact('Bea Losing', { cadenceDays: 30, lastContactAt: NOW - 60 * DAY, nextDueAt: NOW - 30 * DAY, dueReason: 'losing-touch', company: 'Zeta' });
  const fresh = contact('Cy Fresh', { cadenceDays: 91, lastContactAt: NOW - 5 * DAY, nextDueAt: NOW + 86 * DAY, company: 'Alpha' });
  const none = contact('Dee None', { met: { eventId: 'e1' } });
  const everyone = [due, losing, fresh, none];
  const all = new Map(everyone.map((c) => [c.id, c]));

  it.each([
    [due, 'due'], [losing, 'losingTouch'], [fresh, 'fresh'], [none, 'noCadence'],
  ] as const)('%# state: %s', (c, state) => expect(contactState(c, rules.now, rules.zone)).toBe(state));

  it.each<[string, TableFilters, string[]]>([
    ['no filter', {}, ['Ada Due', 'Bea Losing', 'Cy Fresh', 'Dee None']],
    ['a tag', { tag: 'lyon' }, ['Ada Due']],
    ['a site', { site: 'linkedin' }, ['Ada Due']],
    ['a state', { state: 'losingTouch' }, ['Bea Losing']],
    ['an event', { eventId: 'e1' }, ['Dee None']],
    ['never contacted', { neverContacted: true }, ['Dee None']],
  ])('filters: %s', (_label, filters, names) => {
    expect(tableRows(everyone, null, null, filters, null, rules.now, rules.zone).map((c) => c.name)).toEqual(names);
  });

  it.each<[string, Sort, string[]]>([
    ['company, missing last', { key: 'company', descending: false }, ['Cy Fresh', 'Bea Losing', 'Ada Due', 'Dee None']],
    ['company descending, missing still last', { key: 'company', descending: true }, ['Bea Losing', 'Cy Fresh', 'Ada Due', 'Dee None']],
    ['last contact, oldest first', { key: 'lastContact', descending: false }, ['Ada Due', 'Bea Losing', 'Cy Fresh', 'Dee None']],
    ['next due, latest first', { key: 'nextDue', descending: true }, ['Cy Fresh', 'Ada Due', 'Bea Losing', 'Dee None']],
  ])('sorts by %s', (_label, sort, names) => {
    expect(tableRows(everyone, null, null, {}, sort, rules.now, rules.zone).map((c) => c.name)).toEqual(names);
  });

  it.each([false, true])('equal values (a company in two cases, one day) keep the order of names, descending %s', (descending) => {
    const same = [contact('Zoë Axiome', { company: 'AXIOME', lastContactAt: NOW }), contact('Élodie Axiome', { company: 'Axiome', lastContactAt: NOW }), contact('anaïs Axiome', { company: 'axiome', lastContactAt: NOW })];
    const names = ['anaïs Axiome', 'Élodie Axiome', 'Zoë Axiome'];
    for (const key of ['company', 'lastContact'] as const) {
      expect(tableRows([...same, fresh], null, null, {}, { key, descending }, rules.now, rules.zone).map((c) => c.name)).toEqual(descending ? [...names, 'Cy Fresh'] : ['Cy Fresh', ...names]);
    }
  });

  it('a search keeps its ranking unless a column is chosen', () => {
    expect(tableRows(everyone, all, [fresh.id, due.id], {}, null, rules.now, rules.zone).map((c) => c.name)).toEqual(['Cy Fresh', 'Ada Due']);
  });
});

describe('exports in the order of names', () => {
  it.each([
    [['Zoë Roux', 'Élodie Moreau', 'anaïs Petit'], ['anaïs Petit', 'Élodie Moreau', 'Zoë Roux']],
    [['Person 10', 'Person 9', 'Person 1'], ['Person 1', 'Person 9', 'Person 10']],
    [[], []],
  ])('%j → %j', (names, expected) => {
    expect(byName(names.map((name) => ({ name, nameKey: nameKey(name) }))).map((c) => c.name)).toEqual(expected);
  });
});

describe('patching the table’s records with those a change names', () => {
  const claire = contact('Claire Fontaine');
  const marc = contact('Marc Lefebvre');
  const paul = contact('Paul Girard');
  const claire2 = { ...claire, notes: 'edited', updatedAt: claire.updatedAt + 1 };
  const nadia = contact('Nadia Benali');
  it.each([
    ['one changed: in its place, the others untouched', [claire, marc, paul], [claire.id], [claire2], [claire2, marc, paul]],
    ['one gone', [claire, marc, paul], [marc.id], [undefined], [claire, paul]],
    ['one new: at the end', [claire, marc], [nadia.id], [nadia], [claire, marc, nadia]],
    ['a mix', [claire, marc, paul], [paul.id, nadia.id, claire.id], [undefined, nadia, claire2], [claire2, marc, nadia]],
    ['an id unknown and gone: nothing', [claire], ['nobody'], [undefined], [claire]],
  ] as const)('%s', (_label, before, ids, records, after) => {
    const given = [...before];
    const next = patchContacts(before, ids, records);
    expect(next.map((c) => c.id)).toEqual(after.map((c) => c.id));
    next.forEach((c, i) => expect(c).toBe(after[i]));
    expect(before).toEqual(given); // the input is left as it was
  });

  it('the tags in use, each once, in collation order', () => {
    expect(tagsInUse([contact('A', { tags: ['Lyon', 'robotics'] }), contact('B', { tags: ['Écoles', 'Lyon'] }), contact('C')])).toEqual(['Écoles', 'Lyon', 'robotics']);
  });
});

describe('the table’s name order is the reader’s (the collator’s), though it compares folded names first', () => {
  const names = ['Zoë Roux', 'Élodie Faure', 'élodie faure', 'Emile Blanc', 'de la Tour', 'Dubois-Martin', 'Dubois Martin', 'Anaïs André', 'anais andre', 'Jürgen Müller', 'Jurgen Muller', 'Øyvind Berg', 'Œuvre Claire', 'Ines 2', 'Ines 10', 'Łukasz Nowak', 'Lukas Nowak',
    'Claire Fontaine 999', 'Claire Fontaine 1234', 'Claire Fontaine 0998', 'Claire Fontaine1', 'Claire Fontaine 1a', 'Claire Fontaine a1', 'Agent 007', 'Agent 7', 'Agent 70', 'R2D2', 'R10D2', 'R2 D2', 'Ab1', 'A b', 'A 12345678901', 'A 9999999999'];
  it.each(['en', 'fr', 'de'])('%s', (locale) => {
    const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
    const contacts = names.map((name) => contact(name, { nameKey: nameKey(name) }));
    const rows = tableRows(contacts, null, null, {}, { key: 'name', descending: false }, NOW, ZONE).map((c) => c.name);
    const expected = [...names].sort(collator.compare);
    // Equal under the collator (case, accents): either order is the reader's.
    rows.forEach((name, i) => expect(collator.compare(name, expected[i]!), `${rows.join(', ')}\nvs ${expected.join(', ')}`).toBe(0));
  });
});
