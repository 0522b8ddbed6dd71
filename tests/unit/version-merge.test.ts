import { describe, expect, it } from 'vitest';
import type { Contact } from '@/core/records';
import { mergeRecordSets, mergeVersions } from '@/core/version-merge';
import { contactRecord } from '../support/records';

const base = contactRecord({
  notes: 'Met in Lyon.\nLikes cobots.', tags: ['lyon', 'robotics'], emails: ['claire@lumen.example'], company: 'Lumen Robotics',
  cadenceDays: 91, createdAt: 100, updatedAt: 100, profiles: [{ site: 'linkedin', key: 'linkedin:claire-fontaine', url: 'https://www.linkedin.com/in/claire-fontaine/' }], profileKeys: ['linkedin:claire-fontaine'],
});
const edit = (fields: Partial<Contact>): Contact => ({ ...base, updatedAt: 200, ...fields });

describe('two versions of a record edited on two computers, made one the same way on both', () => {
  it.each<[string, Partial<Contact>, Partial<Contact>, Partial<Contact>, string[]]>([
    ['both appended a line to the notes: both kept, nobody asked',
      { notes: `${base.notes}\nSend the deck.` }, { notes: `${base.notes}\nCall in May.` }, { notes: `${base.notes}\nCall in May.\nSend the deck.` }, []],
    ['edits to different lines of the notes', { notes: 'Met in Lyon in May.\nLikes cobots.' }, { notes: 'Met in Lyon.\nLikes cobots and drones.' }, { notes: 'Met in Lyon in May.\nLikes cobots and drones.' }, []],
    ['the same words changed differently: both kept, and asked', { notes: 'Met in Lyon.\nLikes robots.' }, { notes: 'Met in Lyon.\nLikes drones.' },
      { notes: 'Met in Lyon.\nLikes drones.\n\nMet in Lyon.\nLikes robots.' }, ['notes']],
    ['a tag added on each side', { tags: ['lyon', 'robotics', 'investor'] }, { tags: ['lyon', 'robotics', 'fair'] }, { tags: ['lyon', 'robotics', 'fair', 'investor'] }, []],
    ['a tag removed on one side, another added on the other', { tags: ['lyon'] }, { tags: ['lyon', 'robotics', 'fair'] }, { tags: ['lyon', 'fair'] }, []],
    ['an email added on each side', { emails: ['claire@lumen.example', 'claire@perso.example'] }, { emails: ['claire@lumen.example', 'c.fontaine@axiome.example'] },
      { emails: ['claire@lumen.example', 'c.fontaine@axiome.example', 'claire@perso.example'] }, []],
    ['a field changed on one side only', { company: 'Axiome' }, { notes: `${base.notes}\nCall in May.` }, { company: 'Axiome', notes: `${base.notes}\nCall in May.` }, []],
    ['a field removed on one side only', { company: undefined }, { cadenceDays: 30 }, { company: undefined, cadenceDays: 30 }, []],
    ['a field changed to two values: one kept, both reported', { company: 'Axiome' }, { company: 'Brume Analytics' }, { company: 'Brume Analytics' }, ['company']],
    ['the cadence changed to two values', { cadenceDays: 30 }, { cadenceDays: 182 }, { cadenceDays: 30 }, ['cadenceDays']],
    ['a profile linked on each side', { profiles: [...base.profiles, { site: 'xing', key: 'xing:Claire_Fontaine', url: 'https://www.xing.com/profile/Claire_Fontaine' }], profileKeys: [...base.profileKeys, 'xing:Claire_Fontaine'] },
      { profiles: [...base.profiles, { site: 'viadeo', key: 'viadeo:clairefontaine', url: 'https://www.viadeo.com/p/clairefontaine' }], profileKeys: [...base.profileKeys, 'viadeo:clairefontaine'] },
      { profiles: [...base.profiles, { site: 'viadeo', key: 'viadeo:clairefontaine', url: 'https://www.viadeo.com/p/clairefontaine' }, { site: 'xing', key: 'xing:Claire_Fontaine', url: 'https://www.xing.com/profile/Claire_Fontaine' }],
        profileKeys: ['linkedin:claire-fontaine', 'viadeo:clairefontaine', 'xing:Claire_Fontaine'] }, []],
  ])('%s', (_label, one, other, expected, conflicted) => {
    const a = edit(one);
    const b = edit({ ...other, updatedAt: 300 });
    const ab = mergeVersions(base, a, b);
    const ba = mergeVersions(base, b, a);
    expect(ab).toEqual(ba);
    const want = Object.fromEntries(Object.entries({ ...base, updatedAt: 300, ...expected }).filter(([, value]) => value !== undefined));
    expect(ab.merged).toEqual(want);
    expect(ab.conflicts.map((c) => c.field)).toEqual(conflicted);
  });

  it('reports both values of a conflict, in a fixed order', () => {
    const { conflicts } = mergeVersions(base, edit({ company: 'Axiome' }), edit({ company: 'Brume Analytics' }));
    expect(conflicts).toEqual([{ field: 'company', values: ['Axiome', 'Brume Analytics'] }]);
  });

  it('two versions with no common one: what either says is kept, what they say differently is reported', () => {
    const a = contactRecord({ id: 'c9', name: 'Marc Lefebvre', tags: ['lyon'], company: 'Lumen', createdAt: 5, updatedAt: 5 });
    const b = contactRecord({ id: 'c9', name: 'Marc Lefebvre', tags: ['fair'], company: 'Brume', title: 'CTO', createdAt: 7, updatedAt: 7 });
    const { merged, conflicts } = mergeVersions(null, a, b);
    expect(merged).toMatchObject({ name: 'Marc Lefebvre', tags: ['fair', 'lyon'], title: 'CTO', createdAt: 5, updatedAt: 7 });
    expect(conflicts).toEqual([{ field: 'company', values: ['Brume', 'Lumen'] }]);
    expect(mergeVersions(null, b, a)).toEqual({ merged, conflicts });
  });
});

