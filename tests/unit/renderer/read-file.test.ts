import { describe, expect, it } from 'vitest';
import { fileToBase64 } from '../../../src/renderer/src/read-file';

/** Every file the officer chooses is read to base64 the one way. */
describe('a chosen file as base64', () => {
  it('encodes its bytes, whatever they are', async () => {
    expect(await fileToBase64(new Blob([new Uint8Array([0, 1, 2, 255])]))).toBe('AAEC/w==');
    expect(await fileToBase64(new Blob(['Qonaq']))).toBe('UW9uYXE=');
    expect(await fileToBase64(new Blob([]))).toBe('');
  });

  it('reads a file larger than one slice of the encoder', async () => {
    const bytes = new Uint8Array(0x8000 * 2 + 3).fill(0x41);
    const base64 = await fileToBase64(new Blob([bytes]));
    // 65 539 bytes: 21 846 groups of three (QUFB each) and one byte left (QQ==).
    expect(base64).toBe(`${'QUFB'.repeat(21846)}QQ==`);
  });
});
