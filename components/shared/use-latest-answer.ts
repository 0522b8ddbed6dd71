import { useEffect, useRef, useState } from 'react';

const ASK_AFTER_MS = 120;

/**
 * What `ask` answers for `query`, asked a moment after the last keystroke; only the answer to the
 * latest question counts (an earlier, slower one is dropped). `enabled` false asks nothing.
 */
export function useLatestAnswer<T>(query: string, enabled: boolean, ask: (query: string) => Promise<T[] | null>): T[] {
  const [answer, setAnswer] = useState<T[]>([]);
  const latest = useRef(0);
  const asker = useRef(ask);
  useEffect(() => {
    asker.current = ask;
  });
  useEffect(() => {
    if (!enabled) return;
    const question = ++latest.current;
    const timer = setTimeout(() => {
      void asker.current(query).then((found) => {
        if (question === latest.current && found) setAnswer(found);
      });
    }, ASK_AFTER_MS);
    return () => clearTimeout(timer);
  }, [query, enabled]);
  return answer;
}