describe('an introduction edited on two computers apart', () => {
  const introduction = { id: 'n1', aId: 'c1', bId: 'c2', at: 1, status: 'introduced', note: 'Both build cobots.', outcome: 'They met in May.', createdAt: 1, updatedAt: 1 };
  it.each([
    ['both added a line to what came of it: both kept, nobody asked', { outcome: 'They met in May.\nA pilot in June.' }, { outcome: 'They met in May.\nLunch in Lyon.' }, { outcome: 'They met in May.\nA pilot in June.\nLunch in Lyon.' }, []],
    ['the why changed differently: both kept, and reported', { note: 'Both build robots.' }, { note: 'Both build drones.' }, { note: 'Both build drones.\n\nBoth build robots.' }, ['note']],
  ])('%s', (_label, one, other, expected, conflicted) => {
    const [a, b] = [{ ...introduction, ...one, updatedAt: 2 }, { ...introduction, ...other, updatedAt: 3 }];
    const ab = mergeVersions(introduction, a, b);
    expect(ab).toEqual(mergeVersions(introduction, b, a));
    expect(ab.merged).toEqual({ ...introduction, updatedAt: 3, ...expected });
    expect(ab.conflicts.map((c) => c.field)).toEqual(conflicted);
  });
});

describe('a person’s interactions edited on two computers apart, made one the same way on both', () => {
  const call = { id: 'i1', contactId: 'c1', kind: 'call', at: 1, summary: 'Talked about cobots' };
  const lunch = { id: 'i2', contactId: 'c1', kind: 'lunch', at: 2, summary: 'Pilot in March' };
  const mail = { id: 'i3', contactId: 'c1', kind: 'email', at: 3, summary: 'Sent the deck' };
  const note = { id: 'i4', contactId: 'c1', kind: 'message', at: 4, summary: 'Asked for an intro' };
  type Item = typeof call;
  it.each<[string, Item[] | null, Item[], Item[], Item[], string[]]>([
    ['one logged on each side: both kept', [call], [call, mail], [call, note], [call, mail, note], []],
    ['one removed on one side, one logged on the other', [call, lunch], [lunch], [call, lunch, mail], [lunch, mail], []],
    ['removed on one side, edited on the other: removed', [call, lunch], [lunch], [{ ...call, summary: 'Talked about drones' }, lunch], [lunch], []],
    ['edited on both, different fields', [call], [{ ...call, summary: 'Talked about drones' }], [{ ...call, at: 9 }], [{ ...call, summary: 'Talked about drones', at: 9 }], []],
    ['edited on both, the same field: one kept, reported', [call], [{ ...call, summary: 'Drones' }], [{ ...call, summary: 'Robots' }], [{ ...call, summary: 'Robots' }], ['i1 summary']],
    ['no common list known: nothing counts as removed', null, [call], [lunch], [call, lunch], []],
    ['the same on both', [call], [call, lunch], [call, lunch], [call, lunch], []],
  ])('%s', (_label, base, a, b, expected, conflicted) => {
    const ab = mergeRecordSets(base, a, b);
    expect(ab).toEqual(mergeRecordSets(base, b, a));
    expect(ab.merged).toEqual(expected);
    expect(ab.conflicts.map((c) => `${c.id} ${c.field}`)).toEqual(conflicted);
  });
});
