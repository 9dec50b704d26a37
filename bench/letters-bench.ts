import { mkdir, rm } from 'node:fs/promises';
import { availableParallelism, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { Document, Packer, Paragraph } from 'docx';
import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';
import { createHandlers } from '../src/core/api';
import { dispatch } from '../src/core/dispatch';
import { decodeFiles, saveFiles } from '../src/core/files';
import { buildLetter } from '../src/core/letters-service';
import type { InvitationInput } from '../src/core/letters';
import { provisionalNumber } from '../src/core/register';
import { Store } from '../src/core/store/store';
import { call } from './call';
import { giveMissingTexts } from './give-texts';
import { LANGUAGES } from '../src/shared/languages';
import { BULK_ISSUE_CHUNK, type IssuedLetter, type LetterRequest } from '../src/shared/letters';
import type { Result } from '../src/shared/errors';
import { median, timeMedian, timePair } from './stats';
import type { Figure } from './table';

/**
 * Letters at one size, in a process of its own: one visa invitation built and packed (`buildLetter`, the
 * core's public entry), warm (its letterhead shell cached) and the first after the institution changed,
 * each against a peer that fills the same letter as a template (docxtemplater over PizZip), run by run
 * in the same process; one letter issued (numbered, recorded, built) through the core's API; then 300
 * letters (100 guests in three languages) issued as the bulk issue dialog does, `letters.issueMany` in
 * chunks of BULK_ISSUE_CHUNK, and written to a folder as `files.save` writes them.
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

const TEXT_RUN = /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g;
const unescapeXml = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
const DELIMITERS = { start: '⟦', end: '⟧' };

/**
 * The same letter as a template: the letter's own .docx, where every text run that differs from
 * another guest's letter (of the same layout) is a tag. Filling it with the letter's own texts gives
 * the letter back; that fill (unzip, parse, fill, zip) is what a template engine does for each letter.
 */
function letterTemplate(letter: Buffer, other: Buffer): { template: Buffer; values: Record<string, string> } {
  const zip = new PizZip(letter);
  const xml = zip.file('word/document.xml')?.asText() ?? '';
  const theirs = [...(new PizZip(other).file('word/document.xml')?.asText() ?? '').matchAll(TEXT_RUN)];
  const ours = [...xml.matchAll(TEXT_RUN)];
  if (ours.length !== theirs.length) throw new Error('two letters of different layouts');
  const values: Record<string, string> = {};
  let index = 0;
  const tagged = xml.replace(TEXT_RUN, (run, text: string) => {
    const i = index++;
    if (theirs[i]?.[1] === text) return run;
    values[`f${i}`] = unescapeXml(text);
    return run.replace(`>${text}<`, `>${DELIMITERS.start}f${i}${DELIMITERS.end}<`);
  });
  if (Object.keys(values).length < 5) throw new Error('the template has fewer than five fields');
  zip.file('word/document.xml', tagged);
  return { template: zip.generate({ type: 'nodebuffer', compression: 'DEFLATE' }), values };
}

/** The peer: a letter filled from its template, from bytes in memory to bytes, as docxtemplater does it. */
function fillTemplate(template: Buffer, values: Record<string, string>): Buffer {
  const doc = new Docxtemplater(new PizZip(template), { delimiters: DELIMITERS, paragraphLoop: true });
  doc.render(values);
  return doc.getZip().generate({ type: 'nodebuffer', compression: 'DEFLATE' });
}

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
  // Texts the letters lack in their languages are given first, as the officer would.
  const missing = [];
  for (const { visit, guest } of jobs)
    for (const language of LANGUAGES)
      missing.push(
        ...(
          await call(handlers, 'letters.check', {
            visitId: visit.id,
            guestId: guest.id,
            kind: 'visaInvitation',
            language,
          })
        ).missingTexts,
      );
  await giveMissingTexts(handlers, missing);

  const input: InvitationInput = {
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
  // The template: this letter with every text another guest's letter of the same layout prints otherwise as a tag.
  const built = await buildLetter('visaInvitation', input);
  let other: Buffer | null = null;
  for (const job of jobs.slice(1)) {
    const candidate = await buildLetter('visaInvitation', { ...input, guest: job.guest, visit: job.visit });
    const runsIn = (b: Buffer) =>
      (new PizZip(b).file('word/document.xml')?.asText() ?? '').match(TEXT_RUN)?.length;
    if (runsIn(candidate) === runsIn(built)) {
      other = candidate;
      break;
    }
  }
  if (!other) throw new Error('no two letters of the same layout');
  const { template, values: texts } = letterTemplate(built, other);
  // Filled with this letter's own texts, the template gives this letter's text back.
  const textOf = (b: Buffer) =>
    [...(new PizZip(b).file('word/document.xml')?.asText() ?? '').matchAll(TEXT_RUN)]
      .map((m) => m[1])
      .join('');
  if (textOf(fillTemplate(template, texts)) !== textOf(built))
    throw new Error('the template fills another letter');
  for (let i = 0; i < 3; i++) fillTemplate(template, texts);
  const fields = Object.keys(texts).length;

  // Warm: the shell of this institution and language is cached (the warm-up builds it).
  const letter = await timePair(
    () => buildLetter('visaInvitation', input),
    () => fillTemplate(template, texts),
    runs,
    3,
  );
  // The first letter after a settings change: the institution's phone (printed in the letterhead)
  // changed before each run, outside the clock, so each letter builds its shell anew.
  const afterChange: number[] = [];
  const peerAfterChange: number[] = [];
  const changeRuns = Math.max(5, Math.ceil(runs / 3));
  for (let run = -1; run < changeRuns; run++) {
    const changed = { ...institution, phone: `+994 12 555 ${String(1000 + run + 1)}` };
    await call(handlers, 'institution.update', { institution: changed });
    const now = store.sharedDoc.institution;
    if (!now || now.phone !== changed.phone) throw new Error('the institution did not change');
    let start = performance.now();
    fillTemplate(template, texts);
    const peer = performance.now() - start;
    start = performance.now();
    await buildLetter('visaInvitation', { ...input, institution: now });
    const took = performance.now() - start;
    if (run >= 0) {
      afterChange.push(took);
      peerAfterChange.push(peer);
    }
  }
  await call(handlers, 'institution.update', { institution });
  // The docx library packing a one-line document: a gauge of the machine's state, not a limit.
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

  // The worker threads that build a batch's letters are started by a batch of two, outside the clock.
  const warm = await dispatch(handlers, 'letters.issueMany', {
    requests: LANGUAGES.slice(0, 2).map((language) => request(first.visit.id, first.guest.id, language)),
  });
  if (!warm.ok) throw new Error(`letters.issueMany failed: ${JSON.stringify(warm.error)}`);
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  const requests = jobs.flatMap(({ visit, guest }) =>
    LANGUAGES.map((language) => request(visit.id, guest.id, language)),
  );
  const cpu = process.cpuUsage();
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
  const used = process.cpuUsage(cpu);
  process.stderr.write(
    `[letters bench] ${requests.length} letters ${bulk.toFixed(0)} ms; CPU ${((used.user + used.system) / 1000).toFixed(0)} ms, all threads; load ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} on ${availableParallelism()} cores\n`,
  );
  const written = names.length;
  const entries = (await store.register()).entries.length;
  await store.close();

  const peerLabel = `docxtemplater over PizZip filling the same letter as a template (${fields} fields), in memory, same process`;
  const figures: Figure[] = [
    {
      id: `letter-${size}`,
      label:
        'One visa letter: `buildLetter` called to its .docx bytes in memory; warm (its letterhead shell cached, process warmed up)',
      size,
      value: letter.task,
      unit: 'ms',
      limitLabel: peerLabel,
      limit: letter.limit,
      target: { under: 10 },
    },
    {
      id: `letter-settings-${size}`,
      label:
        'One visa letter, the first after a settings change: `buildLetter` to its bytes, its shell built anew (the change itself, `institution.update`, not timed)',
      size,
      value: median(afterChange),
      unit: 'ms',
      limitLabel: peerLabel,
      limit: median(peerAfterChange),
    },
    {
      id: `docx-gauge-${size}`,
      label: 'Gauge of the machine: docx `Packer.toBuffer` of a one-line document, warm',
      size,
      value: minimal.median,
      unit: 'ms',
    },
    {
      id: `issue-${size}`,
      label: `One letter issued: \`letters.issue\` through dispatch until it resolves (numbered, appended to a register of ${entries - written}, built); warm`,
      size,
      value: single.median,
      unit: 'ms',
      limitLabel: 'one letter built and packed, warm (above)',
      limit: letter.task,
    },
    {
      id: `letters-${size}`,
      label: `${written} letters: from the first \`letters.issueMany\` (chunks of ${BULK_ISSUE_CHUNK}, a register of ${entries - written}, each call's letters built in worker threads on ${availableParallelism()} cores) until the last file is written to a folder (\`files.save\`'s code); one run, threads started by a batch of two before it`,
      size,
      value: bulk,
      unit: 'ms',
      limitLabel: `${written} × one letter built and packed, warm`,
      limit: letter.task * written,
      target: { under: 4000 },
    },
  ];
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
