import { checkCommand, RefusalError, storageRefusal, type CommandInput, type CommandName, type Outcome } from '@/core/commands';
import { matchEvents } from '@/core/events';
import type { ProfileSnapshot } from '@/core/profile';
import { toLocalDay } from '@/core/local-day';
import type { CommandType, ProtocolMap } from '@/messaging/protocol';
import * as contacts from '@/storage/contacts';
import * as events from '@/storage/events';
import * as interactions from '@/storage/interactions';
import * as introductions from '@/storage/introductions';
import * as news from '@/storage/news';
import { recordObservation } from '@/storage/observations';
import { currentRules, reminderRules, settingsFromBackup, settingsItem } from '@/messaging/settings';
import { deleteAllRecords, restoreRecords } from '@/storage/backup';
import { forgetStaged, stagedBackup, stageFile } from './backup-uploads';
import { importCards } from '@/storage/import-cards';
import { importConnections } from '@/storage/import-connections';
import { deleteContact, restoreContact, type DeletedContact } from '@/storage/contact-deletion';
import { fuseRecords, unfuseRecords, type FusedContacts } from '@/storage/contact-fusion';
import { publishChange } from './change-feed';
import { getContactView, getProfileView } from './profile-view';
import { checkDue } from './reminder-check';
import { keepForUndo, undoWith } from './undo-store';
import { clearStored } from '@/messaging/stored';
import { deleteServerCopy, syncBeforeShowing, syncNow, turnOffSync, turnOnSync, uploadAgain } from './sync-service';


type Handlers = { [K in keyof ProtocolMap]: (data: unknown) => Promise<ReturnType<ProtocolMap[K]>> };

/** After every write: open pages refresh, and the badge, notifications and alarms follow. */
async function changed(contactIds: string[] | 'everyone'): Promise<void> {
  publishChange(contactIds === 'everyone' ? { contactIds: [], everyone: true } : { contactIds });
  await checkDue();
}

/** How long the imports must pause before what they changed is announced. */
export const IMPORT_QUIET_MS = 250;
let importQuiet: ReturnType<typeof setTimeout> | undefined;

/**
 * An import comes as batches sent one after another (one transaction each): what they changed is
 * announced, and who is due checked, once they pause — not after each batch, which had every open
 * dashboard re-read the whole network thirty times during a 30,000-row import. A service worker
 * lives on while a timer runs, and a batch that fails leaves the timer set.
 */
function changedByImport(): void {
  clearTimeout(importQuiet);
  importQuiet = setTimeout(() => void changed('everyone'), IMPORT_QUIET_MS);
}

/** A batch begins: the pause is not over (a long batch must not let the announcement through). */
function importGoesOn(): void {
  clearTimeout(importQuiet);
}

/** A profile page was read: remember what it showed for a known contact. */
async function onProfileSeen(snapshot: ProfileSnapshot, now = Date.now()): Promise<void> {
  const aliased = snapshot.alsoKey ? await contacts.rememberProfileAlias(snapshot.key, snapshot.alsoKey, now) : [];
  if (aliased.length) await changed(aliased);
  const contact = await contacts.findContactByProfileKey(snapshot.key);
  if (!contact) return;
  const observation = await recordObservation(contact.id, snapshot, await currentRules(), now);
  const newPhoto = await contacts.refreshPhoto(contact.id, snapshot.identity.photoUrl, now);
  if (observation || newPhoto) await changed([contact.id]);
}

/**
 * Counts the commands other than imports that began: an import's known values (storage/import-
 * match.ts) hold while it stays the same. Counted before a command writes, and read by a batch
 * inside its transaction, so a write that landed before the batch is always seen.
 */
let generation = 0;
const IMPORTS: readonly CommandType[] = ['importConnections', 'importCards'];

/**
 * Checks a command's input against its rules, then runs it: a refused input, a missing record, a
 * taken profile or a conflict answers a typed refusal; nothing is written.
 */
