import { createHash } from 'node:crypto';
import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { addDays } from '../src/shared/dates';
import type { Visit } from '../src/shared/domain';
import type {
  Agreement,
  AgreementKind,
  AgreementProvision,
  AgreementStatus,
  Partner,
  PartnersDoc,
} from '../src/shared/partners';
import { serializeDocument } from '../src/core/store/documents';
import { SCHEMA_VERSION } from '../src/core/store/migrations';
import { partnerTexts } from './pool-texts';
import { PARTNERS, PEOPLE } from './pools';

/**
 * The partners directory of the bench data: one partner per partner name the generator uses (its
 * official name in its own language and script, its names in az/en/ru), each with the agreements of
 * ten years of relations (a first MoU that expired and its renewal, cooperation agreements, an
 * Erasmus+ inter-institutional agreement for partners in programme countries, a Mevlana protocol for
 * Turkish ones, one still under negotiation), and every generated visit linked to its partner.
 * Deterministic: ids and dates follow from the names and the partner's place in `PARTNERS`.
 */

/** "Today" of the benchmarks, which agreements' statuses are as of. */
export const BENCH_TODAY = '2026-11-29';

/** An id as the store would make one: 20 hex digits, here from a name so that it is the same every time. */
const idOf = (name: string) => createHash('sha256').update(name).digest('hex').slice(0, 20);
const stamp = (date: string) => `${date}T09:00:00.000Z`;
/** The day before the same date `years` later: the last day of a term that began on `date`. */
const termEnd = (date: string, years: number) =>
  addDays(`${Number(date.slice(0, 4)) + years}${date.slice(4)}`, -1);

interface Titles {
  az: string;
  en: string;
  ru: string;
}

const years = (from: string, to: string) => (to ? `${from.slice(0, 4)}–${to.slice(0, 4)}` : from.slice(0, 4));

const TITLES: Record<AgreementKind | 'doctoral', (from: string, to: string) => Titles> = {
  mou: (from, to) => ({
    az: `Anlaşma memorandumu (${years(from, to)})`,
    en: `Memorandum of understanding (${years(from, to)})`,
    ru: `Меморандум о взаимопонимании (${years(from, to)})`,
  }),
  cooperation: (from, to) => ({
    az: `Akademik əməkdaşlıq haqqında saziş (${years(from, to)})`,
    en: `Agreement on academic cooperation (${years(from, to)})`,
    ru: `Соглашение об академическом сотрудничестве (${years(from, to)})`,
  }),
  erasmusIia: () => ({
    az: 'Erasmus+ institutlararası saziş, 2021–2027 proqramı',
    en: 'Erasmus+ inter-institutional agreement, 2021–2027 programme',
    ru: 'Межинституциональное соглашение Erasmus+, программа 2021–2027 гг.',
  }),
  mevlana: (from) => ({
    az: `Mövlana mübadilə proqramı üzrə protokol (${from.slice(0, 4)})`,
    en: `Mevlana exchange programme protocol (${from.slice(0, 4)})`,
    ru: `Протокол о программе обмена «Мевляна» (${from.slice(0, 4)})`,
  }),
  orhun: (from) => ({
    az: `Orhun mübadilə proqramı üzrə protokol (${from.slice(0, 4)})`,
    en: `Orhun exchange programme protocol (${from.slice(0, 4)})`,
    ru: `Протокол о программе обмена «Орхун» (${from.slice(0, 4)})`,
  }),
  other: () => ({ az: 'Digər saziş', en: 'Other agreement', ru: 'Иное соглашение' }),
  doctoral: () => ({
    az: 'Birgə doktorantura rəhbərliyi haqqında saziş',
    en: 'Agreement on joint doctoral supervision',
    ru: 'Соглашение о совместном научном руководстве докторантами',
  }),
};

/** Countries whose universities take part in Erasmus+ as programme countries. */
const ERASMUS = new Set(['TR', 'DE', 'FR', 'PL', 'IT', 'EE', 'ES']);
const TURKIC = new Set(['TR', 'KZ', 'UZ']);

