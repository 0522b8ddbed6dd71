import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { Lifetime } from '@/entrypoints/profile/lifetime';
import { createView } from '@/entrypoints/profile/view';
import { PANEL_ASK, PANEL_TELL } from '@/messaging/display-mode';
import { decodeFrameState, type FrameState } from '@/messaging/frame-state';
import { LINKEDIN_CLAIRE, XING_CLAIRE } from './db-helpers';

const ctx = { onEnd: () => () => {} } as unknown as Lifetime;
const sidebar = () => ({ show: vi.fn(), remove: vi.fn(), setCollapsed: vi.fn(), isShown: () => false });
const claire: FrameState = { status: 'profile', ref: LINKEDIN_CLAIRE, identity: { name: 'Claire Fontaine' } };
const onXing: FrameState = { status: 'profile', ref: XING_CLAIRE, identity: { name: 'Claire Fontaine' } };

async function ask(): Promise<unknown> {
  const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown[]>;
  let answer: unknown = 'no answer';
  await trigger({ type: PANEL_ASK }, {}, (state: unknown) => (answer = state));
  return answer;
}

describe('where the content script shows a profile', () => {
  it('a site in the page: the sidebar, and nothing sent to a panel', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    const frame = sidebar();
    const view = createView(ctx, frame, []);
    view.show(claire);
    view.remove();
    expect(frame.show).toHaveBeenCalledWith(claire);
    expect(send).not.toHaveBeenCalled();
    expect(await ask()).toBeNull();
  });

  it('a site in the side panel: nothing in the page; the panel told once per change, and answered when it asks', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    const frame = sidebar();
    const view = createView(ctx, frame, ['linkedin']);
    view.show(claire);
    view.show(claire);
    expect(frame.show).not.toHaveBeenCalled();
    expect(send).toHaveBeenCalledTimes(1);
    const told = send.mock.calls[0]![0] as { type: string; state: string };
    expect(told.type).toBe(PANEL_TELL);
    expect(decodeFrameState(told.state)).toEqual(claire);
    expect(decodeFrameState((await ask()) as string)).toEqual(claire);
    view.remove();
    view.remove();
    expect(send).toHaveBeenCalledTimes(2);
    expect(send.mock.calls[1]![0]).toEqual({ type: PANEL_TELL, state: null });
    // Another site of the same user stays in the page.
    view.show(onXing);
    expect(frame.show).toHaveBeenCalledWith(onXing);
    expect(send).toHaveBeenCalledTimes(2);
  });
});
