import { afterEach, describe, expect, it } from 'vitest';
import { browserLanguage, setLanguage, t } from '@/i18n';
import { en } from '@/i18n/en';
import { de } from '@/i18n/de';
import { fr } from '@/i18n/fr';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('translations', () => {
  afterEach(() => setLanguage('en'));

  it.each(Object.keys(en) as (keyof typeof en)[])('%s: French and German have it, with the same placeholders', (key) => {
    for (const catalog of [fr, de]) {
      expect(catalog[key].trim()).not.toBe('');
      expect(placeholders(catalog[key])).toEqual(placeholders(en[key]));
    }
  });

  it('fills placeholders and follows the language', () => {
    expect(t('linkTo', { name: 'Claire' })).toBe('Link to Claire');
    setLanguage('fr');
    expect(t('linkTo', { name: 'Claire' })).toBe('Lier à Claire');
    setLanguage('de');
    expect(t('linkTo', { name: 'Claire' })).toBe('Mit Claire verknüpfen');
  });

  it.each([
    [['fr-FR', 'en'], 'fr'],
    [['fr'], 'fr'],
    [['en-US', 'fr'], 'en'],
    [['de-DE'], 'de'],
    [['de-AT', 'en'], 'de'],
    [['it-IT', 'de'], 'en'],
    [[], 'en'],
  ] as const)('browser languages %j → %s', (languages, expected) => {
    expect(browserLanguage(languages)).toBe(expected);
  });
});
