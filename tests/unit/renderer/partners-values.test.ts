import { describe, expect, it } from 'vitest';
import {
  agreementValues,
  fitsAttachmentLimit,
  partnerValues,
  textIn,
  translatedName,
} from '../../../src/renderer/src/partners/partner-values';
import type { Agreement, Partner } from '../../../src/shared/partners';

const STAMP = '2026-01-01T00:00:00.000Z';

describe('a text shown in the UI language', () => {
  it('is the one given in that language', () => {
    expect(textIn({ az: 'Anlaşma memorandumu', en: 'Memorandum', ru: '' }, 'az')).toEqual({
      text: 'Anlaşma memorandumu',
      language: 'az',
    });
  });

  it('falls back to another language, saying which', () => {
    expect(textIn({ az: '', en: '', ru: 'Меморандум о сотрудничестве' }, 'en')).toEqual({
      text: 'Меморандум о сотрудничестве',
      language: 'ru',
    });
    expect(textIn({ az: '  ', en: 'Memorandum', ru: 'Меморандум' }, 'az')).toEqual({
      text: 'Memorandum',
      language: 'en',
    });
  });

  it('is nothing when no language has it', () => {
    expect(textIn({ az: '', en: '', ru: '' }, 'ru')).toBeNull();
  });
});

describe('the name beneath the official one in the directory', () => {
  const ankara = {
    officialName: 'Ankara Üniversitesi',
    names: { az: 'Ankara Universiteti', en: 'Ankara University', ru: '' },
  };

  it('is the name in the UI language when it reads differently', () => {
    expect(translatedName(ankara, 'az')).toBe('Ankara Universiteti');
    expect(translatedName(ankara, 'en')).toBe('Ankara University');
  });

  it('is left out when missing or the same as the official name', () => {
    expect(translatedName(ankara, 'ru')).toBe('');
    expect(
      translatedName(
        { officialName: 'ADA University', names: { az: '', en: 'ADA University', ru: '' } },
        'en',
      ),
    ).toBe('');
  });
});

describe('form values', () => {
  it('a partner opens with its data and none of its bookkeeping, its contacts copied', () => {
    const partner: Partner = {
      id: 'p1',
      officialName: 'Ankara Üniversitesi',
      names: { az: '', en: 'Ankara University', ru: 'Анкарский университет' },
      shortName: 'AÜ',
      country: 'TR',
      city: 'Ankara',
      kind: 'university',
      website: 'ankara.edu.tr',
      contacts: [
        { name: 'Ayşe Yılmaz', position: 'Dean', email: 'ayse@ankara.edu.tr', phone: '', language: 'en' },
      ],
      notes: '',
      createdAt: STAMP,
      updatedAt: STAMP,
    };
    const values = partnerValues(partner);
    expect(values).not.toHaveProperty('id');
    expect(values).not.toHaveProperty('createdAt');
    expect(values.contacts).toEqual(partner.contacts);
    values.contacts.forEach((contact) => (contact.name = 'changed'));
    expect(partner.contacts.map((c) => c.name)).toEqual(['Ayşe Yılmaz']);
  });

  it('an agreement opens without its attachment (kept by the core on save)', () => {
    const agreement: Agreement = {
      id: 'a1',
      partnerId: 'p1',
      kind: 'mou',
      title: { az: '', en: 'MoU', ru: '' },
      status: 'signed',
      signedDate: '2025-03-01',
      validFrom: '2025-03-01',
      validTo: '',
      autoRenewal: true,
      hostSignatories: [{ name: 'Rektor', position: '' }],
      partnerSignatories: [],
      units: ['Faculty of Law'],
      provisions: ['jointResearch'],
      notes: '',
      attachment: {
        fileName: 'mou.pdf',
        sha256: 'a'.repeat(64),
        size: 1000,
        mediaType: 'application/pdf',
        addedAt: STAMP,
      },
      createdAt: STAMP,
      updatedAt: STAMP,
    };
    const values = agreementValues(agreement);
    expect(values).not.toHaveProperty('attachment');
    expect(values).not.toHaveProperty('id');
    expect(values.validTo).toBe('');
    expect(values.units).toEqual(['Faculty of Law']);
  });
});

describe('a file chosen to attach', () => {
  it('is refused past 20 MB, before it is read', () => {
    expect(fitsAttachmentLimit(20 * 1024 * 1024)).toBe(true);
    expect(fitsAttachmentLimit(20 * 1024 * 1024 + 1)).toBe(false);
  });
});
