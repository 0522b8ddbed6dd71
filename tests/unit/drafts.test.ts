import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATES, DRAFT_KINDS } from '@/core/draft-templates';
import { addressing, draftFor, introductionMailtoUrl, mailtoUrl, whenWeMet, type DraftContext, type DraftExtras } from '@/core/drafts';
import { LANGUAGES, REGISTERS, type Contact, type MetInfo } from '@/core/records';
import { renderTemplate, TEMPLATE_FIELDS } from '@/core/templates';
import { contactRecord } from '../support/records';

const NOW = new Date('2026-11-26T09:00:00+01:00').getTime();
const ZONE = 'Europe/Paris';
const CTX: DraftContext = { interfaceLanguage: 'en', myName: 'Anne Moreau', signature: 'Anne Moreau\nLumen Robotics · +33 6 12 34 56 78', now: NOW, timeZone: ZONE };

function contact(met: MetInfo | undefined, extra: Partial<Contact> = {}): Contact {
  return contactRecord({ emails: ['claire@lumen.example'], cadenceDays: 91, createdAt: NOW, updatedAt: NOW, met, ...extra });
}

/** Nothing a reader should ever see from the machinery. */
function expectClean(text: string) {
  expect(text).not.toMatch(/[{}[\]]/);
  expect(text).not.toMatch(/undefined|null|NaN/);
  expect(text).not.toMatch(/ [.,]/);
  // A preposition left dangling before a full stop ("about .", "sur .", "bei ."); "working on." is English.
  expect(text).not.toMatch(/(?<!\p{L})(about|at|in|sur|à|le|du|de|bei|über|am|vom|an)\s*[.,]/u);
  expect(text).not.toMatch(/ {2,}/);
  expect(text).not.toMatch(/\n{3,}/);
}

const FULL: MetInfo = { eventName: 'Mobile Monday Lyon', place: 'La Cordée', date: '2026-11-25', topic: 'cobots in small workshops' };
const PARTS = ['eventName', 'place', 'date', 'topic'] as const;
/** Every combination of the four details of a meeting, present or missing: 16 of them. */
const COMBINATIONS = Array.from({ length: 16 }, (_, mask) => {
  const met: MetInfo = {};
  PARTS.forEach((part, i) => { if (mask & (1 << i)) met[part] = FULL[part]; });
  return [PARTS.filter((_, i) => !(mask & (1 << i))).join('+') || 'nothing', met] as const;
});

describe('follow-up drafts: every language × both registers × every missing detail', () => {
  const cases = LANGUAGES.flatMap((language) => REGISTERS.flatMap((register) => COMBINATIONS.map(([missing, met]) => [language, register, missing, met] as const)));
  it.each(cases)('%s, %s, missing %s', (language, register, _missing, met) => {
    const draft = draftFor('followUp', contact(met, { language, register }), CTX);
    expect(draft.language).toBe(language);
    expect(draft.register).toBe(register);
    expectClean(draft.subject);
    expectClean(draft.body);
    expect(draft.body).toContain(register === 'informal' ? 'Claire' : 'Claire Fontaine');
    if (met.eventName) expect(draft.body).toContain('Mobile Monday Lyon');
    if (met.topic) expect(draft.body).toContain('cobots in small workshops');
    else expect(draft.missing).toContain('topic');
    if (met.date) expect(draft.body).toContain({ en: 'yesterday', fr: 'hier', de: 'gestern' }[language]);
    expect(draft.body).toContain('Lumen Robotics · +33 6 12 34 56 78');
    expect(draft.used).toEqual(expect.arrayContaining(met.eventName ? ['event'] : []));
    expect(draft.unknown).toEqual([]);
  });
});

