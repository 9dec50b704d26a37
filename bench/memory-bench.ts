import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createHandlers } from '../src/core/api';
import { Store } from '../src/core/store/store';
import { addDays } from '../src/shared/dates';
import { LANGUAGES } from '../src/shared/languages';
import { BULK_ISSUE_CHUNK, type LetterRequest } from '../src/shared/letters';
import { call } from './call';
import { BUSY_DAY, BUSY_WEEK } from './generator';
import { giveMissingTexts } from './give-texts';

/**
 * Peak memory of a core process at one size: it opens the store and serves what a working session
 * asks for (the list, a visit, the busy week, the busy day, the whole letter register, then a bulk
 * issue's chunk of letters in three languages), then reports the high-water mark of its resident
 * memory (VmHWM) in MB as one JSON line.
 */

function highWaterMark(): number {
  const line = readFileSync('/proc/self/status', 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmHWM:'));
  const kb = line ? Number(/(\d+)/.exec(line)?.[1]) : process.resourceUsage().maxRSS;
  return kb / 1024;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { data: { type: 'string' } } });
  if (!values.data) throw new Error('--data is required');
  const before = highWaterMark();
  // Opened as the app opens it: the list first, the visits read in the background.
  const now = () => new Date('2026-11-29T08:00:00Z');
  const store = await Store.open(values.data, { snapshotEveryMs: 0, background: true, now });
  const handlers = createHandlers(store, { version: 'bench', host: { kind: 'browser' }, now });
  const list = await call(handlers, 'visits.list', {});
  const first = list.find((v) => v.arrivalDate >= BUSY_WEEK);
  if (!first) throw new Error('no visits');
  const visit = await call(handlers, 'visits.get', { id: first.id });
  await call(handlers, 'calendar.range', { from: BUSY_WEEK, to: addDays(BUSY_WEEK, 7), visitIds: [] });
  await call(handlers, 'planning.day', { date: BUSY_DAY });
  if (!store.isReady) throw new Error('the visits were not read');
  // The register as its page lists it (every year), then letters issued as the bulk dialog issues them.
  const register = await call(handlers, 'letters.register', {});
  const signatory = store.sharedDoc.institution?.signatories[0];
  if (!signatory) throw new Error('the data set has no signatory');
  // One chunk: the guests of the busy week's visits, in their three languages.
  const wanted = Math.ceil(BULK_ISSUE_CHUNK / LANGUAGES.length);
  const guests = visit.visit.guests.map((guest) => ({ visitId: first.id, guest }));
  for (const other of list.filter((v) => v.arrivalDate >= BUSY_WEEK && v.id !== first.id)) {
    if (guests.length >= wanted) break;
    const { visit: more } = await call(handlers, 'visits.get', { id: other.id });
    guests.push(...more.guests.map((guest) => ({ visitId: other.id, guest })));
  }
  const requests: LetterRequest[] = guests.slice(0, wanted).flatMap(({ visitId, guest }) =>
    LANGUAGES.map((language) => ({
      visitId,
      guestId: guest.id,
      kind: 'visaInvitation' as const,
      language,
      signatoryId: signatory.id,
      addressee: { kind: 'toWhomItMayConcern' as const },
      options: { cities: 'Baku', accommodation: 'Hotel Qafqaz, Baku', costs: [] },
      highlights: [],
    })),
  );
  const missing = [];
  for (const r of requests)
    missing.push(
      ...(
        await call(handlers, 'letters.check', {
          visitId: r.visitId,
          guestId: r.guestId,
          kind: r.kind,
          language: r.language,
        })
      ).missingTexts,
    );
  await giveMissingTexts(handlers, missing);
  const issued = await call(handlers, 'letters.issueMany', { requests: requests.slice(0, BULK_ISSUE_CHUNK) });
  const refused = issued.filter((one) => !one.ok).length;
  if (refused > 0) throw new Error(`${refused} letters refused`);
  const heap = process.memoryUsage().heapUsed / 1024 / 1024;
  await store.close();
  process.stdout.write(
    `${JSON.stringify({ peak: highWaterMark(), start: before, heap, register: register.length, letters: issued.length })}\n`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
