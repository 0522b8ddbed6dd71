import { act, render } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { openPagePort, useChangeFeed } from '@/components/shared/use-change-feed';
import type { ChangeNotice } from '@/messaging/protocol';

/** A port as the page sees it: what the background sends, and its drop when the worker stops. */
function fakePort() {
  const onMessage: ((notice: unknown) => void)[] = [];
  const onDisconnect: (() => void)[] = [];
  return {
    port: { onMessage: { addListener: (f: (n: unknown) => void) => onMessage.push(f) }, onDisconnect: { addListener: (f: () => void) => onDisconnect.push(f) }, disconnect: vi.fn() },
    send: (notice: ChangeNotice) => onMessage.forEach((f) => f(notice)),
    drop: () => onDisconnect.forEach((f) => f()),
  };
}

function Listener({ seen }: { seen: (ChangeNotice | null)[] }) {
  useChangeFeed((notice) => seen.push(notice));
  return null;
}

describe("a page's one port to the background", () => {
  it('is opened once for the page, shared by every listener, kept when one goes, and opened again when it drops', async () => {
    vi.useFakeTimers();
    const ports = [fakePort(), fakePort()];
    const connect = vi.spyOn(browser.runtime, 'connect').mockImplementation(() => ports[connect.mock.calls.length - 1]!.port as never);
    openPagePort();
    const a: (ChangeNotice | null)[] = [];
    const b: (ChangeNotice | null)[] = [];
    const one = render(<Listener seen={a} />);
    render(<Listener seen={b} />);
    expect(connect).toHaveBeenCalledTimes(1);
    expect(connect.mock.calls[0]).toEqual([{ name: expect.stringMatching(/^maille:changes:/) }]);

    const notice: ChangeNotice = { contactIds: ['c1'] };
    act(() => ports[0]!.send(notice));
    expect([a, b]).toEqual([[notice], [notice]]);
    // A listener that goes leaves the page's port open (its session, its drafts, live sync).
    one.unmount();
    expect(ports[0]!.port.disconnect).not.toHaveBeenCalled();

    // The worker stopped: the port is opened again (which wakes it), and the listeners refresh.
    act(() => ports[0]!.drop());
    await act(() => vi.advanceTimersByTimeAsync(500));
    expect(connect).toHaveBeenCalledTimes(2);
    expect(b).toEqual([notice, null]);
    vi.useRealTimers();
  });
});
