import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';

const OUTPUT = join(import.meta.dirname, '..', '..', '.output');

/**
 * A stand-in for every extension API: any member is a function that answers another stand-in,
 * and each `…addListener` call is noted by its path (`runtime.onMessage.addListener`).
 */
function recordingApi(listened: Set<string>, path: string[] = []): unknown {
  return new Proxy(function () {}, {
    get: (_, key) => (key === 'then' || typeof key === 'symbol' ? undefined : recordingApi(listened, [...path, key])),
    apply: () => {
      if (path.at(-1) === 'addListener') listened.add(path.slice(0, -1).join('.'));
      return recordingApi(listened, [...path, '()']);
    },
  });
}

/**
 * The built background runs to its end and registers its listeners. A module that throws while
 * the bundle loads (a Node built-in a library imports, missing from the browser build: PouchDB's
 * `events`) leaves a worker that answers no message, which no unit test sees.
 */
describe.each([['chrome-mv3'], ['firefox-mv2']])('the %s background starts', (target) => {
  it('and listens for messages, ports and alarms', () => {
    const listened = new Set<string>();
    const api = recordingApi(listened);
    const code = readFileSync(join(OUTPUT, target, 'background.js'), 'utf8');
    const context: Record<string, unknown> = { chrome: api, browser: api, indexedDB: api, IDBKeyRange: api, navigator: { userAgent: 'test' } };
    // What fails later, against the stand-in (a storage read answering nothing), is not this test's business.
    context.console = { log() {}, info() {}, debug() {}, warn() {}, error() {} };
    for (const name of ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'URL', 'URLSearchParams', 'TextEncoder', 'TextDecoder', 'crypto', 'fetch', 'Headers', 'Request', 'Response', 'FormData', 'queueMicrotask', 'structuredClone', 'AbortController', 'AbortSignal', 'Event', 'EventTarget', 'Blob', 'atob', 'btoa', 'performance'])
      context[name] = (globalThis as Record<string, unknown>)[name];
    context.self = context;
    context.globalThis = context;
    expect(() => runInNewContext(code, context, { filename: `${target}/background.js` })).not.toThrow();
    expect([...listened]).toEqual(expect.arrayContaining(['runtime.onMessage', 'runtime.onConnect', 'alarms.onAlarm']));
  });
});
