import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import { Document, Packer, Paragraph, type IContext, type IXmlableObject, type Table } from 'docx';
import { zipEntries } from '../../shared/letterhead-template';
import type { Institution } from '../../shared/institution';
import type { Language } from '../../shared/languages';
import { BODY_SIZE, documentStyles, letterhead, PAGE } from './layout';
import { cleanLine } from './sanitize';

/**
 * The .docx package of a letter. Everything but the letter's own text is the same for every letter an
 * institution sends in one language: styles, numbering, settings, theme, fonts, relationships, the
 * letterhead with its logo. That part, the shell, is packed by docx once per institution and language,
 * each of its files deflated once and kept as zip records; a letter then costs its own paragraphs
 * turned into XML, one deflate of `word/document.xml` and the zip records written one after another.
 *
 * The shell is found by the institution's content, not by the object, so every change in Settings (a new
 * logo, name, address, signatory) makes a new shell, and the letter shows it.
 */

const BODY = 'word/document.xml';
const CORE = 'docProps/core.xml';
/** Text of the paragraph the shell holds where a letter's own content goes. */
const BODY_MARKER = 'QONAQ-LETTER-BODY-8d2f61';
/**
 * Shells kept, the least recently used going first: the three languages of the institution, and one
 * more. A logo may weigh 2 MB, which each shell holds.
 */
const SHELLS_KEPT = 4;

export interface LetterDocument {
  language: Language;
  title: string;
  institution: Institution;
  /** Everything below the letterhead: the shell carries the letterhead itself. */
  content: readonly (Paragraph | Table)[];
}

/** A file of the shell as it goes into every letter: its local header and data, and where it is listed. */
interface ZipRecord {
  name: Buffer;
  method: 0 | 8;
  crc: number;
  size: number;
  data: Buffer;
}

interface Shell {
  /** The files in docx's order; the two names stand where the letter's own document and properties go. */
  records: (ZipRecord | typeof BODY | typeof CORE)[];
  /** `word/document.xml` before and after the letter's content: the letterhead, then the page setup. */
  before: string;
  after: string;
  /** `docProps/core.xml`, whose title and dates each letter fills in. */
  core: string;
  /** A document of the same settings without the letterhead: the context docx formats a letter's paragraphs in. */
  context: IContext;
}

interface CachedShell {
  logo: Institution['logo'];
  shell: Promise<Shell>;
}

const shells = new Map<string, CachedShell>();

/** Everything of the institution but its logo and template, and the language: the shell's key. */
function shellKey(institution: Institution, language: Language): string {
  return `${language}\n${JSON.stringify({ ...institution, logo: null, letterheadTemplate: null })}`;
}

function sameLogo(a: Institution['logo'], b: Institution['logo']): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  // The same string object compares at once; a copy of it compares by content.
  return a.data === b.data && a.mime === b.mime && a.width === b.width && a.height === b.height;
}

function shellFor(institution: Institution, language: Language): Promise<Shell> {
  const key = shellKey(institution, language);
  const cached = shells.get(key);
  if (cached && sameLogo(cached.logo, institution.logo)) {
    // Most recently used last, so the oldest is the first to go.
    shells.delete(key);
    shells.set(key, cached);
    return cached.shell;
  }
  const shell = buildShell(institution, language);
  // A copy of the logo's fields: the logo object itself may be changed in place later.
  shells.set(key, { logo: institution.logo ? { ...institution.logo } : null, shell });
  shell.catch(() => {
    if (shells.get(key)?.shell === shell) shells.delete(key);
  });
  while (shells.size > SHELLS_KEPT) {
    const oldest = shells.keys().next().value;
    if (oldest === undefined) break;
    shells.delete(oldest);
  }
  return shell;
}

/** An A4 page with fonts and language set as defaults too, for text the user adds when editing. */
export function letterDocument(
  language: Language,
  institution: Institution,
  title: string,
  children: (Paragraph | Table)[],
): Document {
  return new Document({
    title: cleanLine(title),
    creator: cleanLine(institution.name[language]),
    styles: documentStyles(language, BODY_SIZE),
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
          },
        },
        children,
      },
    ],
  });
}