async function command<K extends CommandName & CommandType, T>(
  type: K,
  data: unknown,
  run: (input: CommandInput<K>, now: number) => Promise<T>,
): Promise<Outcome<T>> {
  if (!IMPORTS.includes(type)) generation++;
  const now = Date.now();
  const { timeZone } = await currentRules();
  const checked = checkCommand(type, data, { now, today: toLocalDay(now, timeZone) });
  if (!checked.ok) return checked;
  try {
    return { ok: true, value: await run(checked.value, now) };
  } catch (error) {
    if (error instanceof RefusalError) return { ok: false, refusal: error.refusal };
    // A full disk or a storage failure is said as such (the transaction wrote nothing), not as
    // a background that did not answer.
    const refusal = storageRefusal(error);
    if (refusal) {
      console.warn(`[Maille] ${type}: the database refused the write`, error);
      return { ok: false, refusal };
    }
    throw error;
  }
}

/** The background's answer to every message of the protocol: each write announces its change. */
export const handlers: Handlers = {
  async profileSeen(data) {
    const now = Date.now();
    const checked = checkCommand('profileSeen', data, { now, today: toLocalDay(now, (await currentRules()).timeZone) });
    if (checked.ok) await onProfileSeen(checked.value, now);
    else console.warn('[Maille] a profile report was refused', checked.refusal);
  },
  // A person's page shows what the other computers wrote: a pull first (briefly, when sync is on).
  getProfileView: (data) => command('getProfileView', data, async ({ ref, name }) => (await syncBeforeShowing(), getProfileView(ref, name))),
  getContactView: (data) => command('getContactView', data, async ({ id }) => (await syncBeforeShowing(), getContactView(id))),
  addContact: (data) =>
    command('addContact', data, async (input, now) => {
      const settings = await settingsItem.getValue();
      const cadenceDays = input.cadenceDays !== undefined ? input.cadenceDays : settings.defaultCadenceDays;
      const contact = await contacts.createContact({ ...input, cadenceDays }, reminderRules(settings), now);
      await changed([contact.id]);
      return contact;
    }),
  linkProfile: (data) =>
    command('linkProfile', data, async ({ contactId, ref, identity }, now) => {
      const contact = await contacts.linkProfile(contactId, ref, identity, now);
      await changed([contact.id]);
      return contact;
    }),
  updateContact: (data) =>
    command('updateContact', data, async ({ id, patch, base }, now) => {
      const contact = await contacts.updateContact(id, patch, await currentRules(), now, base);
      await changed([id]);
      return contact;
    }),
  snoozeContact: (data) =>
    command('snoozeContact', data, async ({ id, until }, now) => {
      const contact = await contacts.snoozeContact(id, until, await currentRules(), now);
      await changed([id]);
      return contact;
    }),
  logInteraction: (data) =>
    command('logInteraction', data, async (input, now) => {
      const interaction = await interactions.logInteraction(input, await currentRules(), now);
      await changed([input.contactId]);
      return interaction;
    }),
  findEvents: (data) => command('findEvents', data, async ({ query }) => matchEvents(query, await events.listEvents())),
  addEvent: (data) =>
    command('addEvent', data, async (input, now) => {
      return events.findOrCreateEvent(input, now);
    }),
  updateEvent: (data) =>
    command('updateEvent', data, async ({ id, patch }, now) => {
      const event = await events.updateEvent(id, patch, now);
      // A new name is copied to the people met there: their pages show it.
      await changed('everyone');
      return event;
    }),
  findContacts: (data) => command('findContacts', data, ({ query }) => contacts.findContacts(query)),
  proposeIntroduction: (data) =>
    command('proposeIntroduction', data, async ({ aId, bId, note }, now) => {
      const intro = await introductions.proposeIntroduction(aId, bId, note, now);
      await changed([aId, bId]);
      return intro;
    }),
  introductionStep: (data) =>
    command('introductionStep', data, async ({ id, change, summary }, now) => {
      const intro = await introductions.takeIntroductionStep(id, change, summary ?? '', await currentRules(), now);
      await changed([intro.aId, intro.bId]);
      return intro;
    }),
  describeIntroduction: (data) =>
    command('describeIntroduction', data, async ({ id, note, outcome }, now) => {
      const intro = await introductions.describeIntroduction(id, { note, outcome }, now);
      await changed([intro.aId, intro.bId]);
      return intro;
    }),
  createNews: (data) => command('createNews', data, async ({ text, contactIds }, now) => news.createNews(text, contactIds, await currentRules(), now)),
  newsStep: (data) =>
    command('newsStep', data, async ({ id, contactId, state, summary }, now) => {
      const item = await news.newsStep(id, contactId, state, summary ?? '', await currentRules(), now);
      if (state === 'sent') await changed([contactId]);
      return item;
    }),
  stageBackup: (data) =>
    command('stageBackup', data, async ({ upload, url }) => {
      const staged = await stageFile(upload, url);
      if (!staged) throw new RefusalError({ code: 'notFound' });
      if (!staged.ok) throw new RefusalError({ code: 'badBackup', problem: staged.problem });
      return staged.counts;
    }),
  restoreBackup: (data) =>
    command('restoreBackup', data, async ({ upload }) => {
      const backup = stagedBackup(upload);
      if (!backup) throw new RefusalError({ code: 'notFound' });
      await restoreRecords(backup);
      forgetStaged();
      const settings = settingsFromBackup(backup.settings);
      if (settings) await settingsItem.setValue(settings);
      await changed('everyone');
    }),
  bulkEdit: (data) =>
    command('bulkEdit', data, async ({ ids, ...change }, now) => {
      const count = await contacts.bulkEditContacts(ids, change, await currentRules(), now);
      await changed(ids.length <= 200 ? ids : 'everyone');
      return count;
    }),
  deleteContact: (data) =>
    command('deleteContact', data, async ({ id }, now) => {
      const undoUntil = await keepForUndo('deleted', id, await deleteContact(id), now);
      await changed([id]);
      return { undoUntil };
    }),
  undoDeleteContact: (data) =>
    command('undoDeleteContact', data, async ({ id }, now) => {
      const rules = await currentRules();
      const contact = await undoWith('deleted', id, now, (deleted: DeletedContact) => restoreContact(deleted, rules, now));
      await changed([id]);
      return contact;
    }),
  mergeContacts: (data) =>
    command('mergeContacts', data, async ({ keepId, otherId }, now) => {
      const { merged, undo } = await fuseRecords(keepId, otherId, await currentRules(), now);
      const undoUntil = await keepForUndo('merged', keepId, undo, now);
      await changed([keepId, otherId]);
      return { merged, undoUntil };
    }),
  undoMerge: (data) =>
    command('undoMerge', data, async ({ keepId }, now) => {
      const rules = await currentRules();
      const ids = await undoWith('merged', keepId, now, async (undo: FusedContacts) => {
        await unfuseRecords(undo, rules, now);
        return [undo.keep.id, undo.other.id];
      });
      await changed(ids);
    }),
  unlinkProfile: (data) =>
    command('unlinkProfile', data, async ({ contactId, key }, now) => {
      const contact = await contacts.unlinkProfile(contactId, key, now);
      await changed([contactId]);
      return contact;
    }),
  importConnections: (data) =>
    command('importConnections', data, async ({ rows }, now) => {
      importGoesOn();
      const result = await importConnections(rows, now, () => generation);
      changedByImport();
      return result;
    }),
  importCards: (data) =>
    command('importCards', data, async ({ cards }, now) => {
      importGoesOn();
      const result = await importCards(cards, now, () => generation);
      changedByImport();
      return result;
    }),
  deleteAllData: (data) =>
    command('deleteAllData', data, async ({ serverCopy }) => {
      // The server's copy first (refused: nothing is deleted); then sync off, so that the
      // deletions here never reach the server and the other computers.
      if (serverCopy) await deleteServerCopy();
      await turnOffSync();
      await deleteAllRecords();
      // Settings, undo copies, drafts, logs: everything outside IndexedDB too.
      await clearStored();
      forgetStaged();
      await changed('everyone');
    }),
  turnOnSync: (data) => command('turnOnSync', data, (input) => turnOnSync(input)),
  turnOffSync: (data) => command('turnOffSync', data, () => turnOffSync()),
  syncNow: (data) => command('syncNow', data, () => syncNow()),
  uploadAgain: (data) => command('uploadAgain', data, () => uploadAgain()),
  deleteInteraction: (data) =>
    command('deleteInteraction', data, async ({ id }, now) => {
      const interaction = await interactions.deleteInteraction(id, await currentRules(), now);
      await changed([interaction.contactId]);
      return interaction;
    }),
};
