/**
 * Everything the extension stores, as one text: each store of every IndexedDB database,
 * `storage.local` and `storage.session`. Runs inside an extension page, handed to Playwright's or
 * puppeteer's `evaluate`: self-contained, no closure.
 */
export async function everythingStoredInPage(): Promise<string> {
  type Area = { get(keys: null): Promise<Record<string, unknown>> };
  const api = ((globalThis as { browser?: unknown }).browser ?? (globalThis as { chrome?: unknown }).chrome) as { storage: Record<'local' | 'session', Area> };
  const stores: Record<string, unknown> = {};
  for (const { name } of await indexedDB.databases()) {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open(name!);
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    for (const store of db.objectStoreNames) {
      stores[`${name}.${store}`] = await new Promise((resolve) => {
        const all = db.transaction(store).objectStore(store).getAll();
        all.onsuccess = () => resolve(all.result);
      });
    }
    db.close();
  }
  return JSON.stringify({ stores, local: await api.storage.local.get(null), session: await api.storage.session.get(null) });
}
