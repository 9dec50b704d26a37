import { afterEach, describe, expect, it } from 'vitest';
import { letterCores, visitWithGuest } from './setup';

const cores = letterCores('qonaq-letter-defaults-');
afterEach(() => cores.cleanUp());

describe('letters.defaults', () => {
  it('answers the accommodation of the guest’s stays in each language, hotel, address and dates', async () => {
    const core = await cores.open();
    const ids = await visitWithGuest(core);
    const hotel = await core.ok('hotels.save', {
      hotel: {
        name: 'Qafqaz Otel',
        address: 'Neftçilər prospekti 12, Bakı',
        lang: 'az',
        translations: {
          en: { name: 'Qafqaz Hotel', address: '12 Neftchilar Avenue, Baku' },
          ru: { name: 'Отель «Гафгаз»' },
        },
      },
    });
    await core.ok('stays.save', {
      visitId: ids.visitId,
      stay: { guestIds: [ids.guestId], hotelId: hotel.id, checkIn: '2026-11-24', checkOut: '2026-11-28' },
    });

    const { accommodation } = await core.ok('letters.defaults', ids);

    expect(accommodation.en).toBe('Qafqaz Hotel, 12 Neftchilar Avenue, Baku (24–28\u00a0November\u00a02026)');
    expect(accommodation.az).toMatch(
      /^Qafqaz Otel, Neftçilər prospekti 12, Bakı \(24–28\u00a0noyabr\u00a02026/,
    );
    // No Russian address was given: the line leaves it out rather than print the Azerbaijani one.
    expect(accommodation.ru).toMatch(/^Отель «Гафгаз» \(24–28\u00a0ноября\u00a02026/);
  });

  it('answers empty lines for a guest without stays, and notFound for a guest not on the visit', async () => {
    const core = await cores.open();
    const ids = await visitWithGuest(core);

    expect(await core.ok('letters.defaults', ids)).toEqual({ accommodation: { az: '', en: '', ru: '' } });
    expect((await core.fails('letters.defaults', { visitId: ids.visitId, guestId: 'nobody' })).code).toBe(
      'notFound',
    );
  });
});
