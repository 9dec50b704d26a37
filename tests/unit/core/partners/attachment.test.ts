import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { baseName, checkedAttachment, mediaTypeOf } from '../../../../src/core/partners/attachment';
import { AppError } from '../../../../src/shared/errors';

const bytes = (...values: number[]) => Uint8Array.from([...values, 0, 0, 0, 0]);

describe('a signed copy is known by its first bytes', () => {
  it('reads PDF, JPEG, PNG and both byte orders of TIFF', async () => {
    expect(mediaTypeOf(await readFile(join(__dirname, '../../../fixtures/signed-mou.pdf')))).toBe(
      'application/pdf',
    );
    expect(mediaTypeOf(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe('image/jpeg');
    expect(mediaTypeOf(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a))).toBe('image/png');
    expect(mediaTypeOf(bytes(0x49, 0x49, 0x2a, 0x00))).toBe('image/tiff');
    expect(mediaTypeOf(bytes(0x4d, 0x4d, 0x00, 0x2a))).toBe('image/tiff');
  });

  it('knows nothing else: a program, a zip (.docx), text, a truncated signature, nothing', () => {
    expect(mediaTypeOf(bytes(0x4d, 0x5a, 0x90, 0x00))).toBeNull(); // MZ
    expect(mediaTypeOf(bytes(0x50, 0x4b, 0x03, 0x04))).toBeNull(); // PK
    expect(mediaTypeOf(new TextEncoder().encode('Memorandum of Understanding'))).toBeNull();
    expect(mediaTypeOf(Uint8Array.from([0x25, 0x50, 0x44]))).toBeNull(); // %PD
    expect(mediaTypeOf(new Uint8Array())).toBeNull();
  });
});

describe('checkedAttachment', () => {
  const refusal = (base64: string) => {
    try {
      checkedAttachment(base64);
    } catch (error) {
      if (error instanceof AppError) return error.toData();
      throw error;
    }
    return null;
  };

  it('refuses what is not base64 as a field, and a file of another kind', () => {
    expect(refusal('not base64!')).toEqual({
      code: 'validation',
      fields: [{ path: 'base64', code: 'invalid' }],
    });
    expect(refusal('TVqQAA==')).toEqual({ code: 'attachmentType' });
  });

  it('keeps only the name of a file sent with its folders', () => {
    expect(baseName('C:\\Users\\office\\MoU.pdf')).toBe('MoU.pdf');
    expect(baseName('/home/office/Müqavilə.pdf')).toBe('Müqavilə.pdf');
    expect(baseName('scans/')).toBe('attachment');
  });
});
