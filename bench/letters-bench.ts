import { mkdir, rm } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { Document, Packer, Paragraph } from 'docx';
import { createHandlers } from '../src/core/api';
import { dispatch } from '../src/core/dispatch';
import { decodeFiles, saveFiles } from '../src/core/files';
import { buildLetter, type LetterInput } from '../src/core/letters-service';
import { provisionalNumber } from '../src/core/register';
import { Store } from '../src/core/store/store';
import { LANGUAGES } from '../src/shared/languages';
import { BULK_ISSUE_CHUNK, type IssuedLetter, type LetterRequest } from '../src/shared/letters';
import type { Result } from '../src/shared/errors';
import { timeMedian } from './stats';
import type { Figure } from './table';

/**
 * Letters at one size, in a process of its own: one visa invitation built and packed against the
 * docx library packing a one-line document; one letter issued (numbered, recorded, built) through the
 * core's API; then 300 letters (100 guests in three languages) issued as the bulk issue dialog does,
 * `letters.issueMany` in chunks of BULK_ISSUE_CHUNK, and written to a folder as `files.save` writes them.
 */

const NOW = () => new Date('2026-11-29T08:00:00Z');
const OPTIONS: LetterRequest['options'] = {
  cities: 'Baku and Ganja',
  accommodation: 'Hotel Qafqaz, 12 Neftchilar Avenue, Baku',
  costs: [
    { item: 'accommodation', payer: 'host' },
    { item: 'internationalTravel', payer: 'partner' },
  ],
};

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      data: { type: 'string' },
      size: { type: 'string' },
      out: { type: 'string' },
      runs: { type: 'string', default: '30' },
      letters: { type: 'string', default: '100' },
    },
  });
  const { data: dataDir, out } = values;
  const size = values.size ?? '?';
  if (!dataDir || !out) throw new Error('--data and --out are required');
  const store = await Store.open(dataDir, { snapshotEveryMs: 0, now: NOW });
  const handlers = createHandlers(store, { version: 'bench', host: { kind: 'browser' }, now: NOW });
  const institution = store.sharedDoc.institution;
  const signatory = institution?.signatories[0];
  if (!institution || !signatory) throw new Error('the data set has no institution');
  const upcoming = store
    .listVisits()
    .filter((v) => v.arrivalDate >= '2026-11-29')
    .sort((a, b) => a.arrivalDate.localeCompare(b.arrivalDate) || a.id.localeCompare(b.id));
  const jobs = upcoming
    .flatMap((visit) => visit.guests.map((guest) => ({ visit, guest })))
    .slice(0, Number(values.letters));
  const first = jobs[0];
  if (!first) throw new Error('no upcoming guests');
  const runs = Number(values.runs);

  const input: LetterInput = {
    institution,
    signatory,
    language: 'az',
    number: provisionalNumber(institution.outgoingNumber, '2026-11-29'),
    issueDate: '2026-11-29',
    guest: first.guest,
    visit: first.visit,
    cities: OPTIONS.cities,
    accommodation: OPTIONS.accommodation,
    costs: OPTIONS.costs,
    addressee: { kind: 'toWhomItMayConcern' },
    highlights: [],
  };
  const letter = await timeMedian(() => buildLetter('visaInvitation', input), runs, 3);
  const minimal = await timeMedian(
    () => Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Qonaq')] }] })),
    runs,
    3,
  );

  const request = (visitId: string, guestId: string, language: LetterRequest['language']): LetterRequest => ({
    visitId,
    guestId,
    kind: 'visaInvitation',
    language,
    signatoryId: signatory.id,
    addressee: { kind: 'toWhomItMayConcern' },
    options: OPTIONS,
    highlights: [],
  });
  const single = await timeMedian(
    async () => {
      const result = await dispatch(handlers, 'letters.issue', {
        request: request(first.visit.id, first.guest.id, 'en'),
      });
      if (!result.ok) throw new Error(`letters.issue failed: ${JSON.stringify(result.error)}`);
    },
    Math.max(5, Math.ceil(runs / 3)),
    1,
  );

  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  const requests = jobs.flatMap(({ visit, guest }) =>
    LANGUAGES.map((language) => request(visit.id, guest.id, language)),
  );
  const start = performance.now();
  const files: { name: string; base64: string }[] = [];
  for (let i = 0; i < requests.length; i += BULK_ISSUE_CHUNK) {
    const result = await dispatch(handlers, 'letters.issueMany', {
      requests: requests.slice(i, i + BULK_ISSUE_CHUNK),
    });
    if (!result.ok) throw new Error(`letters.issueMany failed: ${JSON.stringify(result.error)}`);
    for (const one of result.value as Result<IssuedLetter>[]) {
      if (!one.ok) throw new Error(`a letter was refused: ${JSON.stringify(one.error)}`);
      files.push({ name: one.value.fileName, base64: one.value.base64 });
    }
  }
  const { written: names } = await saveFiles(out, decodeFiles(files));
  const bulk = performance.now() - start;
  const written = names.length;
  const entries = (await store.register()).entries.length;
  await store.close();

  const figures: Figure[] = [
    {
      id: `letter-${size}`,
      label: 'One visa letter built and packed',
      size,
      value: letter.median,
      unit: 'ms',
      limitLabel: 'docx packing a one-line document',
      limit: minimal.median,
      target: { under: 10 },
    },
    {
      id: `issue-${size}`,
      label: `One letter issued: numbered, recorded, built (a register of ${entries - written} letters)`,
      size,
      value: single.median,
      unit: 'ms',
      limitLabel: 'one letter built and packed',
      limit: letter.median,
    },
    {
      id: `letters-${size}`,
      label: `${written} letters issued in chunks of ${BULK_ISSUE_CHUNK} (a register of ${entries - written}) and written to a folder`,
      size,
      value: bulk,
      unit: 'ms',
      limitLabel: `${written} × one letter built and packed`,
      limit: letter.median * written,
      target: { under: 4000 },
    },
  ];
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
