import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIR } from '../../e2e/support/launch';

/**
 * The floor of a content script on every page: an extension whose content scripts are Maille's —
 * same matches, same `run_at`, same files by name — but empty, and an empty service worker (the
 * launcher waits for one). What the browser costs any extension that injects there, so that
 * Maille ÷ this is Maille's own part. Built from the built manifest; removed by `remove`.
 */
export function emptyContentScriptExtension(): { dir: string; remove: () => void } {
  const built = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as { content_scripts: { matches: string[]; js: string[]; run_at?: string }[] };
  const dir = mkdtempSync(join(tmpdir(), 'maille-empty-cs-'));
  const files = new Set(built.content_scripts.flatMap((script) => script.js));
  for (const file of files) writeFileSync(join(dir, file), '');
  writeFileSync(join(dir, 'background.js'), '');
  const manifest = { manifest_version: 3, name: 'Empty content script (Maille benchmark)', version: '1.0.0', content_scripts: built.content_scripts, background: { service_worker: 'background.js' } };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 1));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
