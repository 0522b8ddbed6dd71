import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export const RESULTS_FILE = resolve(import.meta.dirname, '..', '..', '..', 'bench', 'results.json');

export interface Figure {
  label: string;
  unit: 'ms' | 'kB' | 'MB' | 'ratio' | 'x';
  median: number;
  p95: number;
  runs: number;
  /** For a ratio: the two figures it divides (their medians), e.g. "97.1 ÷ 92.7 ms". */
  of?: string;
}

export const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
export const p95 = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)]!;
const round = (x: number) => Math.round(x * 100) / 100;

/** The medians a ratio comes from, as the README shows them beside it. */
export const ratioOf = (top: readonly number[] | number, bottom: readonly number[] | number, unit = 'ms') =>
  `${round(typeof top === 'number' ? top : median(top))} ÷ ${round(typeof bottom === 'number' ? bottom : median(bottom))} ${unit}`;

/** Records a figure from its samples (or one value), merged into bench/results.json; a ratio says what it divides (`ratioOf`). */
export function record(id: string, label: string, unit: Figure['unit'], samples: readonly number[] | number, of?: string): Figure {
  const xs = typeof samples === 'number' ? [samples] : samples;
  const figure: Figure = { label, unit, median: round(median(xs)), p95: round(p95(xs)), runs: xs.length, ...(of ? { of } : {}) };
  const all = existsSync(RESULTS_FILE) ? (JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) as { figures: Record<string, Figure> }) : { figures: {} };
  all.figures[id] = figure;
  mkdirSync(dirname(RESULTS_FILE), { recursive: true });
  writeFileSync(RESULTS_FILE, JSON.stringify(all, null, 1) + '\n');
  console.log(`${label}: median ${figure.median} ${unit}, p95 ${figure.p95} ${unit} (${figure.runs} runs)`);
  return figure;
}

/** Whether this run measures a figure (BENCH_ONLY, set by tooling/bench.mjs to repeat a missed one). */
export function wanted(...ids: string[]): boolean {
  const only = process.env.BENCH_ONLY?.split(',').filter(Boolean);
  return !only || ids.some((id) => only.includes(id));
}
