import { describe, expect, it } from 'vitest';
import { duplicatePairs } from '@/core/duplicates';
import type { Contact } from '@/core/records';
import { contactRecord } from '../support/records';

const contact = (id: string, name: string, createdAt: number, emails: string[] = []): Contact => contactRecord({ id, name, emails, createdAt, updatedAt: createdAt });

describe('possible duplicates', () => {
  it('pairs the same name (accents, case aside) and a shared email, the older kept, each pair once', () => {
    const pairs = duplicatePairs([
      contact('a', 'Claire Fontaine', 2),
      contact('b', 'CLAIRE FONTÂINE', 1, ['claire@lumen.example']),
      contact('c', 'C. Fontaine', 3, ['claire@lumen.example']),
      contact('d', 'Marc Lefebvre', 1),
      contact('e', 'Claire Fontaine', 5, ['claire@lumen.example']),
    ]);
    expect(pairs.map((p) => `${p.keep.id}>${p.other.id}:${p.reason}`)).toEqual(['b>c:sameEmail', 'b>e:sameEmail', 'b>a:sameName']);
  });

  it('pairs one profile seen under two keys first, whatever the names', () => {
    const vanity = { ...contact('a', 'Claire Fontaine', 1), profileKeys: ['linkedin:claire-fontaine-4a5b6c'], aliasKeys: ['linkedin:acoaaclaire42'] };
    const memberId = { ...contact('b', 'C. F.', 2, ['c@x.example']), profileKeys: ['linkedin:acoaaclaire42'] };
    const stranger = { ...contact('c', 'Marc Lefebvre', 3), aliasKeys: ['linkedin:nobody-holds-this'] };
    expect(duplicatePairs([memberId, stranger, vanity, { ...contact('d', 'Claire Fontaine', 4), emails: ['c@x.example'] }]).map((p) => `${p.keep.id}>${p.other.id}:${p.reason}`))
      .toEqual(['a>b:sameProfile', 'b>d:sameEmail', 'a>d:sameName']);
  });

  it('finds none among different people', () => {
    expect(duplicatePairs([contact('a', 'Claire Fontaine', 1), contact('b', 'Claire Martin', 2)])).toEqual([]);
  });
});
