import { describe, expect, it } from 'vitest';
import { keepBoth, mergeText } from '@/core/text-merge';

describe('three-way merge of notes', () => {
  it.each([
    ['edits on different lines', 'One.\nTwo.', 'One, changed.\nTwo.', 'One.\nTwo, edited.', 'One, changed.\nTwo, edited.'],
    ['edits to different words of one line', 'Met in Lyon. Likes cobots.', 'Met in Lyon in May. Likes cobots.', 'Met in Lyon. Likes cobots and drones.', 'Met in Lyon in May. Likes cobots and drones.'],
    ['nothing changed here', 'A', 'B', 'A', 'B'],
    ['nothing changed there', 'A', 'A', 'B', 'B'],
    ['the same change on both sides', 'A', 'A B', 'A B', 'A B'],
  ])('%s merges', (_label, base, theirs, mine, merged) => expect(mergeText(base, theirs, mine)).toEqual({ clean: true, text: merged }));

  it.each([
    ['two texts typed into empty notes', '', 'From tab one.', 'From tab two.'],
    ['two endings added to the same line', 'Met in Lyon.', 'Met in Lyon. Call in May.', 'Met in Lyon. Send the deck.'],
  ])('%s cannot merge', (_label, base, theirs, mine) => expect(mergeText(base, theirs, mine)).toEqual({ clean: false }));

  it('keeps both texts, nothing lost', () => {
    expect(keepBoth('Theirs.', 'Mine.')).toBe('Mine.\n\nTheirs.');
    expect(keepBoth('', 'Mine.')).toBe('Mine.');
  });
});
