import { diff3Merge } from 'node-diff3';

/** Words and the white space between them: edits in different words of one line merge. */
function tokens(text: string): string[] {
  return text.split(/(\s+)/).filter(Boolean);
}

export type TextMerge = { clean: true; text: string } | { clean: false };

/**
 * Two texts added at the same place (both appended a line, or typed into empty notes): both
 * kept, in an order that does not depend on which side is whose, so that two tabs or two
 * computers merging the same edits get the same text. Separated by a line break unless one of
 * them brings its own white space.
 */
function bothAdded(one: string, other: string): string {
  const [first, second] = [one, other].sort();
  return /\s$/.test(first!) || /^\s/.test(second!) ? first! + second! : `${first}\n${second}`;
}

/**
 * Three-way merge of a text edited in two places from the same `base`: `theirs` (stored
 * meanwhile) and `mine` (this page's). Clean when the two edits touch different words, make the
 * same change, or both add text at the same place (both kept); not clean only when the same words
 * were changed differently, and the person chooses. The result does not depend on which side is
 * `mine`.
 */
export function mergeText(base: string, theirs: string, mine: string): TextMerge {
  if (theirs === base || theirs === mine) return { clean: true, text: mine };
  if (mine === base) return { clean: true, text: theirs };
  const regions = diff3Merge(tokens(mine), tokens(base), tokens(theirs), { excludeFalseConflicts: true });
  const parts: string[] = [];
  for (const region of regions) {
    if (region.ok) parts.push(...region.ok);
    else if (region.conflict && region.conflict.o.length === 0) parts.push(bothAdded(region.conflict.a.join(''), region.conflict.b.join('')));
    else return { clean: false };
  }
  return { clean: true, text: parts.join('') };
}

/**
 * Both texts, nothing lost: what a person gets when two edits of the same words cannot be
 * merged and they choose "Keep both" (or when a tab closed before they could choose).
 */
export function keepBoth(theirs: string, mine: string): string {
  if (!theirs.trim()) return mine;
  if (!mine.trim()) return theirs;
  return `${mine.trimEnd()}\n\n${theirs.trimStart()}`;
}
