import { useEffect, useState } from 'preact/hooks';

/**
 * The clock, re-read every `everyMs`: for judgements that change with time alone (a mood that has gone
 * silent turns stale though nothing in storage changes). This re-renders; it does not poll storage.
 */
export function useNow(everyMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
