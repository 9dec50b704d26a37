import { callApi } from '../arrange';
import type { RunningHost } from '../../support/web-host';
import { setInstitution } from './print-data';

/**
 * A visit of two guests who share the meeting with the rector and nothing else: Ayşe (letters in
 * Russian) sees the laboratories, flies LH 1742 and sleeps in room 512; Mehmet (letters in English)
 * sees the library, flies TK 334 and sleeps in room 514. Every printed text exists in az, en and ru.
 */
export async function arrangeTwoGuests(
  host: RunningHost,
): Promise<{ visitId: string; ayse: string; mehmet: string }> {
  await setInstitution(host);
  const hotel = await callApi(host, 'hotels.save', {
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
  const { visit } = await callApi(host, 'visits.create', {
    visit: {
      title: 'Ankara University delegation',
      lang: 'en',
      translations: {
        az: { title: 'Ankara Universitetinin nümayəndə heyəti' },
        ru: { title: 'Делегация Университета Анкары', responsibleOfficer: 'Лейла Мамедова' },
      },
      status: 'confirmed',
      arrivalDate: '2026-05-12',
      departureDate: '2026-05-14',
      responsibleOfficer: 'Leyla Məmmədova',
    },
  });
  const add = async (guest: Parameters<typeof callApi<'guests.add'>>[2]['guest']) =>
    (await callApi(host, 'guests.add', { visitId: visit.id, guest })).visit.guests.at(-1)?.id ?? '';
  const ayse = await add({
    category: 'expert',
    givenNames: 'Ayşe',
    surname: 'Öztürk',
    nameCyrillic: 'Айше Озтюрк',
    letterLanguage: 'ru',
    arrival: {
      date: '2026-05-12',
      time: '07:05',
      flight: 'LH 1742',
      airport: 'GYD',
      pickup: { leaveAt: '06:00', driver: 'Vüqar', vehicle: 'Kia 10-AB-123' },
    },
  });
  const mehmet = await add({
    category: 'expert',
    givenNames: 'Mehmet',
    surname: 'YILDIRIM',
    phone: '+90 532 000 11 22',
    letterLanguage: 'en',
    arrival: { date: '2026-05-12', time: '21:40', flight: 'TK 334', airport: 'GYD' },
  });
  for (const [guestId, room, confirmation] of [
    [ayse, '512', 'QF-1001'],
    [mehmet, '514', 'QF-2002'],
  ] as const)
    await callApi(host, 'stays.save', {
      visitId: visit.id,
      stay: {
        guestIds: [guestId],
        hotelId: hotel.id,
        roomNumber: room,
        confirmation,
        checkIn: '2026-05-12',
        checkOut: '2026-05-14',
      },
    });
  const items = [
    {
      titles: { az: 'Rektorla görüş', en: 'Meeting the Rector', ru: 'Встреча с ректором' },
      start: '10:00',
      guests: null,
    },
    {
      titles: { az: 'Laboratoriyalar', en: 'Laboratories', ru: 'Лаборатории' },
      start: '12:00',
      guests: [ayse],
    },
    { titles: { az: 'Kitabxana', en: 'Library tour', ru: 'Библиотека' }, start: '15:00', guests: [mehmet] },
  ];
  for (const it of items)
    await callApi(host, 'programme.save', {
      visitId: visit.id,
      item: {
        type: 'meeting',
        title: it.titles.en,
        titles: it.titles,
        lang: 'en',
        startDate: '2026-05-13',
        startTime: it.start,
        endDate: '2026-05-13',
        endTime: `${String(Number(it.start.slice(0, 2)) + 1)}:00`,
        allGuests: it.guests === null,
        guestIds: it.guests ?? [],
      },
    });
  return { visitId: visit.id, ayse, mehmet };
}
