import { describe, expect, it } from 'vitest';
import { decodeFrameState, encodeFrameState, type FrameState } from '@/messaging/frame-state';

const REF = { site: 'linkedin', key: 'linkedin:claire-fontaine-4a5b6c', url: 'https://www.linkedin.com/in/claire-fontaine-4a5b6c/' } as const;

describe('frame state in the sidebar URL fragment', () => {
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
