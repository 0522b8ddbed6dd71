/**
 * Maille's contacts as its own IndexedDB holds them, read where the database is (an extension page
 * or the worker: `evaluate(contactsHere, 'count')`), not through the background — a message would
 * wake it, and the test would prove what the message did. Self-contained: `evaluate` sends its text.
 */
export function contactsHere(what: 'count' | 'names'): Promise<number | string[]> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('maille');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const store = open.result.transaction('contacts').objectStore('contacts');
      const request = what === 'count' ? store.count() : store.getAll();
      request.onsuccess = () => {
        open.result.close();
        resolve(what === 'count' ? (request.result as number) : (request.result as { name: string }[]).map((c) => c.name).sort());
      };
    };
  });
}
