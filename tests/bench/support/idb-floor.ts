import type { Worker } from '@playwright/test';

/**
 * The floor of a restore: what Maille's database holds now, replaced by the same records straight
 * through the IndexedDB API, in the extension's service worker — the same database (so the same
 * object stores and indexes), one read-write transaction that clears the six tables and adds every
 * record, as a restore does, without Dexie, without a file to read and check. The records are read
 * before the clock starts; the database holds the same records after. Its time, in ms.
 */
export function replaceStraight(worker: Worker): Promise<number> {
  return worker.evaluate(async () => {
    const done = <T>(request: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const stores = ['contacts', 'interactions', 'events', 'introductions', 'observations', 'news'];
    const db = await done(indexedDB.open('maille'));
    const read = db.transaction(stores, 'readonly');
    const records = await Promise.all(stores.map((store) => done(read.objectStore(store).getAll())));
    const start = performance.now();
    const write = db.transaction(stores, 'readwrite');
    stores.forEach((name, i) => {
      const store = write.objectStore(name);
      store.clear();
      for (const record of records[i]!) store.add(record);
    });
    await new Promise<void>((resolve, reject) => {
      write.oncomplete = () => resolve();
      write.onerror = () => reject(write.error);
      write.onabort = () => reject(write.error);
    });
    const time = performance.now() - start;
    db.close();
    return time;
  });
}
