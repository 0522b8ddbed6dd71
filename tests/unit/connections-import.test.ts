import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { connectionDate, parseConnections } from '@/core/linkedin-connections';
import { db } from '@/storage/db';
import { importConnections } from '@/storage/import-connections';
import { findContactByProfileKey } from '@/storage/contacts';
import { FIXTURES_DIR } from './fixture-doc';
import { useEmptyDb } from './db-helpers';

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
    ['the header out of order', 'Last Name,First Name,URL\nFontaine,Claire,x'],
  ])('%s is not that file', async (_label, text) => expect(await parseConnections(text)).toEqual({ ok: false, problem: 'noHeader' }));

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
    ['12 Jan 2024', '2024-01-12'],
    ['3 Mar 2023', '2023-03-03'],
    ['12 janv. 2024', '2024-01-12'],
    ['31 Feb 2024', undefined],
    ['2024-01-12', undefined],
    ['12 Foo 2024', undefined],
  ])('the date %s reads %s', (text, day) => expect(connectionDate(text)).toBe(day));
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

  it('a newer export updates the company; a row found by email gets its LinkedIn profile', async () => {
    await importConnections([{ line: 2, name: 'Marc Lefebvre', email: 'marc@brume.example', company: 'Brume' }], NOW);
    const result = await importConnections([{ line: 2, name: 'Marc Lefebvre', url: 'https://www.linkedin.com/in/marc-lefebvre', email: 'MARC@brume.example', company: 'Axiome' }], NOW + 1);
    expect(result).toEqual({ added: 0, updated: 1, skipped: [] });
    expect(await findContactByProfileKey('linkedin:marc-lefebvre')).toMatchObject({ company: 'Axiome', emails: ['marc@brume.example'] });
    expect(await importConnections([{ line: 3, name: 'Someone', url: 'https://example.org/someone' }], NOW)).toEqual({ added: 0, updated: 0, skipped: [{ line: 3, reason: 'notLinkedInUrl' }] });
  });
});
