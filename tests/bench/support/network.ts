import { expect, type Worker } from '@playwright/test';

/**
 * A synthetic network for the benchmark, written straight into the extension's IndexedDB from the
 * service worker (a benchmark fixture, not a path users take): `size` contacts with realistic
 * names, companies, a LinkedIn profile each, 10 interactions each over the past two years, a
 * 91-day cadence, and about `due` of them due now. Replaces whatever the database held.
 */
export async function seedNetwork(worker: Worker, size: number, due = 300): Promise<void> {
  // Created by the first extension page or the worker's first write: waited for, as a state (an
  // open of a database that is not there would create an empty one).
  await expect.poll(() => worker.evaluate(async () => (await indexedDB.databases()).some((d) => d.name === 'maille'))).toBe(true);
  await worker.evaluate(async ({ size, due }) => {
    const FIRST = ['Claire', 'Marc', 'Nadia', 'José', 'Élodie', 'Paul', 'Yusuf', 'Ingrid', 'Mathieu', 'Anaïs', 'Jürgen', 'Sofia', 'Kenji', 'Aurélie', 'Thomas', 'Fatou', 'Lucas', 'Bérénice', 'Olivier', 'Zoë', 'Hugo', 'Camille', 'Nicolas', 'Léa', 'Antoine', 'Chloé', 'Rémi', 'Inès', 'Gaël', 'Manon'];
    const LAST = ['Fontaine', 'Lefebvre', 'Benali', 'García', 'Moreau', 'Girard', 'Öztürk', 'Lindqvist', 'Dubois-Martin', 'Rousseau', 'Müller', 'Marchetti', 'Nakamura', 'Lambert', 'Petit', 'Diallo', 'Bonnet', 'de la Tour', 'Fournier', 'Caron', 'Mercier', 'Blanc', 'Guérin', 'Faure', 'André', 'Roux', 'Vincent', 'Chevalier', 'Morel', 'Laurent'];
    const COMPANIES = ['Lumen Robotics', 'Brume Analytics', 'CNRS', 'Atelier Numérique', 'Kintsugi Labs', 'Filament', 'Carré Conseil', 'Nordwind GmbH', 'Studio Marchetti', 'Axiome'];
    const KINDS = ['email', 'message', 'call', 'meeting', 'lunch', 'event'];
    const DAY = 86_400_000;
    const now = Date.now();
    const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('maille');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => resolve(open.result);
    });
    if (!db.objectStoreNames.contains('contacts')) throw new Error('the database is not created yet: open an extension page first');
    const stores = ['contacts', 'interactions', 'events', 'introductions', 'observations', 'news'];
    const tx = db.transaction(stores, 'readwrite');
    for (const store of stores) tx.objectStore(store).clear();
    const contacts = tx.objectStore('contacts');
    const interactions = tx.objectStore('interactions');
    for (let i = 0; i < size; i++) {
      const first = FIRST[i % FIRST.length]!;
      const last = LAST[Math.floor(i / FIRST.length) % LAST.length]!;
      const name = i < FIRST.length * LAST.length ? `${first} ${last}` : `${first} ${last} ${i}`;
      const slug = `${fold(first)}-${fold(last).replace(/\s+/g, '-')}-${i.toString(16)}`;
      const key = `linkedin:${slug}`;
      const isDue = i % Math.max(1, Math.floor(size / due)) === 0;
      const lastContactAt = now - (isDue ? 100 : 10 + (i % 60)) * DAY;
      contacts.put({
        id: `bench-${i}`, name, nameKey: fold(name), company: COMPANIES[i % COMPANIES.length], title: 'Head of Partnerships',
        headline: `Head of Partnerships at ${COMPANIES[i % COMPANIES.length]}`, emails: i % 3 ? [] : [`${slug}@example.org`], tags: i % 7 ? [] : ['lyon'],
        notes: i % 4 ? '' : 'Met at Mobile Monday Lyon; wants an introduction to a lighting designer. Follow up in March about the pilot.',
        profiles: [{ site: 'linkedin', key, url: `https://www.linkedin.com/in/${slug}/` }], profileKeys: [key],
        cadenceDays: 91, lastContactAt, lastInPersonAt: lastContactAt - 30 * DAY, lunchKey: lastContactAt - 30 * DAY,
        nextDueAt: isDue ? now - (i % 5) * DAY : lastContactAt + 91 * DAY, dueReason: 'reconnect',
        createdAt: now - 700 * DAY, updatedAt: now - 700 * DAY,
      });
      for (let k = 0; k < 10; k++) {
        const at = lastContactAt - k * 60 * DAY;
        interactions.put({ id: `bench-${i}-${k}`, contactId: `bench-${i}`, kind: KINDS[(i + k) % KINDS.length], at, summary: k % 2 ? 'Coffee and news' : '', createdAt: at, updatedAt: at });
      }
    }
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, { size, due });
}

/** A `Connections.csv` of `rows` people, as LinkedIn exports it (notes first, CRLF, a quoted company). */
export function connectionsCsv(rows: number): string {
  const lines = ['Notes:', '"When exporting your connection data, you may notice that some of the email addresses are missing."', '', 'First Name,Last Name,URL,Email Address,Company,Position,Connected On'];
  for (let i = 0; i < rows; i++) lines.push(`Person${i},Lastname${i},https://www.linkedin.com/in/person-${i},${i % 3 ? '' : `p${i}@example.org`},"Company ${i % 500}, SA",Engineer,12 Jan 2024`);
  return lines.join('\r\n');
}
