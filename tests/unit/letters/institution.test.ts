import { describe, expect, it } from 'vitest';
import {
  LOGO_MAX_BYTES,
  formatOutgoingNumber,
  inspectImage,
  inspectLogo,
  institutionSchema,
  logoSchema,
  outgoingNumberFormatSchema,
} from '../../../src/shared/institution';
import { LOGO_PNG_BASE64, sampleInstitution } from './fixtures';

const format = (over: object) => outgoingNumberFormatSchema.parse(over);

describe('formatOutgoingNumber', () => {
  it.each([
    [{ prefix: 'BƏ-', padding: 4 }, 42, 2026, 'BƏ-0042/2026'],
    [{ prefix: 'BƏ-', padding: 0 }, 42, 2026, 'BƏ-42/2026'],
    [{ prefix: '', padding: 2 }, 1234, 2026, '1234/2026'],
    [{ prefix: 'IR', padding: 3, pattern: '{prefix}/{yy}-{n}' }, 7, 2030, 'IR/30-007'],
    [{ prefix: 'X', pattern: '{n}' }, 9, 2026, '9'],
  ])('%o with %i in %i prints %s', (over, n, year, expected) => {
    expect(formatOutgoingNumber(format(over), n, year)).toBe(expected);
  });

  it('refuses a running number or year that is not one', () => {
    const f = format({});
    expect(() => formatOutgoingNumber(f, 0, 2026)).toThrow(RangeError);
    expect(() => formatOutgoingNumber(f, 1.5, 2026)).toThrow(RangeError);
    expect(() => formatOutgoingNumber(f, 1, 26)).toThrow(RangeError);
  });

  it('refuses a pattern without the running number or with an unknown token', () => {
    expect(outgoingNumberFormatSchema.safeParse({ pattern: '{prefix}/{year}' }).success).toBe(false);
    expect(outgoingNumberFormatSchema.safeParse({ pattern: '{prefix}{n}/{yaer}' }).success).toBe(false);
    expect(outgoingNumberFormatSchema.safeParse({ pattern: '{n}/{year}', padding: 9 }).success).toBe(false);
  });
});

/** The smallest JPEG header that carries a size: start of image, then a baseline start-of-frame segment. */
function jpegHeader(width: number, height: number): Uint8Array {
  const app0 = [0xff, 0xe0, 0x00, 0x04, 0x00, 0x00];
  const sof0 = [
    0xff,
    0xc0,
    0x00,
    0x0b,
    0x08,
    height >> 8,
    height & 0xff,
    width >> 8,
    width & 0xff,
    0x01,
    0x01,
    0x11,
    0x00,
  ];
  return Uint8Array.from([0xff, 0xd8, ...app0, ...sof0, 0xff, 0xd9]);
}

const toBase64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

describe('logo checks', () => {
  it('reads a PNG and a JPEG by their bytes, with their sizes', () => {
    expect(inspectLogo(LOGO_PNG_BASE64)).toEqual({ mime: 'image/png', width: 160, height: 160 });
    expect(inspectImage(jpegHeader(640, 480))).toEqual({ mime: 'image/jpeg', width: 640, height: 480 });
  });

  it('refuses other formats, broken base64 and files over 2 MB', () => {
    expect(inspectImage(Uint8Array.from(Buffer.from('GIF89a....................')))).toBe('notPngOrJpeg');
    expect(inspectImage(Uint8Array.from(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>')))).toBe(
      'notPngOrJpeg',
    );
    expect(inspectLogo('not base64!')).toBe('notBase64');
    const big = new Uint8Array(LOGO_MAX_BYTES + 1);
    big.set(jpegHeader(10, 10));
    expect(inspectImage(big)).toBe('tooLarge');
    expect(inspectLogo(toBase64(big))).toBe('tooLarge');
  });

  it('refuses a logo whose declared type or size is not what its bytes say', () => {
    const good = { mime: 'image/png', data: LOGO_PNG_BASE64, width: 160, height: 160 };
    expect(logoSchema.safeParse(good).success).toBe(true);
    const lies = [
      { ...good, mime: 'image/jpeg' },
      { ...good, width: 10 },
      { ...good, data: toBase64(jpegHeader(160, 160)) },
    ];
    for (const logo of lies) {
      const result = logoSchema.safeParse(logo);
      expect(result.success).toBe(false);
      expect(result.error?.issues.map((i) => i.path.join('.'))).toContain('data');
    }
  });
});

describe('institutionSchema', () => {
  it('fills defaults for what an office has not set up yet', () => {
    const parsed = institutionSchema.parse({
      name: { az: 'Universitet', en: 'University', ru: 'Университет' },
    });
    expect(parsed.logo).toBeNull();
    expect(parsed.signatories).toEqual([]);
    expect(formatOutgoingNumber(parsed.outgoingNumber, 5, 2026)).toBe('5/2026');
  });

  it('requires the name in every language and signatories named in every language', () => {
    expect(
      institutionSchema.safeParse({ name: { az: 'Universitet', en: '', ru: 'Университет' } }).success,
    ).toBe(false);
    const institution = sampleInstitution();
    const signatory = { id: 's', name: { az: 'Ad', en: 'Name', ru: '' }, position: institution.name };
    expect(institutionSchema.safeParse({ ...institution, signatories: [signatory] }).success).toBe(false);
  });
});
