import { useEffect, useState, type Dispatch, type SetStateAction } from 'react';
import { patchContacts } from '@/core/contacts-table';
import type { Contact } from '@/core/records';
import { useChangeFeed } from '@/components/shared/use-change-feed';
import { db } from '@/storage/db';

/**
 * Every contact, kept current for the contacts table: read once, then only the records a change
 * names are read again. (A live query of the whole table read all 30,000 again on each change —
 * one logged call blocked the page ~0.9 s.) A change too broad to list (an import, a restore), or
 * a change feed that dropped and may have missed some, reads everything again.
 */
export function useAllContacts(): Contact[] | undefined {
  const [contacts, setContacts] = useState<Contact[]>();
  const [reader] = useState(() => contactsReader(setContacts));
  useEffect(() => reader.readAll(), [reader]);
  useChangeFeed((notice) => (!notice || notice.everyone ? reader.readAll() : reader.reread(notice.contactIds)));
  return contacts;
}

function contactsReader(setContacts: Dispatch<SetStateAction<Contact[] | undefined>>) {
  // While everything is being read, a change is not patched in (that read may predate it): it
  // asks for one more read of everything instead.
  let reading = false;
  let again = false;
  const readAll = (): void => {
    if (reading) {
      again = true;
      return;
    }
    reading = true;
    void db.contacts
      .toArray()
      .then(setContacts)
      .finally(() => {
        reading = false;
        if (again) {
          again = false;
          readAll();
        }
      });
  };
  const reread = (ids: readonly string[]): void => {
    if (reading) return readAll();
    if (ids.length === 0) return;
    void db.contacts.bulkGet([...ids]).then((records) => setContacts((current) => current && patchContacts(current, ids, records)));
  };
  return { readAll, reread };
}
