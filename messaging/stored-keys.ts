/**
 * Every key Maille keeps in the browser's extension storage (`browser.storage.local` and
 * `.session`): everything outside IndexedDB. One entry per key or family of keys, with the module
 * that writes it, the shape it must have, and where it goes: whether it stays on this device
 * (display choices, logs, drafts, undo copies) and whether the backup carries it. "Delete all my
 * data" clears both areas whole; a test lists what the extension wrote after using every feature
 * and finds each key here. Read and write through `messaging/stored.ts`.
 */
import * as v from 'valibot';
import { LANGUAGES } from '@/core/records';
import { SITE_IDS, type SiteId } from '@/core/sites';
import { SYNC_PROBLEMS } from '@/core/sync-problems';

export interface StoredKey<T> {
  area: 'local' | 'session';
  /** The key, or for a family (one key per contact, per page…) the prefix of each. */
  key: string;
  family: boolean;
  /** Other keys of the same owner, written by a library: WXT keeps an item's version beside it. */
  alsoKeys?: readonly string[];
  owner: string;
  /** A stored value that does not match reads as `fallback` (storage is shared by every page and version). */
  schema: v.GenericSchema<unknown, T>;
  fallback: T;
  /** Never leaves this browser: neither the backup nor (issue 22) sync carries it. */
  perDevice: boolean;
  inBackup: boolean;
}

const one = <T>(entry: Omit<StoredKey<T>, 'family' | 'area'> & { area?: 'local' | 'session' }): StoredKey<T> => ({ area: 'local', family: false, ...entry });
const family = <T>(entry: Omit<StoredKey<T>, 'family' | 'area' | 'fallback'>): StoredKey<T | null> => ({ area: 'local', family: true, fallback: null, ...entry, schema: v.nullable(entry.schema) });

const time = /* @__PURE__ */ v.pipe(v.string(), v.regex(/^\d{2}:\d{2}$/));
const finite = /* @__PURE__ */ v.pipe(v.number(), v.finite());

/** The person's settings, each field checked (the backup's settings are read with the same rules). */
export const SETTINGS_FIELDS = {
  defaultCadenceDays: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(3650))),
  language: v.picklist(['auto', ...LANGUAGES]),
  digestTime: time,
  quietHours: v.nullable(v.object({ start: time, end: time })),
  minGapDays: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(365)),
  notifications: v.boolean(),
  myName: v.pipe(v.string(), v.maxLength(200)),
  signature: v.pipe(v.string(), v.maxLength(1000)),
  templates: v.record(v.string(), v.object({ subject: v.string(), body: v.string() })),
  lunchGoalPerWeek: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(14)),
  newYearWishes: v.boolean(),
};

/** The settings (read through `settingsItem`, a WXT item for its versioned migrations). */
export const SETTINGS = /* @__PURE__ */ one({
  key: 'settings',
  alsoKeys: ['settings$'],
  owner: 'messaging/settings.ts',
  schema: v.nullable(v.looseObject(SETTINGS_FIELDS)),
  fallback: null,
  perDevice: false,
  inBackup: true,
});

/** Whether the sidebar is folded to its tab, on every site and tab. */
export const SIDEBAR_FOLDED = /* @__PURE__ */ one({ key: 'sidebarCollapsed', owner: 'entrypoints/profile, entrypoints/sidebar', schema: v.boolean(), fallback: false, perDevice: true, inBackup: false });

/** The sites shown in the browser's side panel rather than in the page (unknown ids dropped). */
export const PANEL_SITES = /* @__PURE__ */ one({
  key: 'panelSites',
  owner: 'components/dashboard/DisplaySection.tsx',
  schema: v.pipe(v.array(v.string()), v.transform((ids) => [...new Set(ids.filter((id): id is SiteId => (SITE_IDS as readonly string[]).includes(id)))])),
  fallback: [] as SiteId[],
  perDevice: true,
  inBackup: false,
});

/** The entries notified on one local day: one notification per entry per day, whatever restarts happen. */
export const NOTIFIED = /* @__PURE__ */ one({
  key: 'notified',
  alsoKeys: ['notified$'],
  owner: 'entrypoints/background/notified-log.ts',
  schema: v.object({ day: v.string(), keys: v.array(v.string()) }),
  fallback: { day: '', keys: [] as string[] },
  perDevice: true,
  inBackup: false,
});