async function buildShell(institution: Institution, language: Language): Promise<Shell> {
  const doc = letterDocument(language, institution, 'title', [
    ...letterhead(institution, language),
    new Paragraph(BODY_MARKER),
  ]);
  const packed = await Packer.toBuffer(doc);
  const entries = zipEntries(packed);
  if (!entries) throw new Error('docx wrote a package that is not a zip file');
  let document = '';
  let core = '';
  const records: Shell['records'] = [];
  for (const entry of entries) {
    const at = entry.localOffset;
    const start = at + 30 + packed.readUInt16LE(at + 26) + packed.readUInt16LE(at + 28);
    const stored = packed.subarray(start, start + entry.compressedSize);
    const bytes = entry.method === 0 ? Buffer.from(stored) : inflateRawSync(stored);
    if (entry.name === BODY) {
      document = bytes.toString('utf8');
      records.push(BODY);
    } else if (entry.name === CORE) {
      core = bytes.toString('utf8');
      records.push(CORE);
    } else {
      // Images are compressed already: deflating them again costs time and saves nothing.
      records.push(record(entry.name, bytes, entry.name.startsWith('word/media/') ? 0 : 8));
    }
  }
  // The last paragraph: text typed in Settings cannot stand in for it.
  const marker = document.lastIndexOf(BODY_MARKER);
  // The paragraph's start tag, with or without attributes (not `<w:pPr>`).
  const start = Math.max(document.lastIndexOf('<w:p>', marker), document.lastIndexOf('<w:p ', marker));
  const end = document.indexOf('</w:p>', marker);
  if (marker < 0 || start < 0 || end < 0 || !core.includes('<dc:title>'))
    throw new Error('docx wrote a letter shell without its marks');
  return {
    records,
    before: document.slice(0, start),
    after: document.slice(end + '</w:p>'.length),
    core,
    // Not the shell's own document, which holds the decoded logo a second time.
    context: contextOf(letterDocument(language, institution, 'title', [])),
  };
}

function contextOf(doc: Document): IContext {
  return { file: doc, viewWrapper: doc.Document, stack: [] };
}

function record(name: string, bytes: Buffer, method: 0 | 8): ZipRecord {
  return {
    name: Buffer.from(name, 'utf8'),
    method,
    crc: crc32(bytes),
    size: bytes.length,
    data: method === 0 ? bytes : deflateRawSync(bytes),
  };
}

const ESCAPES: Readonly<{ [char: string]: string }> = {
  '&': '&amp;',
  '"': '&quot;',
  "'": '&apos;',
  '<': '&lt;',
  '>': '&gt;',
};

