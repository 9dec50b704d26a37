import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ICNS_SIZES, ICO_SIZES, PNG_SIZES } from '../../../scripts/generate-icons';

/** The committed icons, made from resources/icon.svg by `npm run icons`: every size each platform asks for. */
const RESOURCES = join(__dirname, '../../../resources');
const read = (name: string) => readFileSync(join(RESOURCES, name));

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The sizes in an .ico's directory (a width byte of 0 means 256). */
function icoSizes(bytes: Buffer): number[] {
  expect(bytes.readUInt16LE(0)).toBe(0);
  expect(bytes.readUInt16LE(2)).toBe(1);
  const count = bytes.readUInt16LE(4);
  return Array.from({ length: count }, (_, i) => {
    const entry = 6 + i * 16;
    const width = bytes[entry] || 256;
    const height = bytes[entry + 1] || 256;
    expect(height).toBe(width);
    return width;
  });
}

/** The older, non-PNG image types an .icns holds for small sizes: RGB with a separate mask. */
const ICNS_RGB: Record<string, number> = { is32: 16, il32: 32 };
const ICNS_MASKS = new Set(['s8mk', 'l8mk']);

/** The pixel sizes of the images inside an .icns. */
function icnsSizes(bytes: Buffer): number[] {
  expect(bytes.subarray(0, 4).toString('latin1')).toBe('icns');
  expect(bytes.readUInt32BE(4)).toBe(bytes.length);
  const sizes: number[] = [];
  for (let at = 8; at < bytes.length;) {
    const type = bytes.subarray(at, at + 4).toString('latin1');
    const length = bytes.readUInt32BE(at + 4);
    const data = bytes.subarray(at + 8, at + length);
    if (data.subarray(0, 8).equals(PNG_SIGNATURE)) sizes.push(pngSize(data).width);
    else if (type in ICNS_RGB) sizes.push(ICNS_RGB[type] ?? 0);
    else expect(ICNS_MASKS.has(type), type).toBe(true);
    at += length;
  }
  return sizes;
}

describe('the app icon', () => {
  it('has its source SVG beside the generated files', () => {
    const svg = read('icon.svg').toString('utf8');
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 1024 1024"/);
  });

  it.each(PNG_SIZES)('has a %i pixel PNG for Linux, square', (size) => {
    expect(pngSize(read(`icons/${size}x${size}.png`))).toEqual({ width: size, height: size });
  });

  it('has a Windows .ico with every size from 16 to 256', () => {
    expect(icoSizes(read('icon.ico')).sort((a, b) => a - b)).toEqual(ICO_SIZES);
  });

  it('has a macOS .icns up to 1024 pixels', () => {
    expect(new Set(icnsSizes(read('icon.icns')))).toEqual(new Set(ICNS_SIZES));
  });

  it('has a 512 pixel PNG for the window itself', () => {
    expect(pngSize(read('icon.png'))).toEqual({ width: 512, height: 512 });
    expect(existsSync(join(RESOURCES, 'icons', '1024x1024.png'))).toBe(true);
  });
});
