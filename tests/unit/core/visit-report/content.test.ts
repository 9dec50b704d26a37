import { describe, expect, it } from 'vitest';
import { reportContent } from '../../../../src/core/visit-report/content';
import type { Visit } from '../../../../src/shared/domain';
import type { FieldError } from '../../../../src/shared/errors';
import type { Language } from '../../../../src/shared/languages';
import { emptyPartnersDoc, type PartnersDoc } from '../../../../src/shared/partners';
import { textsMissing } from '../../../../src/shared/texts-missing';
import { programmeItem, storedGuest, storedVisit } from '../../../support/builders';

/** A visit written in English, with Russian texts for some of what its report prints. */
function visit() {
  return storedVisit('v1', {
    title: 'Kazan delegation',
    purpose: 'Joint research',
    partnerName: 'Kazan Federal University',
    lang: 'en',
    translations: { ru: { title: 'Делегация Казани', partnerName: 'Казанский федеральный университет' } },
    guests: [
      storedGuest('g1', { givenNames: 'Ivan', surname: 'PETROV', position: 'Dean', lang: 'en' }),
      storedGuest('g2', {
        givenNames: 'Ayşe',
        surname: 'YILDIZ',
        role: 'head',
        position: 'Rector',
        lang: 'en',
        translations: { ru: { position: 'Ректор' } },
      }),
    ],
    programme: [
      programmeItem('p2', {
        type: 'lecture',
        title: 'Lecture',
        startDate: '2026-05-14',
        startTime: '09:00',
        endDate: '2026-05-14',
        endTime: '10:00',
        lang: 'en',
        titles: { az: '', en: 'Lecture', ru: 'Лекция' },
      }),
      programmeItem('p1', {
        type: 'meeting',
        title: 'Meeting',
        venue: 'Senate hall',
        lang: 'en',
        titles: { az: '', en: 'Meeting', ru: 'Встреча' },
      }),
      programmeItem('p3', { type: 'excursion', title: 'Old City tour', lang: 'en' }),
    ],
    report: {
      outcomes: { az: '', en: 'Agreed.', ru: '' },
      agreementIds: [],
      followUps: [
        {
          id: 'f1',
          text: { az: '', en: 'Call', ru: 'Позвонить' },
          owner: '',
          due: '',
          done: false,
          doneAt: '',
        },
        { id: 'f2', text: { az: '', en: 'Write', ru: '' }, owner: '', due: '', done: false, doneAt: '' },
      ],
    },
  });
}

/** The fields of the refusal a report with this content gets. */
function refused(v: Visit, partners: PartnersDoc, language: Language): FieldError[] {
  const { texts, others } = reportContent(v, partners, language);
  return textsMissing(language, texts, others).fields ?? [];
}

describe('reportContent', () => {
  it('lists the meetings, lectures and ceremonies held in time order, and the head of the delegation first', () => {
    const { content } = reportContent(visit(), emptyPartnersDoc(), 'en');
    expect(content.meetings.map((m) => [m.date, m.startTime, m.title])).toEqual([
      ['2026-05-13', '10:00', 'Meeting'],
      ['2026-05-14', '09:00', 'Lecture'],
    ]);
    expect(content.guests.map((g) => [g.name, g.head])).toEqual([
      ['YILDIZ Ayşe', true],
      ['PETROV Ivan', false],
    ]);
    expect(content.partners).toEqual(['Kazan Federal University']);
  });

  it('names every text missing in the language, and none of the excursion or a venue it does not print', () => {
    const missing = refused(visit(), emptyPartnersDoc(), 'ru');
    expect(missing.map((m) => [m.path, m.params?.id])).toEqual([
      ['texts.visit.purpose', 'v1'],
      ['texts.guest.position', 'g1'],
      ['report.outcomes', undefined],
      ['report.followUps.1.text', 'f2'],
    ]);
    expect(missing[1]?.params).toMatchObject({ original: 'Dean', from: 'en', language: 'ru', visitId: 'v1' });
  });

  it('takes the linked partners’ names in the language over the partner as typed, and asks for a missing one', () => {
    const partners = {
      ...emptyPartnersDoc(),
      partners: [
        {
          id: 'kfu',
          officialName: 'Казанский федеральный университет',
          names: { az: 'Kazan Federal Universiteti', en: 'Kazan Federal University', ru: '' },
          shortName: 'KFU',
          country: 'RU' as const,
          city: 'Kazan',
          kind: 'university' as const,
          website: '',
          contacts: [],
          notes: '',
          createdAt: '2026-01-01T00:00:00.000Z',
          updatedAt: '2026-01-01T00:00:00.000Z',
        },
      ],
    };
    const linked = { ...visit(), partnerIds: ['kfu'] };
    expect(reportContent(linked, partners, 'az').content.partners).toEqual(['Kazan Federal Universiteti']);
    const ru = refused(linked, partners, 'ru');
    expect(ru).toContainEqual({
      path: 'partners.name',
      code: 'notInLanguage',
      params: { language: 'ru', id: 'kfu', original: 'Казанский федеральный университет' },
    });
    // The partner as typed on the visit is not printed, so not asked for.
    const unlinkedTyped = { ...linked, translations: {} };
    expect(refused(unlinkedTyped, partners, 'az').map((m) => m.path)).not.toContain(
      'texts.visit.partnerName',
    );
    expect(refused({ ...unlinkedTyped, partnerIds: [] }, partners, 'az').map((m) => m.path)).toContain(
      'texts.visit.partnerName',
    );
  });
});
