import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { contactsCsv, neutraliseFormula } from '@/core/csv-export';
import type { Contact } from '@/core/records';
import { contactRecord } from '../support/records';

const contact = (extra: Partial<Contact>): Contact => contactRecord({ id: 'c', cadenceDays: 91, ...extra });

describe('CSV export for a spreadsheet', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","click")', `'=HYPERLINK("http://evil.example","click")`],
    ['+33 6 12 34 56 78', `'+33 6 12 34 56 78`],
    ['-1', `'-1`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\tTab', `'\tTab`],
    ['Claire', 'Claire'],
    ['a=b', 'a=b'],
  ])('neutralises %j', (cell, expected) => expect(neutraliseFormula(cell)).toBe(expected));

  it('is UTF-8 with a BOM and CRLF; quotes, commas, line breaks and accents survive a round trip', () => {
    const csv = contactsCsv([
      contact({ name: 'José García 🚀', company: 'The "Best", Co', notes: 'line one\nline two', tags: ['robotics', 'Lyon'], emails: ['jose@example.org'],
        profiles: [{ site: 'linkedin', key: 'linkedin:jose', url: 'https://www.linkedin.com/in/jose/' }], lastContactAt: Date.UTC(2026, 10, 20) }),
      contact({ name: '=cmd|" /C calc"!A0', cadenceDays: null }),
    ]);
    expect(csv.startsWith('\uFEFFName,Company,')).toBe(true);
    expect(csv).toContain('\r\n');
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(parsed[1]).toEqual(['José García 🚀', 'The "Best", Co', '', '', '', 'jose@example.org', 'robotics, Lyon', 'https://www.linkedin.com/in/jose/', '', '', '2026-11-20', '', '91', 'line one\nline two']);
    expect(parsed[2]![0]).toBe(`'=cmd|" /C calc"!A0`);
    expect(parsed[2]![12]).toBe('');
  });
});
