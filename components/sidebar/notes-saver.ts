import type { Outcome, Refusal } from '@/core/commands';
import { LIMITS } from '@/core/limits';
import type { Contact } from '@/core/records';
import { keepBoth, mergeText } from '@/core/text-merge';
import { clearDraft, PAGE_SESSION, writeDraft, type NotesDraft } from '@/messaging/notes-draft';
import { sendCommand } from '@/messaging/send-command';

/** A short pause before saving: the draft is already safe, this only spares the database. */
export const AUTOSAVE_MS = 300;
const RETRY_MS = [500, 1_000, 2_000, 4_000, 5_000];
/**
 * How long a save waits for the background's answer. A worker stopped while it handled the
 * message sometimes never answers at all (Chromium: the sender's promise stays pending), and a
 * save that never ends held every later one behind it. A save answered late is harmless: the
 * next one carries the same text over the same base, and the background merges it to itself.
 */
export const SAVE_ANSWER_MS = 5_000;

export type NotesStatus =
  | { kind: 'idle' | 'dirty' | 'saving' | 'saved' | 'merged' | 'retrying' }
  | { kind: 'refused'; refusal: Refusal }
  /** Stored notes changed elsewhere in the same words: the person chooses. */
  | { kind: 'conflict'; theirs: string };

export type ConflictChoice = 'keepBoth' | 'keepMine' | 'useTheirs';

export interface NotesView {
  text: string;
  status: NotesStatus;
}

/** What the saver talks to: the background and the draft store (replaced in tests). */
export interface SaverPorts {
  /** `savedBefore`: this page's earlier saves whose answers were lost (one may be what is stored). */
  save: (contactId: string, notes: string, base: string, savedBefore: readonly string[]) => Promise<Outcome<Contact>>;
  writeDraft: (draft: NotesDraft) => void;
  clearDraft: (session: string, contactId: string) => void;
}

const browserPorts: SaverPorts = {
  save: (id, notes, base, savedBefore) => sendCommand('updateContact', { id, patch: { notes }, base: { notes: base, ...(savedBefore.length ? { notesSavedBefore: savedBefore } : {}) } }),
  writeDraft,
  clearDraft,
};

/**
 * The notes of one contact as typed in one page, kept safe and merged:
 * - every keystroke writes a draft to extension storage at once (it survives the tab closing);
 * - a save follows a short pause, one at a time, the latest text queued behind it; it carries the
 *   stored text it was typed over, so the background merges it with another tab's change;
 * - a save the background did not answer is retried until it is (the worker restarts), the text
 *   staying on screen; "Saved" shows only once the background confirmed exactly the text shown;
 * - the same words changed in two tabs are a conflict: both versions show, the person chooses.
 */
