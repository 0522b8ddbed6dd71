import type { Plugin } from 'vite';

const EVAL = 'return Function.apply(null, keys).apply(null, values);';

/**
 * Takes the one `Function` constructor out of PouchDB (`scopeEval` in pouchdb-utils), which only
 * runs filter and view code stored in design documents. Maille's sync never asks for either, the
 * extension pages' policy forbids eval anyway, and Mozilla's linter flags it (DANGEROUS_EVAL):
 * the call throws instead. The build fails if PouchDB's code changed and the line is not there.
 */
export function noPouchEval(): Plugin {
  return {
    name: 'maille:no-pouch-eval',
    transform(code, id) {
      if (!/[\\/]pouchdb-utils[\\/]lib[\\/]/.test(id)) return null;
      if (!code.includes(EVAL)) this.error(`pouchdb-utils changed: ${EVAL} not found in ${id}`);
      return { code: code.replace(EVAL, "throw new Error('Maille runs no code from design documents');"), map: null };
    },
  };
}