describe('every kind of draft, in every language and register, with and without its extras', () => {
  const marc = contact(undefined, { id: 'c2', name: 'Marc Lefebvre', emails: ['marc@brume.example'], headline: 'CTO at Brume Analytics' });
  const full: DraftExtras = { other: marc, news: 'I am moving to Lyon in March.', lastInteraction: { kind: 'lunch', at: NOW - 40 * 86_400_000 } };
  const cases = DRAFT_KINDS.flatMap((kind) => LANGUAGES.flatMap((language) => REGISTERS.flatMap((register) => [
    [kind, language, register, 'everything', full] as const,
    [kind, language, register, 'nothing extra', {} as DraftExtras] as const,
  ])));
  it.each(cases)('%s, %s, %s, %s', (kind, language, register, _label, extras) => {
    const person = contact(FULL, { language, register, dueJob: extras.other ? { title: 'COO', company: 'Axiome' } : undefined });
    const draft = draftFor(kind, person, CTX, extras);
    expectClean(draft.subject);
    expectClean(draft.body);
    expect(draft.body.length).toBeGreaterThan(40);
    expect(draft.unknown).toEqual([]);
    if (kind === 'news' && extras.news) expect(draft.body).toContain('I am moving to Lyon in March.');
    if ((kind === 'introAsk' || kind === 'introduction') && extras.other) expect(draft.body).toContain('Marc Lefebvre');
    if (kind === 'congratulate' && extras.other) expect(draft.body).toContain('Axiome');
    if (extras.lastInteraction && draft.used.includes('lastExchange')) {
      expect(draft.body).toContain({ en: 'our lunch on 17 October 2026', fr: 'notre déjeuner du 17 octobre 2026', de: 'unser Mittagessen vom 17. Oktober 2026' }[language]);
    }
  });
});

describe('the other person, presented in a sentence of an introduction', () => {
  it.each([
    ['a headline of several parts: its first', 'en', { headline: 'CTO at Brume Analytics · Data platforms' }, 'CTO at Brume Analytics', 'Data platforms'],
    ['parts split by a bar', 'en', { headline: 'Founder | Speaker | Mentor' }, 'Founder', 'Speaker'],
    ['title and company, in the draft’s language', 'fr', { headline: 'CTO at Brume Analytics · Data platforms', title: 'CTO', company: 'Brume Analytics' }, 'CTO chez Brume Analytics', 'Data platforms'],
    ['the same in German', 'de', { title: 'CTO', company: 'Brume Analytics' }, 'CTO bei Brume Analytics', 'undefined'],
    ['a company alone', 'en', { company: 'Brume Analytics' }, 'Brume Analytics', 'undefined'],
  ] as const)('%s', (_label, language, fields, shown, absent) => {
    const marc = contact(undefined, { id: 'c2', name: 'Marc Lefebvre', ...fields });
    const draft = draftFor('introduction', contact(FULL, { language }), CTX, { other: marc });
    expect(draft.body).toContain(shown);
    expect(draft.body).not.toContain(absent);
  });
});

describe('hostile field content stays text, and never breaks the draft', () => {
  it.each([
    ['HTML', '<img src=x onerror=alert(1)> & <b>bold</b>'],
    ['quotes', `"double" and 'single' and « guillemets »`],
    ['template marks', '{topic} [optional] {myName}'],
    ['dollar patterns', '$& $1 $$'],
    ['new lines', 'line one\nline two\r\nline three'],
    ['5,000 characters', 'x'.repeat(5_000)],
  ])('%s', (_label, value) => {
    const draft = draftFor('followUp', contact({ eventName: value, topic: value }), CTX);
    // The value appears as it was typed (its own marks included): only the template's are read.
    expect(draft.body).toContain(value.split(/\r?\n/)[0]);
    expect(draft.subject).not.toMatch(/\n/);
    expect(draft.body).not.toContain('undefined');
  });
});

describe('the template language', () => {
  it.each([
    ['an optional part with its value', 'Met[ at {event}].', { event: 'MoMo' }, 'Met at MoMo.'],
    ['an optional part without', 'Met[ at {event}].', {}, 'Met.'],
    ['an optional part with one of two values', 'Met[ at {event} in {place}].', { event: 'MoMo' }, 'Met.'],
    ['a required field missing leaves the line out', 'Hello.\nAbout {topic}.\nBye.', {}, 'Hello.\nBye.'],
    ['an unknown field is left out, never shown', 'Hi {firstname}!\nOk.', { firstName: 'Ann' }, 'Ok.'],
    ['a line emptied by its optional parts leaves no blank', 'A\n[{signature}]\nB', {}, 'A\nB'],
    ['blank lines between paragraphs are kept, once', 'A\n\n[{signature}]\n\nB', {}, 'A\n\nB'],
    ['values are not read as template', '{topic}', { topic: '{event} [x]' }, '{event} [x]'],
  ])('%s', (_label, body, values, expected) => {
    expect(renderTemplate({ subject: '', body }, values).body).toBe(expected);
  });

  it('says which fields it used, which were missing and which are unknown', () => {
    const out = renderTemplate({ subject: 'Hi[ {firstName}]', body: '[At {event}.] {topic} {whoops}' }, { firstName: 'Ann', topic: 'robots' });
    expect(out.used).toEqual(['firstName']);
    expect(out.missing).toEqual(expect.arrayContaining(['event']));
    expect(out.unknown).toEqual(['whoops']);
  });

  it('every default template names known fields only', () => {
    for (const template of Object.values(DEFAULT_TEMPLATES)) {
      for (const [, name] of `${template.subject}\n${template.body}`.matchAll(/\{(\w+)\}/g)) expect(TEMPLATE_FIELDS).toContain(name);
    }
  });
});