function escapeXml(value: string): string {
  // eslint-disable-next-line no-control-regex -- control characters XML cannot hold are dropped, as docx does.
  return value.replace(/[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g, (char) => ESCAPES[char] ?? '');
}

function escapeValue(value: unknown): string {
  return typeof value === 'string' ? escapeXml(value) : String(value);
}

function attributesOf(attributes: unknown, into: string[]): void {
  if (typeof attributes !== 'object' || attributes === null) return;
  for (const [key, value] of Object.entries(attributes)) into.push(` ${key}="${escapeValue(value)}"`);
}

/**
 * The XML of one object from docx's `prepForXml`, written as docx writes it (without indentation),
 * quirks included: a string among an element's children replaces the child before it.
 */
function xmlOf(data: IXmlableObject): string {
  const name = Object.keys(data)[0];
  const values: unknown = name === undefined ? undefined : data[name];
  const attributes: string[] = [];
  const content: (string | IXmlableObject | undefined)[] = [];
  if (typeof values === 'object') {
    if (values !== null) {
      const { _attr: attr, _cdata: cdata } = values as { _attr?: unknown; _cdata?: unknown };
      if (attr) attributesOf(attr, attributes);
      if (typeof cdata === 'string')
        content.push(`<![CDATA[${cdata.replace(/\]\]>/g, ']]]]><![CDATA[>')}]]>`);
      if (Array.isArray(values)) {
        let text = false;
        content.push('');
        for (const value of values as unknown[]) {
          if (typeof value === 'object' && value !== null) {
            const item = value as IXmlableObject;
            if (Object.keys(item)[0] === '_attr') attributesOf(item._attr, attributes);
            else content.push(item);
          } else {
            content.pop();
            text = true;
            content.push(escapeValue(value));
          }
        }
        if (!text) content.push('');
      }
    }
  } else {
    content.push(escapeValue(values));
  }
  const open = (name ? `<${name}` : '') + attributes.join('');
  if (content.length === 0) return `${open}/>`;
  let inner = '';
  for (const child of content) {
    if (child === undefined) continue;
    inner += typeof child === 'string' ? child : xmlOf(child);
  }
  return name ? `${open}>${inner}</${name}>` : inner;
}

/** The XML docx writes for these paragraphs and tables inside the shell's document. */
function contentXml(content: readonly (Paragraph | Table)[], context: IContext): string {
  let xml = '';
  for (const item of content) {
    const data = item.prepForXml({ ...context, stack: [] });
    if (data) xml += xmlOf(data);
  }
  return xml;
}

/** MS-DOS time and date of a moment, in local time, as zip headers hold them. */
function dosTime(date: Date): { time: number; date: number } {
  return {
    time: (date.getHours() << 11) | (date.getMinutes() << 5) | (date.getSeconds() >> 1),
    date: (Math.max(date.getFullYear() - 1980, 0) << 9) | ((date.getMonth() + 1) << 5) | date.getDate(),
  };
}

/** A zip of these records, each deflated or stored as it says, in this order. */
function zip(records: readonly ZipRecord[], when: Date): Buffer {
  const { time, date } = dosTime(when);
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const r of records) {
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // names are UTF-8
    local.writeUInt16LE(r.method, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(r.crc, 14);
    local.writeUInt32LE(r.data.length, 18);
    local.writeUInt32LE(r.size, 22);
    local.writeUInt16LE(r.name.length, 26);
    local.writeUInt16LE(0, 28);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    local.copy(entry, 6, 4, 30); // version needed up to name length: the same fields in the same order
    entry.writeUInt16LE(0, 30); // extra
    entry.writeUInt16LE(0, 32); // comment
    entry.writeUInt16LE(0, 34); // disk
    entry.writeUInt16LE(0, 36); // internal attributes
    entry.writeUInt32LE(0, 38); // external attributes
    entry.writeUInt32LE(offset, 42);
    chunks.push(local, r.name, r.data);
    central.push(entry, r.name);
    offset += 30 + r.name.length + r.data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(records.length, 8);
  end.writeUInt16LE(records.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, directory, end]);
}

/** The letter's own properties: its title and the moment it was written. */
function coreXml(template: string, title: string, when: Date): string {
  const moment = when.toISOString();
  return template
    .replace(/<dc:title>[^<]*<\/dc:title>/, `<dc:title>${escapeXml(cleanLine(title))}</dc:title>`)
    .replace(/(<dcterms:(?:created|modified) [^>]*>)[^<]*/g, `$1${moment}`);
}

/** A letter's .docx: the institution's shell around the letter's own content. */
export async function packLetter({ language, title, institution, content }: LetterDocument): Promise<Buffer> {
  const shell = await shellFor(institution, language);
  const when = new Date();
  const body = Buffer.from(shell.before + contentXml(content, shell.context) + shell.after, 'utf8');
  const records = shell.records.map((r) => {
    if (r === BODY) return record(BODY, body, 8);
    if (r === CORE) return record(CORE, Buffer.from(coreXml(shell.core, title, when), 'utf8'), 8);
    return r;
  });
  return zip(records, when);
}
