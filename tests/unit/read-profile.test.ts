import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { ProfileIdentity } from '@/core/profile';
import { createLifetime } from '@/entrypoints/profile/lifetime';
import { readProfile, type ReadOutcome } from '@/entrypoints/profile/read-profile';
import type { Extraction } from '@/sites/site-adapter';
import { LINKEDIN_CLAIRE } from './db-helpers';

/** The content script starts with the page: its document is still being parsed. */
function parsing(state: DocumentReadyState) {
  Object.defineProperty(document, 'readyState', { configurable: true, get: () => state });
}

const nameOnly: ProfileIdentity = { name: 'Claire Fontaine' };
const whole: ProfileIdentity = { name: 'Claire Fontaine', headline: 'Head of Partnerships at Lumen Robotics' };

afterEach(() => {
  vi.useRealTimers();
  parsing('complete');
});

describe('reading a profile while the page is parsed', () => {
  it('shows each new reading at once, and gives the background only the reading of the parsed page', async () => {
    vi.useFakeTimers();
    vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue('maille');
    parsing('loading');
    let page: Extraction = { status: 'profile', identity: nameOnly, strategy: 'dom' };
    const outcomes: ReadOutcome[] = [];
    readProfile(createLifetime(), new AbortController().signal, () => page, LINKEDIN_CLAIRE, undefined, (o) => outcomes.push(o));
    expect(outcomes).toEqual([{ status: 'profile', identity: nameOnly, final: false }]);

    // The parser adds the headline: shown, still not final.
    page = { status: 'profile', identity: whole, strategy: 'dom' };
    document.body.append(document.createElement('p'));
    await vi.advanceTimersByTimeAsync(50);
    // Nothing new parsed: nothing told again.
    document.body.append(document.createElement('p'));
    await vi.advanceTimersByTimeAsync(50);
    expect(outcomes).toEqual([
      { status: 'profile', identity: nameOnly, final: false },
      { status: 'profile', identity: whole, final: false },
    ]);

    parsing('interactive');
    document.dispatchEvent(new Event('DOMContentLoaded'));
    expect(outcomes.at(-1)).toEqual({ status: 'profile', identity: whole, final: true });
    expect(outcomes.filter((o) => o.status === 'profile' && o.final)).toHaveLength(1);
    // Final: no more readings.
    document.body.append(document.createElement('p'));
    await vi.advanceTimersByTimeAsync(5000);
    expect(outcomes).toHaveLength(3);
  });

  it('a page that looks like no profile while half parsed is judged once parsed', () => {
    vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue('maille');
    parsing('loading');
    let page: Extraction = { status: 'not-profile', reason: 'no profile markers yet' };
    const outcomes: ReadOutcome[] = [];
    readProfile(createLifetime(), new AbortController().signal, () => page, LINKEDIN_CLAIRE, undefined, (o) => outcomes.push(o));
    expect(outcomes).toEqual([]);
    page = { status: 'profile', identity: whole, strategy: 'dom' };
    parsing('interactive');
    document.dispatchEvent(new Event('DOMContentLoaded'));
    expect(outcomes).toEqual([{ status: 'profile', identity: whole, final: true }]);
  });

  it('an already parsed page (an in-app navigation) gives its reading as final at once', () => {
    vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue('maille');
    const outcomes: ReadOutcome[] = [];
    readProfile(createLifetime(), new AbortController().signal, () => ({ status: 'profile', identity: whole, strategy: 'dom' }), LINKEDIN_CLAIRE, undefined, (o) => outcomes.push(o));
    expect(outcomes).toEqual([{ status: 'profile', identity: whole, final: true }]);
  });

  it('a reader that throws on a page nobody foresaw: unreadable after the wait, never no sidebar', async () => {
    vi.useFakeTimers();
    vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue('maille');
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const outcomes: ReadOutcome[] = [];
    const read = () => {
      throw new TypeError("Cannot read properties of undefined (reading 'name')");
    };
    expect(() => readProfile(createLifetime(), new AbortController().signal, read, LINKEDIN_CLAIRE, undefined, (o) => outcomes.push(o))).not.toThrow();
    await vi.advanceTimersByTimeAsync(4_000);
    expect(outcomes).toEqual([{ status: 'unreadable', tried: ['error'] }]);
  });
});
