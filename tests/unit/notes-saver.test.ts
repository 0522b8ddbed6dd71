import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Outcome } from '@/core/commands';
import type { Contact } from '@/core/records';
import { AUTOSAVE_MS, NotesSaver, SAVE_ANSWER_MS, type NotesView, type SaverPorts } from '@/components/sidebar/notes-saver';

const contact = (notes: string) => ({ id: 'c1', notes }) as Contact;

/** A saver whose background answers what `answer` says, recording drafts and views. */
function saverWith(stored: string, answer: (notes: string, base: string) => Outcome<Contact> | Promise<Outcome<Contact>>) {
  const views: NotesView[] = [];
  const drafts: string[] = [];
  const cleared: string[] = [];
  const saves: { notes: string; base: string; savedBefore: readonly string[] }[] = [];
  const ports: SaverPorts = {
    save: async (_id, notes, base, savedBefore) => {
      saves.push({ notes, base, savedBefore });
      return answer(notes, base);
    },
    writeDraft: (draft) => drafts.push(draft.text),
    clearDraft: (_session, id) => cleared.push(id),
  };
  const saver = new NotesSaver('c1', stored, (view) => views.push(view), ports);
  return { saver, views, drafts, cleared, saves, last: () => views.at(-1)! };
}

describe('NotesSaver', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes the draft at every keystroke, before any save', () => {
    const { saver, drafts, saves } = saverWith('', (notes) => ({ ok: true, value: contact(notes) }));
    saver.type('H');
    saver.type('Hi');
    expect(drafts).toEqual(['H', 'Hi']);
    expect(saves).toEqual([]);
  });

  it('saves after a short pause, says "Saved" once confirmed, and removes the draft', async () => {
    const { saver, saves, cleared, last } = saverWith('Met.', (notes) => ({ ok: true, value: contact(notes) }));
    saver.type('Met. Likes cobots.');
    expect(last().status.kind).toBe('dirty');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS);
    expect(saves).toEqual([{ notes: 'Met. Likes cobots.', base: 'Met.', savedBefore: [] }]);
    expect(last().status.kind).toBe('saved');
    expect(cleared).toEqual(['c1']);
  });

  it('a save never answered (a worker stopped while handling it) is tried again, and later text is not held behind it', async () => {
    let answers = false;
    const { saver, saves, last } = saverWith('', (notes) => (answers ? { ok: true, value: contact(notes) } : new Promise<Outcome<Contact>>(() => {})));
    saver.type('Typed while the worker went.');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS);
    expect(last().status.kind).toBe('saving');
    answers = true;
    saver.type('Typed while the worker went, and more.');
    await vi.advanceTimersByTimeAsync(SAVE_ANSWER_MS + 1_000);
    expect(saves.map((s) => s.notes)).toEqual(['Typed while the worker went.', 'Typed while the worker went, and more.']);
    expect(last()).toEqual({ text: 'Typed while the worker went, and more.', status: { kind: 'saved' } });
  });

  it('a save that was stored but whose answer was lost is no conflict with the next one', async () => {
    let stored = '';
    let answerLost = true;
    const { saver, last, views, saves } = saverWith('', (notes, base) => {
      if (base !== stored) return { ok: false, refusal: { code: 'conflict', fields: ['notes'], current: contact(stored) } };
      stored = notes;
      if (answerLost) {
        answerLost = false;
        return { ok: false, refusal: { code: 'unreachable' } };
      }
      return { ok: true, value: contact(notes) };
    });
    saver.type('part-0');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS);
    saver.type('part-0 part-1');
    await vi.advanceTimersByTimeAsync(5_000);
    expect(stored).toBe('part-0 part-1');
    expect(last()).toEqual({ text: 'part-0 part-1', status: { kind: 'saved' } });
    expect(views.some((v) => v.status.kind === 'conflict')).toBe(false);
    // The background is told that 'part-0' may be this page's own: it builds on it (command-handlers.test.ts).
    expect(saves.find((save) => save.notes === 'part-0 part-1')?.savedBefore).toEqual(['part-0']);
  });

  it('retries a save the background did not answer, keeping the text, until it does', async () => {
    let up = false;
    const { saver, saves, last } = saverWith('', (notes) => (up ? { ok: true, value: contact(notes) } : { ok: false, refusal: { code: 'unreachable' } }));
    saver.type('Do not lose me.');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS);
    expect(last()).toEqual({ text: 'Do not lose me.', status: { kind: 'retrying' } });
    await vi.advanceTimersByTimeAsync(500);
    expect(saves).toHaveLength(2);
    up = true;
    await vi.advanceTimersByTimeAsync(1_000);
    expect(last()).toEqual({ text: 'Do not lose me.', status: { kind: 'saved' } });
  });

  it('never says "Saved" for text typed while the save was in flight: it saves that too', async () => {
    let release: () => void = () => undefined;
    const { saver, saves, last } = saverWith('', (notes) => new Promise((resolve) => (release = () => resolve({ ok: true, value: contact(notes) }))));
    saver.type('One');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS);
    saver.type('One two');
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(last().status.kind).not.toBe('saved');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS);
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(saves.map((s) => s.notes)).toEqual(['One', 'One two']);
    expect(saves[1]!.base).toBe('One');
    expect(last()).toEqual({ text: 'One two', status: { kind: 'saved' } });
  });

  it('shows a merge the background made, and keeps typing on top of it', async () => {
    const { saver, last } = saverWith('Met in Lyon. Likes cobots.', () => ({ ok: true, value: contact('Met in Lyon in May. Likes cobots and drones.') }));
    saver.type('Met in Lyon. Likes cobots and drones.');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS);
    expect(last()).toEqual({ text: 'Met in Lyon in May. Likes cobots and drones.', status: { kind: 'merged' } });
  });

  it('on a conflict shows both versions and saves the choice over the other one', async () => {
    const answers: Outcome<Contact>[] = [{ ok: false, refusal: { code: 'conflict', fields: ['notes'], current: contact('From tab one.') } }];
    const { saver, saves, last } = saverWith('', (notes) => answers.shift() ?? { ok: true, value: contact(notes) });
    saver.type('From tab two.');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS);
    expect(last()).toEqual({ text: 'From tab two.', status: { kind: 'conflict', theirs: 'From tab one.' } });
    // No autosave while the person chooses.
    saver.type('From tab two!');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS * 3);
    expect(saves).toHaveLength(1);
    saver.resolve('keepBoth');
    await vi.advanceTimersByTimeAsync(0);
    expect(saves[1]).toEqual({ notes: 'From tab two!\n\nFrom tab one.', base: 'From tab one.', savedBefore: [] });
    expect(last().status.kind).toBe('saved');
  });

  it('refuses notes beyond the limit without sending, and says so', async () => {
    const { saver, saves, last } = saverWith('', (notes) => ({ ok: true, value: contact(notes) }));
    saver.type('x'.repeat(100_001));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS);
    expect(saves).toEqual([]);
    expect(last().status).toMatchObject({ kind: 'refused', refusal: { rule: 'tooLong', max: 100_000 } });
  });

  it('takes another page\'s change only when nothing typed here is waiting', async () => {
    const { saver, last } = saverWith('A', (notes) => ({ ok: true, value: contact(notes) }));
    saver.storedChanged('B');
    expect(last().text).toBe('B');
    saver.type('B, typed here');
    saver.storedChanged('C');
    expect(last().text).toBe('B, typed here');
  });
});
