import { describe, expect, it } from 'vitest';
import { nameKey, sameOrganisation } from '../../../../src/core/partners/name-key';
import { proposeLinks } from '../../../../src/core/partners/proposals';
import type { Partner } from '../../../../src/shared/partners';
import type { Visit } from '../../../../src/shared/domain';
import { storedVisit } from '../../../support/builders';

/** Sets of names written by hand: every set must read as one organisation. */
const SAME: readonly (readonly string[])[] = [
  [
    'Ankara Üniversitesi',
    'Ankara University',
    'Анкарский университет',
    'Ankara Universiteti',
    'University of Ankara',
    'Университет Анкары',
    'ANKARA ÜNİVERSİTESİ',
  ],
  ['Bakı Dövlət Universiteti', 'Baku State University', 'Бакинский государственный университет'],
  ['Tbilisi State University', 'Тбилисский государственный университет'],
  ['İstanbul Teknik Üniversitesi', 'Istanbul Technical University'],
  ['Embassy of Georgia', 'Georgia Embassy'],
];

/** Pairs written by hand that must not read as one organisation. */
const DIFFERENT: readonly (readonly [string, string])[] = [
  ['Ankara Üniversitesi', 'Ankara Hacı Bayram Veli Üniversitesi'],
  ['Ankara University', 'Ankara Yıldırım Beyazıt University'],
  ['Ankara University', 'Anadolu University'],
  ['Baku State University', 'Baku Engineering University'],
  ['Baku State University', 'Baku University'],
  ['Ankara University', 'Ankara Institute'],
  ['Ministry of Education', 'Ministry of Science'],
  ['Bakı Dövlət Universiteti', 'Azərbaycan Dövlət İqtisad Universiteti'],
  // A limit of the rule: a place spelt differently letter by letter (j and y, c and j) is not one
  // stem, so these come as two proposals and the user links both to one partner.
  ['Azerbaijan Embassy', 'Azərbaycan Səfirliyi'],
];

describe('the rule that reads names as one organisation', () => {
  it.each(SAME.flatMap((set) => set.slice(1).map((other) => [set[0] ?? '', other] as const)))(
    '%s and %s are one',
    (a, b) => {
      expect(sameOrganisation(nameKey(a), nameKey(b))).toBe(true);
      expect(sameOrganisation(nameKey(b), nameKey(a))).toBe(true);
    },
  );

  it.each(DIFFERENT)('%s and %s are not', (a, b) => {
    expect(sameOrganisation(nameKey(a), nameKey(b))).toBe(false);
    expect(sameOrganisation(nameKey(b), nameKey(a))).toBe(false);
  });
});

let n = 0;
function visit(
  partnerName: string,
  partnerCountry: Visit['partnerCountry'] = 'TR',
  more: Partial<Visit> = {},
): Visit {
  n += 1;
  return storedVisit(`visit${String(n).padStart(3, '0')}`, { partnerName, partnerCountry, ...more });
}

/** The groups as sets of names, each sorted, for comparing with a table written by hand. */
const groupsOf = (visits: Visit[], partners: Partner[] = []) =>
  proposeLinks(visits, partners)
    .map((p) => p.names.map((x) => x.name).sort())
    .sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? ''));