const HOST_SIGNATORY = { name: 'Elçin Əliyev', position: 'Beynəlxalq əlaqələr üzrə prorektor' };

interface Term {
  kind: AgreementKind;
  titles: Titles;
  signedDate: string;
  validFrom: string;
  validTo: string;
  status?: AgreementStatus;
  autoRenewal?: boolean;
  provisions: AgreementProvision[];
  units: string[];
}

/** The status of a signed agreement on BENCH_TODAY: expired once its term is over, unless it renews itself. */
const statusOf = (t: Term): AgreementStatus =>
  t.status ?? (t.validTo !== '' && t.validTo < BENCH_TODAY && !t.autoRenewal ? 'expired' : 'signed');

/** The agreements of the i-th partner over the ten years. */
function terms(i: number, country: string): Term[] {
  const list: Term[] = [];
  // A first MoU for five years, early in the decade, and its renewal for five more: the first partner's
  // renewal ends 63 days after BENCH_TODAY, the others' later.
  const first = addDays('2017-02-01', i * 37);
  const firstEnd = termEnd(first, 5);
  const renewal = addDays(firstEnd, 1);
  const mouUnits = ['Beynəlxalq əlaqələr şöbəsi'];
  list.push({
    kind: 'mou',
    titles: TITLES.mou(first, firstEnd),
    signedDate: first,
    validFrom: first,
    validTo: firstEnd,
    provisions: ['staffExchange', 'studentExchange'],
    units: mouUnits,
  });
  list.push({
    kind: 'mou',
    titles: TITLES.mou(renewal, termEnd(renewal, 5)),
    signedDate: addDays(renewal, -21),
    validFrom: renewal,
    validTo: termEnd(renewal, 5),
    autoRenewal: i % 4 === 2,
    provisions: ['staffExchange', 'studentExchange', 'jointResearch'],
    units: mouUnits,
  });
  if (i % 2 === 0) {
    // A cooperation agreement for seven years (five for some): those of seven years ended in 2026.
    const signed = addDays('2019-05-15', i * 10);
    const end = termEnd(signed, i % 4 === 0 ? 7 : 5);
    list.push({
      kind: 'cooperation',
      titles: TITLES.cooperation(signed, end),
      signedDate: signed,
      validFrom: signed,
      validTo: end,
      status: i === 6 ? 'terminated' : undefined,
      provisions: ['jointResearch', 'jointProgrammes'],
      units: ['Mühəndislik fakültəsi', 'Kimya institutu'],
    });
  }
  if (i % 4 === 1) {
    // A new cooperation agreement signed in the bench's last year.
    const signed = addDays('2026-02-10', i * 9);
    list.push({
      kind: 'cooperation',
      titles: TITLES.cooperation(signed, termEnd(signed, 5)),
      signedDate: signed,
      validFrom: signed,
      validTo: termEnd(signed, 5),
      provisions: ['jointProgrammes', 'studentExchange'],
      units: ['İqtisadiyyat fakültəsi'],
    });
  }
  if (ERASMUS.has(country)) {
    list.push({
      kind: 'erasmusIia',
      titles: TITLES.erasmusIia('', ''),
      signedDate: addDays('2021-03-10', i * 5),
      validFrom: '2021-06-01',
      validTo: '2029-05-31',
      provisions: ['staffExchange', 'studentExchange'],
      units: ['Beynəlxalq əlaqələr şöbəsi'],
    });
  }
  if (country === 'TR' || (TURKIC.has(country) && i % 2 === 1)) {
    const kind = country === 'TR' ? 'mevlana' : 'orhun';
    const signed = addDays('2018-04-02', i * 11);
    list.push({
      kind,
      titles: TITLES[kind](signed, ''),
      signedDate: signed,
      validFrom: signed,
      validTo: '',
      provisions: ['studentExchange', 'staffExchange'],
      units: ['Beynəlxalq əlaqələr şöbəsi'],
    });
  }
  if (i % 5 === 3) {
    list.push({
      kind: 'other',
      titles: TITLES.doctoral('', ''),
      signedDate: '',
      validFrom: '',
      validTo: '',
      status: 'negotiation',
      provisions: ['jointResearch'],
      units: ['Kimya institutu'],
    });
  }
  return list;
}

