import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { EXTENSION_DIR } from '../../e2e/support/launch';

const FLOOR = resolve(import.meta.dirname, '..', 'floor');
const ROOT = resolve(import.meta.dirname, '..', '..', '..');
/** Where the floor page is, inside the extension copy. */
export const POPUP_FLOOR_PAGE = 'bench-floor/popup-floor.html';

/**
 * The built extension, copied, with the popup's floor page added (tests/bench/floor: the same
 * stylesheets and React, one entry, no data), built here by Vite like the extension's own pages
 * and served from the extension's origin. Removed by `remove`.
 */
export async function extensionWithPopupFloor(): Promise<{ dir: string; remove: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'maille-floor-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  await build({
    configFile: false,
    logLevel: 'warn',
    root: FLOOR,
    base: './',
    resolve: { alias: { '@': ROOT } },
    build: { outDir: join(dir, 'bench-floor'), emptyOutDir: true, rollupOptions: { input: join(FLOOR, 'popup-floor.html') } },
  });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
