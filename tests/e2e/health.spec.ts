import { dashboardWithImportedConnections } from './pages/extension-pages';
import { expect, test } from './support/fixtures';

// The network at a glance, drawn in the real browser and said in text.
test('network health: the charts are drawn, and their numbers are text', async ({ ext }) => {
  const dashboard = await dashboardWithImportedConnections(ext.context, ext.extensionId);
  await dashboard.goto(`chrome-extension://${ext.extensionId}/options.html#health`);
  const health = dashboard.getByRole('region', { name: 'Network health' });
  await expect(health.getByText('5 contacts: 0 in touch, 0 due, 0 losing touch, 0 contacted without a cadence, 5 never contacted.')).toBeVisible();
  await expect(health.getByText('In 52 weeks: 0 interactions, 0 of them in person; 0 in the last 4 weeks.')).toBeVisible();
  await expect(health.getByRole('table', { name: 'Interactions per week, over the last year' }).getByRole('row')).toHaveCount(53);
  // Chart.js drew the bars: the first canvas holds a block of the "never contacted" colour (#cfcadb).
  const canvases = health.locator('canvas');
  await expect(canvases).toHaveCount(2);
  await expect.poll(() => canvases.first().evaluate((canvas: HTMLCanvasElement) => {
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    let painted = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i] === 0xcf && data[i + 1] === 0xca && data[i + 2] === 0xdb) painted++;
    return painted;
  })).toBeGreaterThan(1000);
});
