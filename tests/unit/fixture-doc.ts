import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';

export const FIXTURES_DIR = join(import.meta.dirname, '..', 'fixtures');

/** A fixture page parsed as the browser would have it at `url` (scripts not run). */
export function fixtureDocument(file: string, url: string): Document {
  return new JSDOM(readFileSync(join(FIXTURES_DIR, file), 'utf8'), { url }).window.document;
}
