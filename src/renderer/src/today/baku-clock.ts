import { useEffect, useState } from 'react';
import { bakuTime, todayInBaku } from '../../../shared/dates';

export interface BakuNow {
  date: string;
  time: string;
}

export function bakuNow(now: Date = new Date()): BakuNow {
  return { date: todayInBaku(now), time: bakuTime(now) };
}

// "Now" moves on by the minute; a half-minute tick keeps it within one minute of the wall clock.
const TICK_MS = 30_000;

/** The current Baku date and time, kept current while the page is open. */
export function useBakuClock(): BakuNow {
  const [now, setNow] = useState(bakuNow);
  useEffect(() => {
    const timer = setInterval(() => setNow(bakuNow()), TICK_MS);
    return () => clearInterval(timer);
  }, []);
  return now;
}
