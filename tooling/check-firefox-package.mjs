#!/usr/bin/env node
// Runs Mozilla's addons-linter on the Firefox package (`npm run zip` makes it) and fails on any
// error, or on a warning the README does not explain ("Packages for the stores"): a new warning
// is read and either fixed or explained there, never let through unseen.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The unpacked package the zip was made from: a file's content tells what it holds. */
const UNPACKED = join('.output', 'firefox-mv2');
const holds = (file, marker) => existsSync(join(UNPACKED, file)) && readFileSync(join(UNPACKED, file), 'utf8').includes(marker);

/** The warnings explained in the README, by code and file (a shared chunk by what it holds: Vite names it after its first module). */
const EXPLAINED = [
  // The content script imports the page reader by its extension URL (web-accessible, dynamic URL).
  { code: 'UNSAFE_VAR_ASSIGNMENT', file: (file) => file === 'profile.js' },
  // React DOM's own code for dangerouslySetInnerHTML, which Maille never uses (a lint error).
  { code: 'UNSAFE_VAR_ASSIGNMENT', file: (file) => /^chunks\/[\w-]+\.js$/.test(file) && holds(file, 'react.dev/errors/') && holds(file, 'dangerouslySetInnerHTML') },
];

const zip = readdirSync('.output').find((file) => /-firefox\.zip$/.test(file));
if (!zip) {
  console.error('No Firefox package in .output/: run npm run zip first.');
  process.exit(1);
}
const result = spawnSync('npx', ['addons-linter', '--output', 'json', join('.output', zip)], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
let report;
try {
  report = JSON.parse(result.stdout);
} catch {
  console.error(`addons-linter gave no report (exit ${result.status}):\n${result.stderr}`);
  process.exit(1);
}
const line = (m) => `${m.code} ${m.file ?? ''}: ${m.message}`;
const unexplained = report.warnings.filter((w) => !EXPLAINED.some((e) => e.code === w.code && e.file(w.file ?? '')));
console.log(`addons-linter on ${zip}: ${report.summary.errors} errors, ${report.summary.warnings} warnings (${report.warnings.length - unexplained.length} explained in the README), ${report.summary.notices} notices`);
for (const m of report.errors) console.log(`error   ${line(m)}`);
for (const m of unexplained) console.log(`warning ${line(m)} — not explained in the README`);
process.exit(report.errors.length === 0 && unexplained.length === 0 ? 0 : 1);
