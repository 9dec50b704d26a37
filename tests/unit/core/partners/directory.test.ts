import { describe, expect, it } from 'vitest';
import { listPartners, savePartner, type ListQuery } from '../../../../src/core/partners/directory';
import { renewals } from '../../../../src/core/partners/renewals';
import { AppError } from '../../../../src/shared/errors';
import {
  emptyPartnersDoc,
  partnerInputSchema,
  type Agreement,
  type PartnerInput,
  type PartnersDoc,
} from '../../../../src/shared/partners';
import { storedVisit } from '../../../support/builders';

const STAMP = '2026-11-24T08:00:00.000Z';

function withPartners(inputs: PartnerInput[]): PartnersDoc {
  return inputs.reduce(
    (doc, input) => savePartner(doc, partnerInputSchema.parse(input), undefined, STAMP).doc,
    emptyPartnersDoc(),
  );
}

const everything: ListQuery = { text: '', kind: '', country: '' };

describe('the partners directory', () => {
  const doc = withPartners([
    {
      officialName: 'Ankara Üniversitesi',
      names: { az: '', en: '', ru: 'Анкарский университет' },
      country: 'TR',
    },
    { officialName: 'Çukurova Üniversitesi', country: 'TR' },
    { officialName: 'Cumhuriyet Üniversitesi', country: 'TR' },
    { officialName: 'İnönü Üniversitesi', country: 'TR' },
    { officialName: 'Işık Üniversitesi', country: 'TR' },
    { officialName: 'Ministry of Science and Education', country: 'AZ', kind: 'ministry' },
    { officialName: 'Embassy of Georgia', country: 'GE', kind: 'embassy' },
  ]);
  const names = (text: string) =>
    listPartners(doc, [], { ...everything, text }, '2026-11-24').map((p) => p.officialName);

  it('sorts by name as Azerbaijani does: c before ç, ı before i', () => {
    expect(names('')).toEqual([
      'Ankara Üniversitesi',
      'Cumhuriyet Üniversitesi',
      'Çukurova Üniversitesi',
      'Embassy of Georgia',
      'Işık Üniversitesi',
      'İnönü Üniversitesi',
      'Ministry of Science and Education',
    ]);
  });

  it('finds a partner across scripts, case and diacritics', () => {
    expect(names('ankara')).toEqual(['Ankara Üniversitesi']);
    expect(names('Анкара')).toEqual(['Ankara Üniversitesi']);
    expect(names('ANKARA UNIV')).toEqual(['Ankara Üniversitesi']);
    expect(names('анкарский')).toEqual(['Ankara Üniversitesi']);
    expect(names('cukurova')).toEqual(['Çukurova Üniversitesi']);
    expect(names('inonu')).toEqual(['İnönü Üniversitesi']);
    // By its country's name in any language.
    expect(names('Gürcüstan')).toEqual(['Embassy of Georgia']);
    expect(names('ankara georgia')).toEqual([]);
  });

  it('filters by kind and country', () => {
    const list = (q: Partial<ListQuery>) =>
      listPartners(doc, [], { ...everything, ...q }, '2026-11-24').map((p) => p.officialName);
    expect(list({ kind: 'ministry' })).toEqual(['Ministry of Science and Education']);
    expect(list({ country: 'ge' })).toEqual(['Embassy of Georgia']);
    expect(list({ country: 'TR', text: 'cumhuriyet' })).toEqual(['Cumhuriyet Üniversitesi']);
  });

  it('counts visits and agreements and gives the first end of a signed agreement in force', () => {
    const ankara = doc.partners.find((p) => p.officialName === 'Ankara Üniversitesi');
    if (!ankara) throw new Error('no partner');
    const agreement = (id: string, status: Agreement['status'], validTo: string): Agreement => ({
      id,
      partnerId: ankara.id,
      kind: 'mou',
      title: { az: '', en: `MoU ${id}`, ru: '' },
      status,
      signedDate: status === 'signed' ? '2024-01-10' : '',
      validFrom: '',
      validTo,
      autoRenewal: false,
      hostSignatories: [],
      partnerSignatories: [],
      units: [],
      provisions: [],
      notes: '',
      createdAt: STAMP,
      updatedAt: STAMP,
    });
    const withAgreements: PartnersDoc = {
      ...doc,
      agreements: [
        agreement('a1', 'signed', '2026-01-01'), // ended
        agreement('a2', 'signed', '2027-03-01'),
        agreement('a3', 'signed', '2026-12-31'),
        agreement('a4', 'draft', '2026-12-01'), // not signed
      ],
    };
    const visits = [
      storedVisit('v1', { partnerIds: [ankara.id] }),
      storedVisit('v2', { partnerIds: [ankara.id, 'other'] }),
      storedVisit('v3', { partnerIds: [] }),
    ];

    const [row] = listPartners(withAgreements, visits, { ...everything, text: 'ankara' }, '2026-11-24');

    expect(row).toMatchObject({ visitCount: 2, agreementCount: 4, nextEnd: '2026-12-31' });
    expect(renewals(withAgreements, '2026-11-24', 90).map((r) => [r.agreementId, r.daysLeft])).toEqual([
      ['a3', 37],
    ]);
  });

  it('refuses a second partner of the same name, folded, in the same country, and allows it elsewhere', () => {
    const again = (officialName: string, country: string) => () =>
      savePartner(doc, partnerInputSchema.parse({ officialName, country }), undefined, STAMP);

    for (const name of ['ankara üniversitesi', 'ANKARA  UNIVERSITESI', ' Ankara Universitesi ']) {
      let error: unknown;
      try {
        again(name, 'TR')();
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).fields).toEqual([{ path: 'partner.officialName', code: 'duplicate' }]);
    }
    expect(again('Ankara Üniversitesi', 'US')().result.officialName).toBe('Ankara Üniversitesi');
  });
});

describe('renewals', () => {
  const doc = withPartners([{ officialName: 'Ankara Üniversitesi', country: 'TR' }]);
  const partnerId = doc.partners[0]?.id ?? '';
  const ending = (id: string, validTo: string, status: Agreement['status'] = 'signed'): Agreement => ({
    id,
    partnerId,
    kind: 'mou',
    title: { az: '', en: id, ru: '' },
    status,
    signedDate: '2023-01-01',
    validFrom: '',
    validTo,
    autoRenewal: id === 'late',
    hostSignatories: [],
    partnerSignatories: [],
    units: [],
    provisions: [],
    notes: '',
    createdAt: STAMP,
    updatedAt: STAMP,
  });

  it('lists signed agreements ending within the window, soonest first, with calendar days left', () => {
    const withAgreements: PartnersDoc = {
      ...doc,
      agreements: [
        ending('late', '2027-02-27'), // 90 days after 29 Nov 2026: the last day in
        ending('beyond', '2027-02-28'),
        ending('today', '2026-11-29'),
        ending('past', '2026-11-28'),
        ending('leap', '2026-12-31'),
        ending('draft', '2026-12-01', 'draft'),
        ending('open', ''),
      ],
    };

    const found = renewals(withAgreements, '2026-11-29', 90);

    expect(found.map((r) => [r.agreementId, r.validTo, r.daysLeft, r.autoRenewal])).toEqual([
      ['today', '2026-11-29', 0, false],
      ['leap', '2026-12-31', 32, false],
      ['late', '2027-02-27', 90, true],
    ]);
    expect(found[0]?.partnerName).toBe('Ankara Üniversitesi');
    expect(renewals(withAgreements, '2026-11-29', 1).map((r) => r.agreementId)).toEqual(['today']);
  });
});