/** The directory and agreements, and each partner's id by its English name (the visits' `partnerName`). */
export function benchPartners(): { doc: PartnersDoc; idByName: Map<string, string> } {
  const partners: Partner[] = [];
  const agreements: Agreement[] = [];
  const idByName = new Map<string, string>();
  PARTNERS.forEach((p, i) => {
    const texts = partnerTexts(p.name);
    const id = idOf(`partner:${p.name}`);
    idByName.set(p.name, id);
    const list = terms(i, p.country);
    const since = list[0]?.signedDate ?? '2017-01-01';
    const head = PEOPLE[p.country]?.[0];
    partners.push({
      id,
      officialName: texts.official,
      names: { az: texts.az, en: p.name, ru: texts.ru },
      shortName: texts.short,
      country: p.country,
      city: p.city,
      kind: texts.kind,
      website: texts.website,
      contacts: head
        ? [
            {
              name: `${head.givenNames} ${head.surname}`,
              position: 'Head of the International Office',
              email: `international@${texts.website.replace(/^www\./, '')}`,
              phone: '',
              language:
                p.country === 'TR' ? 'az' : ['RU', 'KZ', 'UZ', 'BY'].includes(p.country) ? 'ru' : 'en',
            },
          ]
        : [],
      notes: '',
      createdAt: stamp(addDays(since, -30)),
      updatedAt: stamp(addDays(since, -30)),
    });
    list.forEach((t, n) => {
      const status = statusOf(t);
      const made = addDays(t.signedDate || '2026-09-01', -14);
      agreements.push({
        id: idOf(`agreement:${p.name}:${n}`),
        partnerId: id,
        kind: t.kind,
        title: t.titles,
        status,
        signedDate: t.signedDate,
        validFrom: t.validFrom,
        validTo: t.validTo,
        autoRenewal: t.autoRenewal ?? false,
        hostSignatories: t.signedDate ? [HOST_SIGNATORY] : [],
        partnerSignatories:
          t.signedDate && head ? [{ name: `${head.givenNames} ${head.surname}`, position: 'Rector' }] : [],
        units: t.units,
        provisions: t.provisions,
        notes: '',
        createdAt: stamp(made),
        updatedAt: stamp(t.signedDate || made),
      });
    });
  });
  return { doc: { partners, agreements, trash: { partners: [], agreements: [] } }, idByName };
}

/** The visit linked to the partner its `partnerName` names (as the generator writes it), if any. */
export function linkVisit(visit: Visit, idByName: ReadonlyMap<string, string>): Visit {
  const id = idByName.get(visit.partnerName);
  return id === undefined ? visit : { ...visit, partnerIds: [id] };
}

/** Writes a file whole under another name, then puts it in place: the folder's stamp changes with it. */
async function replaceFile(path: string, text: string): Promise<void> {
  await writeFile(`${path}.bench-tmp`, text);
  await rename(`${path}.bench-tmp`, path);
}

/**
 * Gives a generated data folder (`writeDataset`) its partners: writes `partners.json` and links every
 * visit to its partner. Answers how many partners, agreements and linked visits it holds.
 */
export async function writeBenchPartners(
  dir: string,
): Promise<{ partners: number; agreements: number; linked: number }> {
  const { doc, idByName } = benchPartners();
  let linked = 0;
  for (const name of (await readdir(join(dir, 'visits'))).filter((f) => f.endsWith('.json')).sort()) {
    const path = join(dir, 'visits', name);
    const stored = JSON.parse(await readFile(path, 'utf8')) as { visit: Visit };
    const visit = linkVisit(stored.visit, idByName);
    if (visit.partnerIds.length > 0) linked += 1;
    if (visit !== stored.visit) {
      await replaceFile(path, serializeDocument({ ...stored, schemaVersion: SCHEMA_VERSION, visit }));
    }
  }
  await replaceFile(join(dir, 'partners.json'), serializeDocument({ schemaVersion: SCHEMA_VERSION, ...doc }));
  return { partners: doc.partners.length, agreements: doc.agreements.length, linked };
}
