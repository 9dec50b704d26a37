import { useEffect, useState } from 'react';

/** Baku is UTC+4 all year (no summer time), so its wall clock is UTC shifted by four hours. */
const BAKU_OFFSET_MS = 4 * 60 * 60 * 1000;

export interface BakuNow {
  date: string;
  time: string;
}

export function bakuNow(now: Date = new Date()): BakuNow {
  const iso = new Date(now.getTime() + BAKU_OFFSET_MS).toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
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
