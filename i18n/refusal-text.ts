import type { BackupProblem } from '@/core/backup';
import type { FieldRule, Refusal } from '@/core/commands';
import { syncProblemText } from './sync-text';
import { numberFormat } from '@/core/intl';
import { getLanguage, t, type MessageKey } from './index';

/** The label a person sees for a field a command names (`met.date`, `tags.3`, `at`…). */
const FIELD_LABELS: Record<string, MessageKey> = {
  name: 'name',
  headline: 'headline',
  company: 'company',
  title: 'jobTitle',
  location: 'location',
  notes: 'notes',
  tags: 'tags',
  emails: 'email',
  cadenceDays: 'cadence',
  met: 'whereWeMet',
  eventName: 'event',
  date: 'date',
  at: 'date',
  place: 'place',
  topic: 'topic',
  summary: 'summary',
  nextStep: 'nextStep',
  series: 'eventSeries',
  text: 'newsText',
  contactIds: 'newsChosen',
  language: 'writeIn',
  register: 'register',
};

/** The label of a field path: its most precise known part (`met.date` → "Date"). */
export function fieldLabel(field: string): string {
  const parts = field.split('.').filter((part) => !/^\d+$/.test(part)).reverse();
  const key = parts.map((part) => FIELD_LABELS[part]).find(Boolean);
  return t(key ?? 'fieldGeneric').replace(/\s*\(.*\)$/, '');
}

const RULE_MESSAGES: Record<FieldRule, MessageKey> = {
  type: 'refusedType',
  required: 'refusedRequired',
  tooLong: 'refusedTooLong',
  tooMany: 'refusedTooMany',
  badDate: 'refusedBadDate',
  future: 'refusedFuture',
  tooOld: 'refusedTooOld',
  range: 'refusedRange',
  email: 'refusedEmail',
  duplicate: 'refusedDuplicate',
};

/** A refusal in the user's words, never a browser's or a library's message. */
export function refusalText(refusal: Refusal): string {
  switch (refusal.code) {
    case 'invalid':
      return t(RULE_MESSAGES[refusal.rule], { field: fieldLabel(refusal.field), max: (refusal.max ?? 0).toLocaleString() });
    case 'notFound':
      return t('refusedNotFound');
    case 'undoOver':
      return t('refusedUndoOver');
    case 'profileTaken':
      return t('refusedProfileTaken', { name: isolate(refusal.owner) });
    case 'conflict':
      return t('fieldConflict', { field: refusal.fields.map(fieldLabel).join(', ') });
    case 'unreachable':
      return t('refusedUnreachable');
    case 'badBackup':
      return backupProblemText(refusal.problem);
    case 'storageFailed':
      return t(refusal.full ? 'refusedStorageFull' : 'refusedStorage');
    case 'sync':
      return syncProblemText(refusal.problem);
  }
}

/** Why a backup file cannot be restored, in words, with where (nothing was changed). */
export function backupProblemText(problem: BackupProblem): string {
  switch (problem.kind) {
    case 'notJson':
      return t('backupNotJson');
    case 'notBackup':
      return t('backupNotBackup');
    case 'newer':
      return t('backupNewer', { version: problem.version });
    case 'invalid':
      return t('backupInvalid', { where: problem.where || '—' });
    case 'dangling':
      return t('backupDangling', { where: problem.where });
    case 'tooLarge':
      return t('backupTooLarge', { max: numberFormat(getLanguage(), {}).format(problem.maxBytes / 1e6) });
  }
}

/**
 * A name from a page or a person, isolated (Unicode FSI … PDI) so that its direction cannot
 * reorder the sentence around it.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
