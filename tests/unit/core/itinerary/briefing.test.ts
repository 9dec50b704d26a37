import { describe, expect, it } from 'vitest';
import { briefingCard } from '../../../../src/core/itinerary/briefing';
import { briefingDocx } from '../../../../src/core/itinerary/briefing-docx';
import { AppError } from '../../../../src/shared/errors';
import { documentText } from '../../letters/docx-xml';
import { guest, item, visit } from '../print/fixtures';

/** A host's briefing card: who comes to the meeting with their positions, the purpose, the notes. */

const v = visit('v', {
  title: 'Ankara University delegation',
  purpose: 'Joint master programme in chemistry',
  lang: 'en',
  translations: {
    ru: { title: 'Делегация Университета Анкары', purpose: 'Совместная магистратура по химии' },
  },
  guests: [
    guest('g1', 'Ayşe', 'Öztürk', {
      position: 'Dean',
      organisation: 'Faculty of Science',
      lang: 'en',
      translations: { ru: { position: 'Декан', organisation: 'Факультет естественных наук' } },
    }),
    guest('g2', 'Mehmet', 'YILDIRIM', {
      role: 'head',
      position: 'Rector',
      organisation: 'Ankara University',
      lang: 'en',
      nameCyrillic: 'Мехмет Йылдырым',
    }),
    guest('g3', 'Jonas', 'Weber', { position: 'Observer' }),
  ],
  programme: [
    item('m', {
      title: 'Meeting the Rector',
      titles: { az: 'Rektorla görüş', en: 'Meeting the Rector', ru: 'Встреча с ректором' },
      allGuests: false,
      guestIds: ['g1', 'g2'],
      venue: 'Rector’s office',
      hosts: ['Prof. Elçin Babayev'],
      notes: 'Sign the MoU; photographs after.',
    }),
  ],
});

describe("a host's briefing card", () => {
  it('names who comes, the head first, with positions, and leaves out the guests who do not', () => {
    const card = briefingCard(v, 'm', 'en');

    expect(card.guests).toEqual([
      { name: 'Mehmet YILDIRIM', head: true, position: 'Rector', organisation: 'Ankara University' },
      { name: 'Ayşe Öztürk', head: false, position: 'Dean', organisation: 'Faculty of Science' },
    ]);
  });

  it('as .docx in English and Russian', async () => {
    const read = async (language: 'en' | 'ru') =>
      documentText(Buffer.from((await briefingDocx(briefingCard(v, 'm', language), null)).base64, 'base64'));
    const en = await read('en');
    const ru = await read('ru');

    for (const s of [
      'Briefing card: Meeting the Rector',
      '13\u00a0May\u00a02026, 10:00–11:00',
      'Venue: Rector’s office',
      'Hosts: Prof. Elçin Babayev',
      'Who comes',
      'Head of delegation',
      'Dean',
      'Purpose of the visit',
      'Joint master programme in chemistry',
      'Notes',
      'Sign the MoU; photographs after.',
    ])
      expect(en).toContain(s);
    expect(en).not.toContain('Weber');
    for (const s of [
      'Справка для принимающей стороны: Встреча с ректором',
      'Кто придёт',
      'Мехмет Йылдырым',
      'Глава делегации',
      'Декан',
      'Цель визита',
      'Совместная магистратура по химии',
    ])
      expect(ru).toContain(s);
  });

  it('is refused for an item not in the visit', () => {
    expect(() => briefingCard(v, 'nope', 'en')).toThrow(AppError);
  });
});