describe('language and register', () => {
  it.each([
    [{}, 'en', 'en', 'informal'],
    [{}, 'fr', 'fr', 'formal'],
    [{ language: 'fr' as const }, 'en', 'fr', 'formal'],
    [{ language: 'en' as const, register: 'formal' as const }, 'fr', 'en', 'formal'],
    [{ register: 'informal' as const }, 'fr', 'fr', 'informal'],
    [{}, 'de', 'de', 'formal'],
    [{ language: 'de' as const, register: 'informal' as const }, 'en', 'de', 'informal'],
  ])('%j with the interface in %s → %s, %s', (set, ui, language, register) => {
    expect(addressing(set, ui as 'en' | 'fr' | 'de')).toEqual({ language, register });
  });

  it.each([
    ['2026-11-26', 'en', 'today'],
    ['2026-11-25', 'fr', 'hier'],
    ['2026-11-23', 'en', 'on Monday'],
    ['2026-11-23', 'fr', 'lundi'],
    ['2026-03-03', 'en', 'on 3 March 2026'],
    ['2026-03-03', 'fr', 'le 3 mars 2026'],
    ['2026-11-25', 'de', 'gestern'],
    ['2026-11-23', 'de', 'am Montag'],
    ['2026-03-03', 'de', 'am 3. März 2026'],
    ['2026-12-01', 'en', undefined],
    [undefined, 'en', undefined],
  ])('met %s, said in %s: %s', (day, language, expected) => {
    expect(whenWeMet(day, NOW, ZONE, language as 'en' | 'fr' | 'de')).toBe(expected);
  });
});

describe('mailto: one recipient, every field encoded', () => {
  const tricky = 'Café & co? #1 + 100% — "quoted"\nsecond line&cc=evil@example.com';
  it('round-trips through new URL with exactly one recipient', () => {
    const url = new URL(mailtoUrl('claire.fontaine@lumen.example', tricky, tricky));
    expect(url.protocol).toBe('mailto:');
    expect(decodeURIComponent(url.pathname)).toBe('claire.fontaine@lumen.example');
    expect([...url.searchParams.keys()]).toEqual(['subject', 'body']);
    expect(url.searchParams.get('subject')).toBe(tricky.replace('\n', '\r\n'));
    expect(url.searchParams.get('body')).toBe(tricky.replace('\n', '\r\n'));
    expect(url.hash).toBe('');
  });

  it('a real draft, accents and line breaks included, survives the trip', () => {
    const draft = draftFor('followUp', contact(FULL, { language: 'fr', name: 'Hélène Çelik' }), CTX);
    const url = new URL(mailtoUrl(draft.to!, draft.subject, draft.body));
    expect(url.searchParams.get('body')).toBe(draft.body.replace(/\n/g, '\r\n'));
    expect(url.searchParams.get('subject')).toBe(draft.subject);
  });

  it('the introduction, and only it, has two recipients', () => {
    const url = new URL(introductionMailtoUrl('claire@lumen.example', 'marc@brume.example', 'Introduction', 'Hi both'));
    expect(decodeURIComponent(url.pathname).split(',')).toEqual(['claire@lumen.example', 'marc@brume.example']);
    expect(() => introductionMailtoUrl('claire@lumen.example', 'claire@lumen.example', 's', 'b')).toThrow();
  });

  it.each(['a@b.example,c@d.example', 'a@b.example;c@d.example', 'Ann <a@b.example>', 'not an address', 'a@b.example?cc=c@d.example'])('refuses %j', (to) => {
    expect(() => mailtoUrl(to, 's', 'b')).toThrow();
  });
});
