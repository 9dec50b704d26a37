import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../src/core/api';
import { Store } from '../../../src/core/store/store';
import { dispatch } from '../../../src/core/dispatch';
import type { Handlers, MethodInput, MethodName, MethodOutput } from '../../../src/shared/contract';
import type { ItineraryFile } from '../../../src/shared/itinerary';
import { tempDirs } from '../../support/temp-dir';
import { convertWithLibreOffice, skipWithoutLibreOffice } from '../../support/libreoffice';

/**
 * A visit's itineraries made in bulk through the core's API, one guest each in az, en and ru, read
 * back by LibreOffice: each on one page, numbered in its guest's language, the hotel's city in it too, and holding nothing of the others.
 */
const skip = skipWithoutLibreOffice('the LibreOffice itinerary test');

const dirs = tempDirs('qonaq-itinerary-');
let root = '';
let store: Store;
let handlers: Handlers;
let visitId = '';
/** A method called as the page calls it: its input parsed by the contract first. */
async function call<M extends MethodName>(name: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const result = await dispatch(handlers, name, input);
  if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.error)}`);
  return result.value as MethodOutput<M>;
}
const ids: Record<'az' | 'en' | 'ru', string> = { az: '', en: '', ru: '' };

/** Each guest's own item, flight and confirmation: what must appear in theirs and in nobody else's. */
const OWN = {
  az: { name: 'Rəşad Quliyev', item: 'Kitabxana', flight: 'J2 811', confirmation: 'AZ-777' },
  en: { name: 'Jonas WEBER', item: 'Library tour', flight: 'LH 1742', confirmation: 'EN-555' },
  ru: { name: 'Иван Петров', item: 'Лаборатории', flight: 'SU 1854', confirmation: 'RU-333' },
} as const;

beforeAll(async () => {
  root = await dirs.make();
  store = await Store.open(join(root, 'data'), { snapshotEveryMs: 0 });
  handlers = createHandlers(store, { version: '0.0.0-test', host: { kind: 'browser' } });
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
  const hotel = await call('hotels.save', {
    hotel: {
      name: 'Qafqaz Hotel',
      address: '1 Azadlig Avenue',
      city: 'Baku',
      phone: '+994 12 404 00 00',
      lang: 'en',
      translations: {
        az: { name: 'Qafqaz Otel', address: 'Azadlıq pr. 1', city: 'Bakı' },
        ru: { name: 'Отель Кавказ', address: 'пр. Азадлыг, 1', city: 'Баку' },
      },
    },
  });
  const { visit } = await call('visits.create', {
    visit: {
      title: 'Partner universities',
      lang: 'en',
      translations: {
        az: { title: 'Tərəfdaş universitetlər' },
        ru: { title: 'Университеты-партнёры', responsibleOfficer: 'Нигяр Алиева' },
      },
      status: 'confirmed',
      arrivalDate: '2026-05-12',
      departureDate: '2026-05-14',
      responsibleOfficer: 'Nigar Əliyeva',
    },
  });
  visitId = visit.id;
  for (const language of ['az', 'en', 'ru'] as const) {
    const own = OWN[language];
    const [givenNames = '', surname = ''] = language === 'ru' ? ['Ivan', 'Petrov'] : own.name.split(' ');
    const detail = await call('guests.add', {
      visitId,
      guest: {
        category: 'expert',
        givenNames,
        surname,
        ...(language === 'ru' ? { nameCyrillic: own.name } : {}),
        letterLanguage: language,
        arrival: { date: '2026-05-12', time: '09:15', flight: own.flight, airport: 'GYD' },
      },
    });
    const id = detail.visit.guests.at(-1)?.id ?? '';
    ids[language] = id;
    await call('stays.save', {
      visitId,
      stay: {
        guestIds: [id],
        hotelId: hotel.id,
        roomNumber: '40',
        confirmation: own.confirmation,
        checkIn: '2026-05-12',
        checkOut: '2026-05-14',
      },
    });
    await call('programme.save', {
      visitId,
      item: {
        title: OWN.en.item,
        titles: { az: OWN.az.item, en: OWN.en.item, ru: OWN.ru.item },
        lang: 'en',
        startDate: '2026-05-13',
        startTime: '15:00',
        endDate: '2026-05-13',
        endTime: '16:00',
        allGuests: false,
        guestIds: [id],
        // The same item for each guest alone, titled in the guest's own language below.
      },
    });
  }
  await call('programme.save', {
    visitId,
    item: {
      title: 'Meeting the Rector',
      titles: { az: 'Rektorla görüş', en: 'Meeting the Rector', ru: 'Встреча с ректором' },
      lang: 'en',
      startDate: '2026-05-13',
      startTime: '10:00',
      endDate: '2026-05-13',
      endTime: '11:00',
    },
  });
});

afterAll(async () => {
  await store.close();
  await dirs.removeAll();
});

describe.skipIf(skip)('itineraries read back by LibreOffice', () => {
  it('one page per guest, in the guest language, with only their own flight and booking', async () => {
    const results = await call('itinerary.bulk', { visitId, guestIds: [ids.az, ids.en, ids.ru] });
    const files = results.map((r) => {
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      return r.value;
    });
    const paths = await Promise.all(
      files.map(async (f: ItineraryFile, i) => {
        const path = join(root, `itinerary-${i}.docx`);
        await writeFile(path, Buffer.from(f.base64, 'base64'));
        return path;
      }),
    );
    convertWithLibreOffice(paths, { outDir: root, profileRoot: root });

    const expected = {
      az: [
        'Səfər proqramı',
        'Qonaq: Rəşad Quliyev',
        'Tərəfdaş universitetlər',
        'Rektorla görüş',
        'Kitabxana',
        'J2 811 reysi',
        'Mehmanxana',
        'Qafqaz Otel',
        'Azadlıq pr. 1, Bakı',
        'Səhifə 1 / 1',
        'Bronun təsdiq nömrəsi: AZ-777',
        'Təcili əlaqə',
        'Tel.: +994 50 123 45 67',
      ],
      en: [
        'Itinerary',
        'Guest: Jonas WEBER',
        'Partner universities',
        'Meeting the Rector',
        'Library tour',
        'Flight LH 1742',
        'Hotel',
        'Qafqaz Hotel',
        '1 Azadlig Avenue, Baku',
        'Page 1 of 1',
        'Booking confirmation no. EN-555',
        'Emergency contact',
        'Tel. +994 50 123 45 67',
      ],
      ru: [
        'Программа пребывания',
        'Гость: Иван Петров',
        'Университеты-партнёры',
        'Встреча с ректором',
        'Лаборатории',
        'Рейс SU 1854',
        'Гостиница',
        'Отель Кавказ',
        'пр. Азадлыг, 1, Баку',
        'Страница 1 из 1',
        'Номер подтверждения брони: RU-333',
        'Контакт для экстренной связи',
        'Тел.: +994 50 123 45 67',
      ],
    };
    (['az', 'en', 'ru'] as const).forEach((language, i) => {
      const pdf = paths[i]?.replace(/\.docx$/, '.pdf') ?? '';
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      const pages = Number(
        /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1] ?? 0,
      );
      expect(pages, language).toBe(1);
      for (const phrase of expected[language]) expect(text, `${language}: ${text}`).toContain(phrase);
      for (const other of (['az', 'en', 'ru'] as const).filter((l) => l !== language)) {
        for (const leak of [
          OWN[other].flight,
          OWN[other].confirmation,
          OWN[other].name,
          'Petrov',
          'Quliyev',
          'WEBER',
        ].filter((s) => !expected[language].some((e) => e.includes(s))))
          expect(text, `${language} holds ${leak}`).not.toContain(leak);
      }
      if (process.env.QONAQ_SHOTS)
        execFileSync('cp', [pdf, join(process.env.QONAQ_SHOTS, `itinerary-${language}.pdf`)]);
    });
  }, 180_000);
});
