import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../../src/core/store/store';
import type { Language } from '../../../src/shared/languages';
import { tempDirs } from '../../support/temp-dir';
import { addPartnerAndAgreement, reportCore } from '../../support/visit-report';
import { convertWithLibreOffice, skipWithoutLibreOffice } from '../../support/libreoffice';

/**
 * A visit's report made through the core's API in az, en and ru, read back by LibreOffice: the
 * headings, the people and the follow-ups in the document's language, the names as in the passport,
 * nothing of another language; and refused, naming what lacks, while a text is not written in it.
 */
const skip = skipWithoutLibreOffice('the LibreOffice visit report test');

const dirs = tempDirs('qonaq-visit-report-');
let root = '';
let store: Store;
let core: Awaited<ReturnType<typeof reportCore>>;
let visitId = '';
let guestId = '';

/** What each language's report holds, written out by hand; and its words no other report may hold. */
const EXPECTED: Record<Language, { has: string[]; own: string[] }> = {
  az: {
    has: [
      'Səfər haqqında hesabat',
      'Ankara ilə əməkdaşlıq',
      'Tarixlər: 10–12 may 2026-cı il',
      'Tərəfdaş: Ankara Universiteti',
      'Səfərin məqsədi',
      'İştirakçılar',
      "O'CONNOR-ŞAHİN Aoife",
      'Nümayəndə heyətinin rəhbəri',
      'Prorektor',
      'Keçirilmiş görüşlər',
      'Rektorla görüş',
      '11 may 2026-cı il',
      '10:00–11:00',
      'Rektor',
      'Nəticələr',
      'İki birgə magistr proqramı razılaşdırıldı.',
      'Sazişlər',
      'Anlaşma memorandumu, 11 may 2026-cı il imzalanıb',
      'Növbəti addımlar',
      'Memorandumun layihəsini göndərmək',
      'Nigar Əliyeva',
      '1 iyun 2026-cı il',
      'İcra olunub',
      'İcrada',
    ],
    own: [
      'Rektorla görüş',
      'İki birgə magistr',
      'Memorandumun layihəsini',
      'Prorektor',
      'Anlaşma memorandumu',
    ],
  },
  en: {
    has: [
      'Visit report',
      'Cooperation with Ankara',
      'Dates: 10–12 May 2026',
      'Partner: Ankara University',
      'Purpose of the visit',
      'Participants',
      "O'CONNOR-ŞAHİN Aoife",
      'Head of the delegation',
      'Vice-Rector',
      'Meetings held',
      'Meeting the Rector',
      '11 May 2026',
      'Outcomes',
      'Two joint master’s programmes agreed.',
      'Agreements',
      'Memorandum of Understanding, signed on 11 May 2026',
      'Follow-ups',
      'Send the draft memorandum',
      '1 June 2026',
      'Done',
      'Open',
    ],
    own: [
      'Meeting the Rector',
      'Two joint master',
      'Send the draft',
      'Vice-Rector',
      'Memorandum of Understanding',
    ],
  },
  ru: {
    has: [
      'Отчёт о визите',
      'Сотрудничество с Анкарой',
      'Даты: 10–12 мая 2026 г.',
      'Партнёр: Анкарский университет',
      'Цель визита',
      'Участники',
      "O'CONNOR-ŞAHİN Aoife",
      'Глава делегации',
      'Проректор',
      'Проведённые встречи',
      'Встреча с ректором',
      '11 мая 2026 г.',
      'Итоги',
      'Согласованы две совместные магистерские программы.',
      'Соглашения',
      'Меморандум о взаимопонимании, подписано 11 мая 2026 г.',
      'Дальнейшие шаги',
      'Направить проект меморандума',
      '1 июня 2026 г.',
      'Выполнено',
      'В работе',
    ],
    own: ['Встреча с ректором', 'Согласованы две', 'Направить проект', 'Проректор', 'Меморандум о'],
  },
};

