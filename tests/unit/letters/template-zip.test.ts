import { Document, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { verifyTemplate } from '../../../src/core/letters/template-zip';
import { writeZip } from '../shared/zip-writer';

const document = { name: 'word/document.xml', data: Buffer.from('<w:document><w:p/></w:document>') };

describe('verifyTemplate', () => {
  it('accepts a real .docx whose entries unpack to the sizes they claim', async () => {
    const docx = await Packer.toBuffer(
      new Document({ sections: [{ children: [new Paragraph('{{body}}')] }] }),
    );
    expect(verifyTemplate(docx)).toBeNull();
    expect(
      verifyTemplate(writeZip([document, { ...document, name: 'word/styles.xml', stored: true }])),
    ).toBeNull();
  });

  it('stops an entry that unpacks to more than its central directory claims (a lying zip bomb)', () => {
    // 1 MB of zeros claimed as 20 KB: within the 100:1 ratio on paper, about 1000:1 in truth.
    const bomb = writeZip([
      document,
      { name: 'word/media/x.bin', data: Buffer.alloc(1024 * 1024), claimedSize: 20_000 },
    ]);
    expect(verifyTemplate(bomb)).toBe('suspiciousCompression');
  });

  it('refuses an entry that unpacks to less than it claims, and a stored entry whose sizes differ', () => {
    expect(verifyTemplate(writeZip([{ ...document, claimedSize: document.data.length + 5 }]))).toBe(
      'suspiciousCompression',
    );
    expect(verifyTemplate(writeZip([{ ...document, stored: true, claimedSize: 10 }]))).toBe('notZip');
  });

  it('still applies the central-directory checks first', () => {
    expect(verifyTemplate(writeZip([document, { name: '../x', data: Buffer.from('x') }]))).toBe('unsafeName');
  });

  it('checks bytes again once they changed, even in the same buffer it found sound before', async () => {
    const docx = await Packer.toBuffer(
      new Document({ sections: [{ children: [new Paragraph('{{body}}')] }] }),
    );
    expect(verifyTemplate(docx)).toBeNull();
    expect(verifyTemplate(Buffer.from(docx))).toBeNull();
    const bomb = writeZip([
      document,
      { name: 'word/media/x.bin', data: Buffer.alloc(1024 * 1024), claimedSize: 20_000 },
    ]);
    expect(verifyTemplate(bomb)).toBe('suspiciousCompression');
    // The second entry's local header no longer where the central directory says.
    const second = docx.indexOf(Buffer.from([0x50, 0x4b, 0x03, 0x04]), 4);
    docx.writeUInt32LE(0, second);
    expect(verifyTemplate(docx)).toBe('notZip');
  });
});
