import { useEffect, useState } from 'react';
import { readStored, watchStored } from '@/messaging/stored';
import { SYNC_SERVER, SYNC_STATUS } from '@/messaging/stored-keys';

export type SyncServer = NonNullable<typeof SYNC_SERVER.fallback>;
export type SyncStatus = typeof SYNC_STATUS.fallback;

/** Whether sync is on (its server) and how it stands, kept current as the background writes them. Undefined while loading. */
export function useSync(): { server: SyncServer | null; status: SyncStatus } | undefined {
  const [server, setServer] = useState<SyncServer | null | undefined>(undefined);
  const [status, setStatus] = useState<SyncStatus>(SYNC_STATUS.fallback);
  useEffect(() => {
    void readStored(SYNC_SERVER).then(setServer);
    void readStored(SYNC_STATUS).then(setStatus);
    const stopServer = watchStored(SYNC_SERVER, setServer);
    const stopStatus = watchStored(SYNC_STATUS, setStatus);
    return () => {
      stopServer();
      stopStatus();
    };
  }, []);
  return server === undefined ? undefined : { server, status };
}