export class NotesSaver {
  private text: string;
  /** The stored notes `text` was typed over. */
  private base: string;
  private status: NotesStatus = { kind: 'idle' };
  private inFlight = false;
  private queued = false;
  private attempts = 0;
  /** Texts sent whose answer has not come: one of them may be stored already. */
  private unconfirmed = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly contactId: string,
    stored: string,
    private readonly onView: (view: NotesView) => void,
    private readonly ports: SaverPorts = browserPorts,
  ) {
    this.text = stored;
    this.base = stored;
  }

  view(): NotesView {
    return { text: this.text, status: this.status };
  }

  /** A keystroke: the draft is written before this returns; the save follows a pause. */
  type(value: string): void {
    this.text = value;
    this.keepDraft();
    if (this.status.kind === 'conflict') return this.publish();
    this.status = { kind: 'dirty' };
    this.publish();
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.save(), AUTOSAVE_MS);
  }

  /** Another page stored new notes: shown here when nothing typed here is waiting. */
  storedChanged(notes: string): void {
    if (this.inFlight || this.text !== this.base || this.status.kind === 'conflict' || notes === this.base) return;
    this.text = this.base = notes;
    this.publish();
  }

  /** The person's answer to a conflict: the chosen text is saved over the other version. */
  resolve(choice: ConflictChoice): void {
    if (this.status.kind !== 'conflict') return;
    const theirs = this.status.theirs;
    this.base = theirs;
    if (choice === 'useTheirs') this.text = theirs;
    if (choice === 'keepBoth') this.text = keepBoth(theirs, this.text);
    this.status = { kind: 'dirty' };
    this.keepDraft();
    this.publish();
    void this.save();
  }

  /** Saves now what is unsaved (one save at a time; a later text waits its turn). */
  async save(): Promise<void> {
    clearTimeout(this.timer);
    if (this.status.kind === 'conflict') return;
    if (this.inFlight) {
      this.queued = true;
      return;
    }
    if (this.text === this.base) {
      this.ports.clearDraft(PAGE_SESSION, this.contactId);
      return;
    }
    if (this.text.length > LIMITS.notes) {
      return this.settle({ kind: 'refused', refusal: { code: 'invalid', field: 'notes', rule: 'tooLong', max: LIMITS.notes } });
    }
    const sent = this.text;
    this.unconfirmed.add(sent);
    this.inFlight = true;
    this.settle({ kind: 'saving' });
    let timeout: ReturnType<typeof setTimeout> | undefined;
    const unanswered = new Promise<Outcome<Contact>>((resolve) => {
      timeout = setTimeout(() => resolve({ ok: false, refusal: { code: 'unreachable' } }), SAVE_ANSWER_MS);
    });
    const savedBefore = [...this.unconfirmed].filter((text) => text !== sent);
    const outcome = await Promise.race([this.ports.save(this.contactId, sent, this.base, savedBefore), unanswered]);
    clearTimeout(timeout);
    this.inFlight = false;
    if (outcome.ok) this.confirmed(sent, outcome.value.notes);
    else this.refused(outcome.refusal);
    if (this.queued) {
      this.queued = false;
      void this.save();
    }
  }

  private confirmed(sent: string, stored: string): void {
    this.attempts = 0;
    this.unconfirmed.clear();
    const merged = stored !== sent;
    if (merged) {
      // The background merged another tab's change in: bring it into what is on screen.
      const rebased = this.text === sent ? { clean: true as const, text: stored } : mergeText(sent, stored, this.text);
      if (rebased.clean) this.text = rebased.text;
    }
    this.base = stored;
    if (this.text === stored) {
      this.ports.clearDraft(PAGE_SESSION, this.contactId);
      this.settle({ kind: merged ? 'merged' : 'saved' });
    } else {
      this.keepDraft();
      this.queued = true;
    }
  }

  private refused(refusal: Refusal): void {
    if (refusal.code === 'unreachable') {
      // The worker is stopping or restarting: the next try wakes it.
      const delay = RETRY_MS[Math.min(this.attempts++, RETRY_MS.length - 1)];
      this.timer = setTimeout(() => void this.save(), delay);
      this.settle({ kind: 'retrying' });
    } else if (refusal.code === 'conflict' && this.unconfirmed.has(refusal.current.notes)) {
      // What is stored is our own earlier save, whose answer was lost (the worker stopped after
      // writing it): no other tab is involved. Saved again over it.
      this.base = refusal.current.notes;
      this.queued = true;
    } else if (refusal.code === 'conflict') {
      // Another tab's text is stored: none of this page's earlier saves is what is stored now.
      this.unconfirmed.clear();
      this.queued = false;
      this.settle({ kind: 'conflict', theirs: refusal.current.notes });
    } else {
      this.queued = false;
      this.settle({ kind: 'refused', refusal });
    }
  }

  private keepDraft(): void {
    this.ports.writeDraft({ contactId: this.contactId, session: PAGE_SESSION, base: this.base, text: this.text, at: Date.now() });
  }

  private settle(status: NotesStatus): void {
    this.status = status;
    this.publish();
  }

  private publish(): void {
    this.onView(this.view());
  }
}
