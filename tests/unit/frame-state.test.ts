import { describe, expect, it } from 'vitest';
import { decodeFrameState, encodeFrameState, frameFragment, frameMessage, frameStateFromMessage, readFrameFragment, type FrameState } from '@/messaging/frame-state';

const REF = { site: 'linkedin', key: 'linkedin:claire-fontaine-4a5b6c', url: 'https://www.linkedin.com/in/claire-fontaine-4a5b6c/' } as const;

describe('frame state, encoded', () => {
  it.each<FrameState>([
    { status: 'profile', ref: REF, identity: { name: 'Claire Fontaine', headline: 'Partnerships', photoUrl: 'https://media.licdn.com/x.jpg' } },
    { status: 'unreadable', ref: REF, nameGuess: 'Claire Fontaine' },
    { status: 'profile', ref: REF, identity: { name: 'Eve <img src=x onerror=alert(1)> #%&' } },
  ])('round-trips %j', (state) => {
    expect(decodeFrameState('#' + encodeFrameState(state))).toEqual(state);
  });

  it.each([
    ['not JSON', '#%7Bnope'],
    ['empty', ''],
    ['unknown status', '#' + encodeURIComponent(JSON.stringify({ status: 'x', ref: REF }))],
    ['unknown site', '#' + encodeURIComponent(JSON.stringify({ status: 'unreadable', ref: { ...REF, site: 'facebook' } }))],
    ['key of another site', '#' + encodeURIComponent(JSON.stringify({ status: 'unreadable', ref: { ...REF, key: 'xing:A_B' } }))],
    ['javascript URL', '#' + encodeURIComponent(JSON.stringify({ status: 'unreadable', ref: { ...REF, url: 'javascript:alert(1)' } }))],
    ['profile without a name', '#' + encodeURIComponent(JSON.stringify({ status: 'profile', ref: REF, identity: { name: ' ' } }))],
  ])('rejects %s', (_label, fragment) => {
    expect(decodeFrameState(fragment)).toBeNull();
  });

  it('drops a photo URL that is not http(s)', () => {
    const fragment = '#' + encodeURIComponent(JSON.stringify({ status: 'profile', ref: REF, identity: { name: 'Eve', photoUrl: 'javascript:alert(1)' } }));
    expect(decodeFrameState(fragment)).toEqual({ status: 'profile', ref: REF, identity: { name: 'Eve' } });
  });
});

describe('the frame channel: a key in the URL, the first state with it, then keyed messages', () => {
  const KEY = '0f8fad5b-d9cb-469f-a165-70867728950e';
  const state: FrameState = { status: 'profile', ref: REF, identity: { name: 'Claire Fontaine' } };

  it('reads the key and the first state back from the fragment', () => {
    expect(readFrameFragment('#' + frameFragment(KEY, state))).toEqual({ key: KEY, state });
    expect(readFrameFragment('#k=not-a-key&s=x')).toBeNull();
    expect(readFrameFragment('')).toBeNull();
  });

  it.each([
    ['another key', { ...frameMessage(KEY, state), key: '1f8fad5b-d9cb-469f-a165-70867728950e' }],
    ['no key', { type: 'maille:frame-state', state: frameMessage(KEY, state).state }],
    ['another type', { ...frameMessage(KEY, state), type: 'x' }],
    ['a state that is not valid', { ...frameMessage(KEY, state), state: '%7Bnope' }],
    ['not an object', 'maille'],
  ])('ignores a message with %s (what a page could forge)', (_label, data) => {
    expect(frameStateFromMessage(data, KEY)).toBeNull();
  });

  it('accepts a message with the key', () => expect(frameStateFromMessage(frameMessage(KEY, state), KEY)).toEqual(state));
});
