import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { Document, Packer, Paragraph } from 'docx';
import { createHandlers } from '../src/core/api';
import { dispatch } from '../src/core/dispatch';
import { buildLetter, type LetterInput } from '../src/core/letters-service';
import { provisionalNumber } from '../src/core/register';
import { Store } from '../src/core/store/store';
import { LANGUAGES } from '../src/shared/languages';
import type { LetterRequest } from '../src/shared/letters';
import { timeMedian } from './stats';
import type { Figure } from './table';

/**
 * Letters at one size, in a process of its own: one visa invitation built and packed against the
 * docx library packing a one-line document, then 300 letters (100 guests in three languages) issued
 * through the core's API, each numbered in the register, and written to a folder.
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

  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  const start = performance.now();
  let written = 0;
  for (const { visit, guest } of jobs) {
    for (const language of LANGUAGES) {
      const request = {
        visitId: visit.id,
        guestId: guest.id,
        kind: 'visaInvitation' as const,
        language,
        signatoryId: signatory.id,
        addressee: { kind: 'toWhomItMayConcern' as const },
        options: OPTIONS,
        highlights: [],
      };
      const result = await dispatch(handlers, 'letters.issue', { request });
      if (!result.ok) throw new Error(`letters.issue failed: ${JSON.stringify(result.error)}`);
      const file = result.value as { fileName: string; base64: string };
      await writeFile(join(out, file.fileName), Buffer.from(file.base64, 'base64'));
      written++;
    }
  }
  const bulk = performance.now() - start;
  const entries = store.sharedDoc.register.entries.length;
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
      id: `letters-${size}`,
      label: `${written} letters issued (numbered in a register of ${entries - written}) and written to a folder`,
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