beforeAll(async () => {
  root = await dirs.make();
  core = await reportCore(root);
  store = core.store;
  const { call } = core;
  await call('institution.update', {
    institution: {
      name: {
        az: 'Bakı Dövlət Universiteti',
        en: 'Baku State University',
        ru: 'Бакинский государственный университет',
      },
      address: {
        az: 'Z. Xəlilov küç. 33, Bakı',
        en: '33 Z. Khalilov St, Baku',
        ru: 'ул. З. Халилова 33, Баку',
      },
      phone: '+994 12 539 05 35',
      email: 'protocol@bsu.edu.az',
      verificationContact: { name: 'Nigar Əliyeva', phone: '+994 50 123 45 67', email: 'nigar@bsu.edu.az' },
    },
  });
  await addPartnerAndAgreement(
    store,
    {
      id: 'ankara',
      officialName: 'Ankara Üniversitesi',
      names: { az: 'Ankara Universiteti', en: 'Ankara University', ru: 'Анкарский университет' },
    },
    {
      id: 'ankaramou',
      title: {
        az: 'Anlaşma memorandumu',
        en: 'Memorandum of Understanding',
        ru: 'Меморандум о взаимопонимании',
      },
      signedDate: '2026-05-11',
    },
  );
  const { visit } = await call('visits.create', {
    visit: {
      title: 'Cooperation with Ankara',
      purpose: 'Joint master’s programmes',
      lang: 'en',
      translations: {
        az: { title: 'Ankara ilə əməkdaşlıq', purpose: 'Birgə magistr proqramları' },
        ru: { title: 'Сотрудничество с Анкарой', purpose: 'Совместные магистерские программы' },
      },
      status: 'confirmed',
      arrivalDate: '2026-05-10',
      departureDate: '2026-05-12',
      partnerIds: ['ankara'],
    },
  });
  visitId = visit.id;
  const added = await call('guests.add', {
    visitId,
    guest: {
      category: 'delegationMember',
      role: 'head',
      givenNames: 'Aoife',
      surname: "O'CONNOR-ŞAHİN",
      position: 'Vice-Rector',
      organisation: 'Ankara University',
      lang: 'en',
      translations: {
        az: { position: 'Prorektor', organisation: 'Ankara Universiteti' },
        ru: { position: 'Проректор', organisation: 'Анкарский университет' },
      },
    },
  });
  guestId = added.visit.guests[0]?.id ?? '';
  await call('programme.save', {
    visitId,
    item: {
      type: 'meeting',
      title: 'Meeting the Rector',
      titles: { az: 'Rektorla görüş', en: 'Meeting the Rector', ru: 'Встреча с ректором' },
      hosts: ['Rector'],
      lang: 'en',
      translations: { az: { hosts: 'Rektor' }, ru: { hosts: 'Ректор' } },
      startDate: '2026-05-11',
      startTime: '10:00',
      endDate: '2026-05-11',
      endTime: '11:00',
    },
  });
  await call('visitReport.save', {
    visitId,
    report: {
      outcomes: {
        az: 'İki birgə magistr proqramı razılaşdırıldı.',
        en: 'Two joint master’s programmes agreed.',
        ru: 'Согласованы две совместные магистерские программы.',
      },
      agreementIds: ['ankaramou'],
      followUps: [
        {
          text: {
            az: 'Memorandumun layihəsini göndərmək',
            en: 'Send the draft memorandum',
            ru: 'Направить проект меморандума',
          },
          owner: 'Nigar Əliyeva',
          due: '2026-06-01',
        },
        {
          text: { az: 'Tarixləri razılaşdırmaq', en: 'Agree the dates', ru: 'Согласовать даты' },
          done: true,
        },
      ],
    },
  });
});

afterAll(async () => {
  await store.close();
  await dirs.removeAll();
});

const INSTITUTION: Record<Language, string> = {
  az: 'Bakı Dövlət Universiteti',
  en: 'Baku State University',
  ru: 'Бакинский государственный университет',
};

const flat = (s: string) => s.replace(/\u00a0/g, ' ').replace(/\u2011/g, '-');

describe.skipIf(skip)('a visit report read back by LibreOffice', () => {
  it('prints each language’s own texts, the passport name as stored, nothing of another language', async () => {
    const languages = ['az', 'en', 'ru'] as const;
    const paths: string[] = [];
    for (const language of languages) {
      const file = await core.call('visitReport.docx', { visitId, language });
      expect(file.fileName.endsWith(`${language.toUpperCase()}.docx`)).toBe(true);
      const path = join(root, `report-${language}.docx`);
      await writeFile(path, Buffer.from(file.base64, 'base64'));
      paths.push(path);
    }
    convertWithLibreOffice(paths, { outDir: root, profileRoot: root });
    languages.forEach((language, i) => {
      const pdf = paths[i]?.replace(/\.docx$/, '.pdf') ?? '';
      // Without -layout: a table cell's words read in order, not interleaved with the next cell's.
      const text = flat(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })).replace(
        /\s*\n\s*/g,
        ' ',
      );
      for (const phrase of EXPECTED[language].has) expect(text, `${language}: ${text}`).toContain(phrase);
      expect(text).toContain(INSTITUTION[language]);
      for (const other of languages.filter((l) => l !== language))
        for (const leak of EXPECTED[other].own) expect(text, `${language} holds ${leak}`).not.toContain(leak);
      expect(text, 'never case-mapped').not.toMatch(/O'Connor|O'CONNOR-ŞAHIN|o'connor/);
      if (process.env.QONAQ_SHOTS)
        execFileSync('cp', [pdf, join(process.env.QONAQ_SHOTS, `visit-report-${language}.pdf`)]);
    });
  }, 180_000);

  it('is refused while a text it prints is not in its language, naming each', async () => {
    await core.call('guests.update', {
      visitId,
      guestId,
      guest: {
        category: 'delegationMember',
        role: 'head',
        givenNames: 'Aoife',
        surname: "O'CONNOR-ŞAHİN",
        position: 'Vice-Rector',
        organisation: 'Ankara University',
        lang: 'en',
        translations: {
          az: { position: 'Prorektor', organisation: 'Ankara Universiteti' },
          ru: { organisation: 'Анкарский университет' },
        },
      },
    });
    const report = (await core.call('visits.get', { id: visitId })).visit.report;
    await core.call('visitReport.save', {
      visitId,
      report: {
        outcomes: { en: 'Two joint master’s programmes agreed.' },
        agreementIds: ['ankaramou'],
        followUps: (report?.followUps ?? []).map(({ doneAt: _doneAt, ...f }, i) => ({
          ...f,
          text: i === 1 ? { en: 'Agree the dates' } : f.text,
        })),
      },
    });
    const error = await core.refusal('visitReport.docx', { visitId, language: 'ru' });
    expect(error.code).toBe('textsMissing');
    expect(error.fields?.map((f) => f.path)).toEqual([
      'texts.guest.position',
      'report.outcomes',
      'report.followUps.1.text',
    ]);
    expect(error.fields?.[0]).toMatchObject({
      code: 'notInLanguage',
      params: { language: 'ru', id: guestId, visitId, original: 'Vice-Rector', from: 'en' },
    });
    // In English, everything is there.
    await expect(core.call('visitReport.docx', { visitId, language: 'en' })).resolves.toHaveProperty(
      'fileName',
    );
  });
});