describe('partners.proposeLinks', () => {
  it('groups the spellings of one partner across languages and scripts and keeps a namesake apart', () => {
    const visits = [
      visit('Ankara Üniversitesi'),
      visit('Ankara Üniversitesi'),
      visit('Ankara University'),
      visit('Анкарский университет'),
      visit('Ankara Universiteti'),
      visit('Ankara Hacı Bayram Veli Üniversitesi'),
      visit('Baku State University', 'AZ'),
      visit('Bakı Dövlət Universiteti', 'AZ'),
    ];

    expect(groupsOf(visits)).toEqual([
      ['Ankara Hacı Bayram Veli Üniversitesi'],
      ['Ankara Universiteti', 'Ankara University', 'Ankara Üniversitesi', 'Анкарский университет'],
      ['Baku State University', 'Bakı Dövlət Universiteti'],
    ]);
  });

  it('suggests a partner: the spelling used most, names in az, en and ru from names in that language, the country', () => {
    const visits = [
      visit('Ankara Üniversitesi'),
      visit('Ankara Üniversitesi'),
      visit('Ankara University'),
      visit('Анкарский университет'),
      visit('Ankara Universiteti'),
    ];

    const [proposal] = proposeLinks(visits, []);

    expect(proposal?.names).toEqual([
      { name: 'Ankara Üniversitesi', visits: 2 },
      { name: 'Ankara Universiteti', visits: 1 },
      { name: 'Ankara University', visits: 1 },
      { name: 'Анкарский университет', visits: 1 },
    ]);
    expect(proposal?.visitIds).toHaveLength(5);
    expect(proposal?.partnerId).toBeNull();
    expect(proposal?.suggested).toMatchObject({
      officialName: 'Ankara Üniversitesi',
      names: { az: 'Ankara Universiteti', en: 'Ankara University', ru: 'Анкарский университет' },
      country: 'TR',
      kind: 'university',
    });
  });

  it("takes a name in a language from the visits' own translations when no spelling is in it", () => {
    const visits = [
      visit('Ankara University', 'TR', {
        lang: 'en',
        translations: {
          ru: { partnerName: 'Анкарский университет' },
          az: { partnerName: 'Ankara Universiteti' },
        },
      }),
    ];

    expect(proposeLinks(visits, [])[0]?.suggested.names).toEqual({
      az: 'Ankara Universiteti',
      en: 'Ankara University',
      ru: 'Анкарский университет',
    });
  });

  it('never groups names of two countries; a name without a country joins the one country it matches', () => {
    const visits = [
      visit('Ankara University', 'TR'),
      visit('Ankara Üniversitesi', 'TR'),
      visit('Ankara University', 'US'),
      visit('Baku State University', 'AZ'),
      visit('Бакинский государственный университет', ''),
    ];

    expect(proposeLinks(visits, []).map((p) => [p.country, p.names.map((x) => x.name).sort()])).toEqual([
      ['TR', ['Ankara University', 'Ankara Üniversitesi']],
      ['AZ', ['Baku State University', 'Бакинский государственный университет']],
      ['US', ['Ankara University']],
    ]);
  });

  it('keeps a name without a country apart when it matches names in two countries', () => {
    const visits = [
      visit('Ankara University', 'TR'),
      visit('Ankara University', 'US'),
      visit('Ankara Üniversitesi', ''),
    ];

    expect(proposeLinks(visits, []).map((p) => p.names.map((x) => x.name))).toContainEqual([
      'Ankara Üniversitesi',
    ]);
  });

  it('names the partner already in the directory that the names match, and leaves out visits already linked', () => {
    const partner: Partner = {
      id: 'p1',
      officialName: 'Ankara Üniversitesi',
      names: { az: '', en: 'Ankara University', ru: '' },
      shortName: '',
      country: 'TR',
      city: 'Ankara',
      kind: 'university',
      website: '',
      contacts: [],
      notes: '',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    };
    const visits = [
      visit('Анкарский университет'),
      visit('Ankara University', 'TR', { partnerIds: ['p1'] }),
      visit(''),
    ];

    const proposals = proposeLinks(visits, [partner]);

    expect(proposals).toHaveLength(1);
    expect(proposals[0]?.partnerId).toBe('p1');
    expect(proposals[0]?.visitIds).toEqual([visits[0]?.id]);
  });

  it('gives one set of names the same key every time', () => {
    const visits = [visit('Ankara University'), visit('Ankara Üniversitesi')];
    expect(proposeLinks(visits, [])[0]?.key).toBe(proposeLinks([...visits].reverse(), [])[0]?.key);
  });
});
