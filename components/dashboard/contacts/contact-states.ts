import type { ContactState } from '@/core/contacts-table';
import type { MessageKey } from '@/i18n';

/** Where a contact stands, in words: the table's state column and its filter. */
export const STATE_LABELS: Record<ContactState, MessageKey> = { fresh: 'stateFresh', due: 'stateDue', losingTouch: 'stateLosingTouch', noCadence: 'stateNoCadence' };
export const CONTACT_STATES = Object.keys(STATE_LABELS) as ContactState[];
