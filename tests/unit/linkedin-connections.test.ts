import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { connectionDate, parseConnections } from '@/core/linkedin-connections';
import { db } from '@/storage/db';
import { importConnections } from '@/storage/import-connections';
import { createContact, findContactByProfileKey } from '@/storage/contacts';
import { FIXTURES_DIR } from './fixture-doc';
import { RULES, useEmptyDb } from './db-helpers';

const FILE = readFileSync(join(FIXTURES_DIR, 'imports', 'Connections.csv'), 'utf8');
const NOW = Date.UTC(2026, 10, 26, 9);

describe("LinkedIn's Connections.csv", () => {
  it('reads past the notes, a byte-order mark and CRLF; quotes, commas, emoji and a line break inside a field', async () => {
    const parsed = await parseConnections(FILE);
    if (!parsed.ok) throw new Error(parsed.problem);
    expect(parsed.rows.map((r) => [r.line, r.name, r.company, r.position, r.connectedOn])).toEqual([
      [5, 'Claire Fontaine', 'Lumen Robotics', 'Head of Partnerships', '2024-01-12'],
      [6, 'Marc Lefebvre', 'Brume Analytics, SAS', 'CTO', '2023-03-03'],
      [7, 'José García 🚀', 'The "Best" Company', 'Ingeniero', '2022-02-28'],
      [10, 'Nadia Benali', 'CNRS', 'Chercheuse en robotique et IA', undefined],
      [12, 'Paul Girard', 'Lumen Robotics', 'Software engineer', '2025-05-05'],
    ]);
    expect(parsed.rows[1]?.email).toBe('marc@brume.example');
    expect(parsed.problems).toEqual([{ line: 9, reason: 'noName' }, { line: 10, reason: 'badDate' }]);
  });

  it.each([
    ['another CSV', 'Name,Email\nClaire,claire@example.org'],
    ['an empty file', ''],
    ['names and nothing LinkedIn writes beside them', 'First Name,Last Name,Shoe size\nClaire,Fontaine,38'],
  ])('%s is not that file', async (_label, text) => expect(await parseConnections(text)).toEqual({ ok: false, problem: 'noHeader' }));

  const connections = (file: string) => readFileSync(join(FIXTURES_DIR, 'imports', 'connections', file), 'utf8');
  it.each([
    ['2018: no notes, no URL column, "1/8/18, 6:14 PM"', '2018-Connections.csv', [
      [2, 'Claire Fontaine', undefined, 'claire@lumen.example', 'Lumen Robotics', '2018-01-08'],
      [3, 'Marc Lefebvre', undefined, undefined, 'Brume Analytics, SAS', '2017-12-24'],
      [4, 'Hélène Durand', undefined, undefined, 'Atelier Durand', '2018-03-15'],
    ]],
    ['2021: notes, a byte-order mark, CRLF, no URL column, "28 Nov 2021"', '2021-Connections.csv', [
      [5, 'Claire Fontaine', undefined, 'claire@lumen.example', 'Lumen Robotics', '2021-11-28'],
      [6, 'José García', undefined, undefined, 'The "Best" Company', '2021-02-03'],
      [7, 'Nadia Benali', undefined, undefined, 'CNRS', undefined],
    ]],
    ['a French header in another order, semicolons, French and day-first dates', 'Connections-fr.csv', [
      [2, 'Luc Moreau', 'https://www.linkedin.com/in/luc-moreau', undefined, 'Journal du Net', '2024-01-12'],
      [3, 'Sophie Martin', undefined, 'sophie@brume.example', 'Brume', '2018-01-08'],
      [4, 'Émile Zola', 'https://www.linkedin.com/in/emile-zola', undefined, undefined, '2023-02-05'],
    ]],
    ['a German header, tabs, German dates', 'Connections-de.csv', [
      [2, 'Jonas Weber', 'https://www.linkedin.com/in/jonas-weber', undefined, 'Nordwind GmbH', '2024-01-12'],
      [3, 'Anna Schäfer', undefined, 'anna@nordwind.example', 'Nordwind GmbH', '2018-01-08'],
      [4, 'Jürgen Müller', 'https://www.linkedin.com/in/juergen-mueller', undefined, 'Müller & Söhne', '2022-03-03'],
    ]],
  ])('every export LinkedIn has made: %s', async (_label, file, expected) => {
    const parsed = await parseConnections(connections(file));
    if (!parsed.ok) throw new Error(parsed.problem);
    expect(parsed.rows.map((r) => [r.line, r.name, r.url, r.email, r.company, r.connectedOn])).toEqual(expected);
    expect(parsed.problems).toEqual([]);
    // Only a file without the column says so: a row with an empty URL in a newer export does not.
    expect(parsed.rows.map((r) => r.noUrlColumn)).toEqual(expected.map(() => (file.startsWith('20') ? true : undefined)));
  });

  it.each([
    ['a quote never closed: the rest of the file is one field', 'A,B,,,"Acme,CTO,12 Jan 2024\nC,D,,,Co,,\nE,F,,,Co2,,', [], [{ line: 2, reason: 'badQuoting' }]],
    ['a quote closed mid-field: the next line is swallowed', 'A,B,,,"Acme"x,CTO,12 Jan 2024\nC,D,,,Co,,\nE,F,,,Co2,,', [], [{ line: 2, reason: 'badQuoting' }]],
    ['a quote inside an unquoted field is text', 'A,B,,,Ac"me,CTO,\nC,D,,,Co,,', ['2 A B', '3 C D'], []],
    ['empty lines between rows', '\n\nA,B,,,,,\n\n\nC,D,,,,,\n\n', ['4 A B', '7 C D'], []],
  ])('broken quoting and empty lines: %s', async (_label, body, names, problems) => {
    const parsed = await parseConnections(`First Name,Last Name,URL,Email Address,Company,Position,Connected On\n${body}`);
    expect(parsed.ok && [parsed.rows.map((r) => `${r.line} ${r.name}`), parsed.problems]).toEqual([names, problems]);
  });

  it('gives the page back while it reads a big file (a pause every 2,000 rows)', async () => {
    const rows = Array.from({ length: 9_000 }, (_, i) => `First${i},Last${i},https://www.linkedin.com/in/p-${i},,Co,,12 Jan 2024`);
    rows[4_999] = 'Multi,Line,https://www.linkedin.com/in/multi,,"Two\nlines",,12 Jan 2024'; // line numbers stay right past pauses
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    const parsed = await parseConnections(`First Name,Last Name,URL,Email Address,Company,Position,Connected On\n${rows.join('\n')}`);
    clearInterval(timer);
    expect(parsed.ok && parsed.rows.length).toBe(9_000);
    expect(parsed.ok && parsed.rows.at(-1)?.line).toBe(9_002);
    expect(parsed.ok && parsed.rows[4_999]).toMatchObject({ line: 5_001, company: 'Two lines' });
    expect(ticks).toBeGreaterThanOrEqual(3);
  });

  it('a 1 MB field is left out with its line, the rest imported', async () => {
    const parsed = await parseConnections(`First Name,Last Name,URL,Email Address,Company,Position,Connected On\nA,B,,,${'x'.repeat(1_000_000)},,\nC,D,,,Co,,`);
    expect(parsed.ok && [parsed.rows.map((r) => r.name), parsed.problems]).toEqual([['C D'], [{ line: 2, reason: 'tooLong' }]]);
  });

  it.each([
    ['12 Jan 2024', false, '2024-01-12'],
    ['3 Mar 2023', false, '2023-03-03'],
    ['12 janv. 2024', true, '2024-01-12'],
    ['5 févr. 2023', true, '2023-02-05'],
    ['1 août 2022', true, '2022-08-01'],
    ['12. Jan. 2024', true, '2024-01-12'],
    ['3. März 2022', true, '2022-03-03'],
    ['17. Dez. 2019', true, '2019-12-17'],
    ['Jan 12, 2024', false, '2024-01-12'],
    ['1/8/18, 6:14 PM', false, '2018-01-08'],
    ['1/8/18, 6:14 PM', true, '2018-08-01'],
    ['12/24/17, 9:02 AM', false, '2017-12-24'],
    ['24/12/17 09:02', false, '2017-12-24'],
    ['08.01.2018', false, '2018-01-08'],
    ['08.01.2018 18:14', true, '2018-01-08'],
    ['2024-01-12', false, '2024-01-12'],
    ['2018-01-08 18:14:00', false, '2018-01-08'],
    ['31 Feb 2024', false, undefined],
    ['13/13/18', false, undefined],
    ['12 Foo 2024', false, undefined],
    ['yesterday', false, undefined],
  ])('the date %s (day first: %s) reads %s', (text, dayFirst, day) => expect(connectionDate(text, dayFirst)).toBe(day));
});

