import type { Frame, Page } from '@playwright/test';

/** Watches the page's (or frame's) main thread: the longest task begun since the watch, or since the last call. */
export async function watchLongTasks(page: Page | Frame): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const w = window as unknown as { __longest: number };
    w.__longest = 0;
    // Entries arrive after their task: one that began before the watch (the page's own load) is not counted.
    const since = performance.now();
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.startTime >= since) w.__longest = Math.max(w.__longest, entry.duration);
    }).observe({ type: 'longtask' });
  });
  return () => page.evaluate(() => {
    const w = window as unknown as { __longest: number };
    const longest = w.__longest;
    w.__longest = 0;
    return longest;
  });
}
