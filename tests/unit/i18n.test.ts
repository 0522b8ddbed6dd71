import { afterEach, describe, expect, it } from 'vitest';
import { browserLanguage, setLanguage, t } from '@/i18n';
import { en } from '@/i18n/en';
import { fr } from '@/i18n/fr';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('translations', () => {
  afterEach(() => setLanguage('en'));

  it.each(Object.keys(en) as (keyof typeof en)[])('%s: French has it, with the same placeholders', (key) => {
    expect(fr[key].trim()).not.toBe('');
    expect(placeholders(fr[key])).toEqual(placeholders(en[key]));
  });

  it('fills placeholders and follows the language', () => {
    expect(t('linkTo', { name: 'Claire' })).toBe('Link to Claire');
    setLanguage('fr');
    expect(t('linkTo', { name: 'Claire' })).toBe('Lier à Claire');
  });

  it.each([
    [['fr-FR', 'en'], 'fr'],
    [['fr'], 'fr'],
    [['en-US', 'fr'], 'en'],
    [['de-DE'], 'en'],
    [[], 'en'],
  ] as const)('browser languages %j → %s', (languages, expected) => {
    expect(browserLanguage(languages)).toBe(expected);
  });
});
