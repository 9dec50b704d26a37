import { Document, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import {
  inspectTemplate,
  inspectTemplateBase64,
  TEMPLATE_MAX_BYTES,
  zipEntries,
} from '../../../src/shared/letterhead-template';
import { letterheadTemplateSchema } from '../../../src/shared/letterhead-template-schema';
import { institutionSchema } from '../../../src/shared/institution';
import { writeZip, type ZipEntry } from './zip-writer';

const xml = (text: string) => Buffer.from(`<?xml version="1.0"?><w:document>${text}</w:document>`);
const document: ZipEntry = { name: 'word/document.xml', data: xml('<w:p>{{body}}</w:p>') };
const types: ZipEntry = { name: '[Content_Types].xml', data: xml('<Types/>') };

describe('inspectTemplate', () => {
  it('accepts a real .docx written by the docx library', async () => {
    const docx = await Packer.toBuffer(
      new Document({ sections: [{ children: [new Paragraph('{{body}}')] }] }),
    );
    expect(inspectTemplate(docx)).toBeNull();
    expect(inspectTemplateBase64(docx.toString('base64'))).toBeNull();
  });

  it('reads names and sizes from the central directory', () => {
    const entries = zipEntries(writeZip([types, document]));
    expect(entries?.map((e) => e.name)).toEqual(['[Content_Types].xml', 'word/document.xml']);
    expect(entries?.[1]?.uncompressedSize).toBe(document.data.length);
  });

  const cases: [string, Buffer, string | null][] = [
    ['a minimal zip with word/document.xml', writeZip([types, document]), null],
    ['a stored (uncompressed) document', writeZip([{ ...document, stored: true }]), null],
    ['a PDF', Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n'), 'notZip'],
    ['an empty file', Buffer.alloc(0), 'notZip'],
    [
      'a zip signature with no directory',
      Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(40)]),
      'notZip',
    ],
    [
      'a zip without word/document.xml',
      writeZip([types, { name: 'xl/workbook.xml', data: xml('') }]),
      'noDocument',
    ],
    [
      'a zip bomb entry (10 MB of zeros packed 1000:1)',
      writeZip([document, { name: 'word/media/zeros.bin', data: Buffer.alloc(10 * 1024 * 1024) }]),
      'suspiciousCompression',
    ],
    [
      'an entry claiming more than it packs',
      writeZip([document, { name: 'word/styles.xml', data: xml('<w:styles/>'), claimedSize: 5_000_000 }]),
      'suspiciousCompression',
    ],
    [
      'entries unpacking to more than 20 MB',
      writeZip([
        document,
        { name: 'word/media/a.bin', data: Buffer.alloc(200_000, 7), stored: true, claimedSize: 19_000_000 },
        { name: 'word/media/b.bin', data: Buffer.alloc(200_000, 7), stored: true, claimedSize: 19_000_000 },
      ]),
      'tooLargeUnpacked',
    ],
    [
      'a path-traversal entry name',
      writeZip([document, { name: '../../evil.xml', data: xml('') }]),
      'unsafeName',
    ],
    [
      'a name with .. inside',
      writeZip([document, { name: 'word/../../evil.xml', data: xml('') }]),
      'unsafeName',
    ],
    ['an absolute entry name', writeZip([document, { name: '/etc/passwd', data: xml('') }]), 'unsafeName'],
    [
      'a backslash-rooted entry name',
      writeZip([document, { name: '\\windows\\x', data: xml('') }]),
      'unsafeName',
    ],
    ['a drive-letter entry name', writeZip([document, { name: 'C:/evil.xml', data: xml('') }]), 'unsafeName'],
    ['more than 2 MB', Buffer.concat([writeZip([document]), Buffer.alloc(TEMPLATE_MAX_BYTES)]), 'tooLarge'],
  ];
  it.each(cases)('%s', (_name, bytes, expected) => {
    expect(inspectTemplate(bytes)).toBe(expected);
  });

  it('refuses text that is not base64 and an oversized string before decoding it', () => {
    expect(inspectTemplateBase64('not base64!')).toBe('notBase64');
    expect(inspectTemplateBase64('A'.repeat(4 * 1024 * 1024))).toBe('tooLarge');
  });
});

describe('the stored template', () => {
  const data = writeZip([types, document]).toString('base64');

  it('is checked from its bytes when the institution is read', () => {
    expect(letterheadTemplateSchema.safeParse({ fileName: 'blank.docx', data }).success).toBe(true);
    const bomb = writeZip([document, { name: 'x.bin', data: Buffer.alloc(2_000_000) }]).toString('base64');
    const parsed = letterheadTemplateSchema.safeParse({ fileName: 'blank.docx', data: bomb });
    expect(parsed.error?.issues).toEqual([expect.objectContaining({ path: ['data'], message: 'invalid' })]);
  });

  it('is optional: an institution saved before templates existed still parses', () => {
    const parsed = institutionSchema.parse({
      name: { az: 'Universitet', en: 'University', ru: 'Университет' },
    });
    expect(parsed.letterheadTemplate).toBeUndefined();
  });
});
