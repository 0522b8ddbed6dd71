import type { ESLint } from 'eslint';

/** Maille's local ESLint plugin (tooling/eslint-rules.js). */
declare const plugin: ESLint.Plugin;
export default plugin;
