import { describe, expect, it } from 'vitest';
import { keepBoth, mergeText } from '@/core/text-merge';

describe('three-way merge of notes', () => {
  it.each([
    ['edits on different lines', 'One.\nTwo.', 'One, changed.\nTwo.', 'One.\nTwo, edited.', 'One, changed.\nTwo, edited.'],
    ['edits to different words of one line', 'Met in Lyon. Likes cobots.', 'Met in Lyon in May. Likes cobots.', 'Met in Lyon. Likes cobots and drones.', 'Met in Lyon in May. Likes cobots and drones.'],
    ['nothing changed here', 'A', 'B', 'A', 'B'],
    ['nothing changed there', 'A', 'A', 'B', 'B'],
    ['the same change on both sides', 'A', 'A B', 'A B', 'A B'],
    // Two additions at the same place: both kept, in one order whichever side is whose.
    ['both appended a line', 'Met in Lyon.', 'Met in Lyon.\nCall in May.', 'Met in Lyon.\nSend the deck.', 'Met in Lyon.\nCall in May.\nSend the deck.'],
    ['both added to the end of one line', 'Met in Lyon.', 'Met in Lyon. Send the deck.', 'Met in Lyon. Call in May.', 'Met in Lyon. Call in May. Send the deck.'],
    ['two texts typed into empty notes', '', 'From tab two.', 'From tab one.', 'From tab one.\nFrom tab two.'],
    ['a line added between the same two lines', 'One.\nThree.', 'One.\nTwo (b).\nThree.', 'One.\nTwo (a).\nThree.', 'One.\nTwo (a).\nTwo (b).\nThree.'],
    ['an addition beside an edit elsewhere', 'One.\nTwo.', 'One, changed.\nTwo.', 'One.\nTwo.\nThree.', 'One, changed.\nTwo.\nThree.'],
  ])('%s merges, the same way from either side', (_label, base, theirs, mine, merged) => {
    expect(mergeText(base, theirs, mine)).toEqual({ clean: true, text: merged });
    expect(mergeText(base, mine, theirs)).toEqual({ clean: true, text: merged });
  });

  it.each([
    ['the same word changed to two others', 'Met in Lyon.\nLikes cobots.', 'Met in Lyon.\nLikes robots.', 'Met in Lyon.\nLikes drones.'],
    ['a line rewritten on one side, deleted on the other', 'One.\nTwo.', 'One.\nTwo, rewritten.', 'One.'],
  ])('%s cannot merge, from either side', (_label, base, theirs, mine) => {
    expect(mergeText(base, theirs, mine)).toEqual({ clean: false });
    expect(mergeText(base, mine, theirs)).toEqual({ clean: false });
  });

  it('keeps both texts, nothing lost', () => {
    expect(keepBoth('Theirs.', 'Mine.')).toBe('Mine.\n\nTheirs.');
    expect(keepBoth('', 'Mine.')).toBe('Mine.');
  });
});
