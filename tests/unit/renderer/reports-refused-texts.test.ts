import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src/shared/errors';
import { refusedPaths, stillMissing } from '../../../src/renderer/src/reports/refused-texts';
import { programmeItem, storedGuest, storedVisit } from '../../support/builders';

const refusal = (...paths: (string | [string, Record<string, string>])[]) =>
  new AppError(
    'textsMissing',
    { language: 'ru' },
    paths.map((p) => {
      const [path, params] = typeof p === 'string' ? [p, {}] : p;
      return { path, code: 'notInLanguage' as const, params: { language: 'ru', ...params } };
    }),
  );

describe('the texts an export of the report was refused for', () => {
  it('are read from the refusal, with the visit where the path names it', () => {
    expect(
      refusedPaths(refusal('texts.visits.v1.purpose', 'texts.item.i1.title', 'texts.guest.v2.g1.position')),
    ).toEqual([
      { owner: 'visit', id: 'v1', visitId: 'v1', field: 'purpose', path: 'texts.visits.v1.purpose' },
      { owner: 'item', id: 'i1', field: 'title', path: 'texts.item.i1.title' },
      { owner: 'guest', visitId: 'v2', id: 'g1', field: 'position', path: 'texts.guest.v2.g1.position' },
    ]);
    expect(
      refusedPaths(
        refusal(
          ['texts.visit.title', { id: 'v3', visitId: 'v3', original: 'Səfər', from: 'az' }],
          ['texts.item.venue', { id: 'i4', visitId: 'v3', original: 'Zal', from: 'az' }],
          'texts.contact.name',
        ),
      ),
    ).toEqual([
      { owner: 'visit', id: 'v3', visitId: 'v3', field: 'title', path: 'texts.visit.title' },
      { owner: 'item', id: 'i4', visitId: 'v3', field: 'venue', path: 'texts.item.venue' },
      { owner: 'contact', id: '', field: 'name', path: 'texts.contact.name' },
    ]);
    expect(refusedPaths(new AppError('notFound'))).toBeNull();
    expect(refusedPaths(new Error('textsMissing'))).toBeNull();
  });

  it('are shown with the text as typed, from the visits as they now stand, a text given since dropped', () => {
    const visit = storedVisit('v1', {
      title: 'Ankara Universiteti nümayəndə heyətinin səfəri',
      lang: 'az',
      programme: [programmeItem('i1', { title: 'Rektorla görüş' })],
    });
    const other = storedVisit('v2', {
      title: 'Visit of the Sorbonne',
      lang: 'en',
      translations: { ru: { title: 'Визит Сорбонны' } },
      guests: [storedGuest('g1', { givenNames: 'Marie', position: 'Dean' })],
    });
    const refused = refusedPaths(
      refusal(
        'texts.visits.v1.title',
        'texts.visits.v2.title',
        'texts.item.i1.title',
        'texts.guest.g1.position',
        'texts.hotel.h9.name',
      ),
    );
    const { missing, unresolved } = stillMissing(refused ?? [], [visit, other], 'ru');
    expect(missing.map((m) => [m.owner, m.visitId ?? '', m.id, m.field, m.original])).toEqual([
      ['visit', '', 'v1', 'title', 'Ankara Universiteti nümayəndə heyətinin səfəri'],
      ['item', 'v1', 'i1', 'title', 'Rektorla görüş'],
      ['guest', 'v2', 'g1', 'position', 'Dean'],
    ]);
    expect(missing.every((m) => m.language === 'ru')).toBe(true);
    expect(unresolved).toEqual(['texts.hotel.h9.name']);
  });
});