describe('importing connections', () => {
  useEmptyDb();

  it('adds each connection under the key the sidebar uses; importing again adds nobody', async () => {
    const parsed = await parseConnections(FILE);
    if (!parsed.ok) throw new Error(parsed.problem);
    expect(await importConnections(parsed.rows, NOW)).toEqual({ added: 5, updated: 0, skipped: [] });
    const claire = await findContactByProfileKey('linkedin:claire-fontaine-4a5b6c');
    expect(claire).toMatchObject({ name: 'Claire Fontaine', company: 'Lumen Robotics', title: 'Head of Partnerships', connectedOn: '2024-01-12', cadenceDays: null });
    expect((await findContactByProfileKey('linkedin:josé-garcía'))?.name).toBe('José García 🚀');
    expect(await importConnections(parsed.rows, NOW + 1)).toEqual({ added: 0, updated: 5, skipped: [] });
    expect(await db.contacts.count()).toBe(5);
  });

  it('an export without URLs adds people without a LinkedIn key; imported after a newer one, it finds them by name', async () => {
    const old = await parseConnections(readFileSync(join(FIXTURES_DIR, 'imports', 'connections', '2018-Connections.csv'), 'utf8'));
    if (!old.ok) throw new Error(old.problem);
    expect(await importConnections(old.rows, NOW)).toEqual({ added: 3, updated: 0, skipped: [] });
    expect((await db.contacts.toArray()).map((c) => [c.name, c.profileKeys, c.connectedOn])).toContainEqual(['Hélène Durand', [], '2018-03-15']);
    await db.contacts.clear();
    // The newer export first (Marc and Claire have a LinkedIn key, Claire no email), then the old
    // one (Claire with an email): nobody twice.
    await importConnections([
      { line: 2, name: 'Marc Lefebvre', url: 'https://www.linkedin.com/in/marc-lefebvre' },
      { line: 3, name: 'Claire Fontaine', url: 'https://www.linkedin.com/in/claire-fontaine-4a5b6c' },
    ], NOW);
    expect(await importConnections(old.rows, NOW + 1)).toEqual({ added: 1, updated: 2, skipped: [] });
    expect(await findContactByProfileKey('linkedin:claire-fontaine-4a5b6c')).toMatchObject({ emails: ['claire@lumen.example'] });
    expect(await findContactByProfileKey('linkedin:marc-lefebvre')).toMatchObject({ company: 'Brume Analytics, SAS', connectedOn: '2017-12-24' });
    expect(await db.contacts.count()).toBe(3);
  });

  it('an export without URLs, then a newer one: each person once, now with their LinkedIn key; a namesake on LinkedIn stays apart', async () => {
    const old = await parseConnections(readFileSync(join(FIXTURES_DIR, 'imports', 'connections', '2018-Connections.csv'), 'utf8'));
    if (!old.ok) throw new Error(old.problem);
    await importConnections(old.rows, NOW);
    await createContact({ name: 'Sophie Martin' }, RULES, NOW); // met at an event: the same person as the connection
    await createContact({ name: 'Paul Girard', profile: { site: 'linkedin', key: 'linkedin:paul-girard-9a', url: 'https://www.linkedin.com/in/paul-girard-9a/' } }, RULES, NOW);
    const newer = [
      { line: 2, name: 'Claire Fontaine', url: 'https://www.linkedin.com/in/claire-fontaine-4a5b6c' },
      { line: 3, name: 'Marc Lefebvre', url: 'https://www.linkedin.com/in/marc-lefebvre', email: 'marc@brume.example' },
      { line: 4, name: 'Sophie Martin', url: 'https://www.linkedin.com/in/sophie-martin-87b2' },
      { line: 5, name: 'Paul Girard', url: 'https://www.linkedin.com/in/paul-girard-77' },
    ];
    expect(await importConnections(newer, NOW + 1)).toEqual({ added: 1, updated: 3, skipped: [] });
    expect(await findContactByProfileKey('linkedin:marc-lefebvre')).toMatchObject({ name: 'Marc Lefebvre', emails: ['marc@brume.example'], company: 'Brume Analytics, SAS', connectedOn: '2017-12-24' });
    expect(await findContactByProfileKey('linkedin:claire-fontaine-4a5b6c')).toMatchObject({ emails: ['claire@lumen.example'], connectedOn: '2018-01-08' });
    expect((await db.contacts.where('nameKey').equals('sophie martin').toArray()).map((c) => c.profileKeys)).toEqual([['linkedin:sophie-martin-87b2']]);
    expect((await db.contacts.where('nameKey').equals('paul girard').toArray()).map((c) => c.profileKeys).sort()).toEqual([['linkedin:paul-girard-77'], ['linkedin:paul-girard-9a']]);
    expect(await db.contacts.count()).toBe(6);
  });

  it('a newer export updates the company; a row found by email gets its LinkedIn profile', async () => {
    await importConnections([{ line: 2, name: 'Marc Lefebvre', email: 'marc@brume.example', company: 'Brume' }], NOW);
    const result = await importConnections([{ line: 2, name: 'Marc Lefebvre', url: 'https://www.linkedin.com/in/marc-lefebvre', email: 'MARC@brume.example', company: 'Axiome' }], NOW + 1);
    expect(result).toEqual({ added: 0, updated: 1, skipped: [] });
    expect(await findContactByProfileKey('linkedin:marc-lefebvre')).toMatchObject({ company: 'Axiome', emails: ['marc@brume.example'] });
    expect(await importConnections([{ line: 3, name: 'Someone', url: 'https://example.org/someone' }], NOW)).toEqual({ added: 0, updated: 0, skipped: [{ line: 3, reason: 'notLinkedInUrl' }] });
  });
});