/** The local day the due list was last recomputed: once a day, whatever the worker's restarts. */
export const DUE_REFRESHED_ON = /* @__PURE__ */ one({ key: 'maille:dueRefreshedOn', owner: 'entrypoints/background/reminder-check.ts', schema: v.string(), fallback: '', perDevice: true, inBackup: false });

/** Notes being typed, one per page and contact (`<session>:<contactId>`), until the background saved them. */
export const NOTES_DRAFTS = /* @__PURE__ */ family({
  key: 'maille:draft:',
  owner: 'messaging/notes-draft.ts, entrypoints/background/draft-recovery.ts',
  schema: v.object({ contactId: v.string(), session: v.string(), base: v.string(), text: v.string(), at: finite }),
  perDevice: true,
  inBackup: false,
});

/**
 * What "Delete" and "Merge" removed, for their undo, until `until` (epoch ms): a worker stopped
 * between the command and the undo loses nothing. The records inside were checked when they were
 * stored in IndexedDB; the backup's record schemas stay out of this module, which the content
 * script loads.
 */
const undoCopy = /* @__PURE__ */ v.object({ until: finite, kept: v.looseObject({}) });
export const UNDO_DELETED = /* @__PURE__ */ family({ key: 'maille:deleted:', owner: 'entrypoints/background/undo-store.ts', schema: undoCopy, perDevice: true, inBackup: false });
export const UNDO_MERGED = /* @__PURE__ */ family({ key: 'maille:merged:', owner: 'entrypoints/background/undo-store.ts', schema: undoCopy, perDevice: true, inBackup: false });

/**
 * The sync server this computer syncs with, and the name and password that open it (issue 22);
 * null while sync is off. The sync key itself is in IndexedDB (`syncKey`): a CryptoKey that
 * cannot be read out. Turning sync off removes both.
 */
export const SYNC_SERVER = /* @__PURE__ */ one({
  key: 'maille:syncServer',
  owner: 'entrypoints/background/sync-service.ts',
  schema: v.nullable(v.object({ url: v.string(), database: v.string(), user: v.string(), password: v.string(), salt: v.string(), iterations: v.number() })),
  fallback: null,
  perDevice: true,
  inBackup: false,
});

/** How sync stands, for the popup and the dashboard: when it last succeeded, what waits, what failed. */
export const SYNC_STATUS = /* @__PURE__ */ one({
  key: 'maille:syncStatus',
  owner: 'entrypoints/background/sync-service.ts',
  // serverSeq: where the last pull reached in the server's changes (a woken worker's live feed starts there).
  schema: v.object({
    lastSyncedAt: v.nullable(finite),
    waiting: v.number(),
    running: v.boolean(),
    problem: v.nullable(v.picklist(SYNC_PROBLEMS)),
    serverSeq: v.optional(v.union([v.string(), v.number()])),
  }),
  fallback: { lastSyncedAt: null, waiting: 0, running: false, problem: null },
  perDevice: true,
  inBackup: false,
});

/**
 * A person's or an event's fields given two different values on two computers while apart (issue
 * 22), one per record: sync kept one, the same on both computers; the record's pages show both
 * until the person chooses (`components/shared/SyncConflicts.tsx` removes what was settled).
 */
export const SYNC_CONFLICTS = /* @__PURE__ */ family({
  key: 'maille:syncConflict:',
  owner: 'entrypoints/background/sync-service.ts, components/shared/SyncConflicts.tsx',
  schema: v.object({ fields: v.array(v.object({ field: v.string(), values: v.tuple([v.unknown(), v.unknown()]) })), at: finite }),
  perDevice: true,
  inBackup: false,
});

/** All of them: what the tests check storage against. */
export const STORED_KEYS: readonly StoredKey<unknown>[] = [SETTINGS, SIDEBAR_FOLDED, PANEL_SITES, NOTIFIED, DUE_REFRESHED_ON, NOTES_DRAFTS, UNDO_DELETED, UNDO_MERGED, SYNC_SERVER, SYNC_STATUS, SYNC_CONFLICTS];
