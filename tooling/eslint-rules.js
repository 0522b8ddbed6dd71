// Maille's own lint rules (a local ESLint plugin, loaded by eslint.config.js).

const EXPIRES = /\bexpires (\d{4}-\d{2})(?!-?\d)/g;
const ANY_MONTH = /\b\d{4}-\d{2}\b/g;

function currentMonth() {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
}

/**
 * Selectors kept for an older version of a site carry a dated note, `expires YYYY-MM: why`.
 * Past that month the lint fails, so someone checks the site and removes the selector (or moves
 * the date). Any other date in a comment is refused: one format, so none escapes the check.
 */
const datedNotes = {
  meta: {
    type: 'problem',
    docs: { description: 'Dated notes use `expires YYYY-MM: …` and fail once expired.' },
    schema: [{ type: 'object', properties: { month: { type: 'string', pattern: '^\\d{4}-\\d{2}$' } }, additionalProperties: false }],
    messages: {
      expired: 'Expired {{month}}: check the site, then remove what this note is about or move its date.',
      format: 'Write a dated note as "expires YYYY-MM: why" (found "{{date}}").',
    },
  },
  create(context) {
    const month = context.options[0]?.month ?? currentMonth();
    return {
      Program() {
        for (const comment of context.sourceCode.getAllComments()) {
          const dated = new Set();
          for (const match of comment.value.matchAll(EXPIRES)) {
            dated.add(match.index + 'expires '.length);
            if (match[1] < month) context.report({ loc: comment.loc, messageId: 'expired', data: { month: match[1] } });
          }
          for (const match of comment.value.matchAll(ANY_MONTH)) {
            if (!dated.has(match.index)) context.report({ loc: comment.loc, messageId: 'format', data: { date: match[0] } });
          }
        }
      },
    };
  },
};

export default { rules: { 'dated-notes': datedNotes } };
