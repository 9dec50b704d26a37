import {
  AlignmentType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { countryName } from '../../shared/countries';
import type { GuestData } from '../../shared/domain';
import { formatDateNumeric } from '../../shared/dates';
import type { Language } from '../../shared/languages';
import { GRID_BORDERS, TEXT_WIDTH, paragraph, runs, signatureBlock } from './layout';
import { passportName } from './names';
import { fill, letterPhrases } from './phrases';
import { cleanLine, unbreakable } from './sanitize';
import type { VisaInvitationInput } from './types';

const ANNEX_SIZE = 18; // 9 pt: eight columns across A4 portrait
const HEADER_FILL = 'E7ECF4';

/** Column widths in twips, summing to the text width: the name and position take what dates leave. */
const COLUMNS = [
  ['number', 420],
  ['fullName', 1700],
  ['dateOfBirth', 1060],
  // Room for "Мужской"/"Женский" whole at 9 pt with the cell's margins: narrower splits the word.
  ['sex', 1000],
  ['citizenship', 1290],
  ['passportNumber', 1180],
  ['expiryDate', 1360],
  ['position', TEXT_WIDTH - 8010],
] as const;

type Column = (typeof COLUMNS)[number][0];

/** The head first, then the others in the visit's order: the order the embassy is asked to read them in. */
export function delegationMembers(input: VisaInvitationInput): readonly GuestData[] {
  return [input.guest, ...(input.delegation ?? [])];
}

export function hasAnnex(input: VisaInvitationInput): boolean {
  return (input.delegation ?? []).length > 0;
}

function row(language: Language, cells: Record<Column, string>, header: boolean): TableRow {
  return new TableRow({
    cantSplit: true,
    tableHeader: header,
    children: COLUMNS.map(
      ([column, width]) =>
        new TableCell({
          width: { size: width, type: WidthType.DXA },
          margins: { top: 30, bottom: 30, left: 60, right: 60 },
          verticalAlign: VerticalAlignTable.CENTER,
          shading: header ? { fill: HEADER_FILL, color: 'auto', type: 'clear' } : undefined,
          children: [
            new Paragraph({
              children: runs(language, cells[column], { size: ANNEX_SIZE, bold: header }),
              alignment: column === 'number' ? AlignmentType.CENTER : AlignmentType.LEFT,
              spacing: { after: 0 },
            }),
          ],
        }),
    ),
  });
}

/**
 * The annex of a group letter, from a new page: which letter it belongs to, and one row per member
 * with what the embassy matches against each passport. It is signed like the letter, since an annex
 * travels as pages of its own.
 */
export function annexContent(input: VisaInvitationInput): (Paragraph | Table)[] {
  const { language } = input;
  const phrases = letterPhrases(language);
  const p = phrases.visa.annex;
  const members = delegationMembers(input);
  const body = members.map((member, index) => {
    const position = cleanLine(member.position);
    return row(
      language,
      {
        number: String(index + 1),
        fullName: passportName(language, member),
        dateOfBirth: formatDateNumeric(member.dateOfBirth),
        sex: member.gender === '' ? '' : phrases.sex[member.gender],
        citizenship: countryName(language, member.citizenship),
        passportNumber: unbreakable(member.passport.number),
        expiryDate: formatDateNumeric(member.passport.expiryDate),
        position: index === 0 ? fill(p.head, { position }) : position,
      },
      false,
    );
  });
  const table = new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: COLUMNS.map(([, width]) => width),
    layout: TableLayoutType.FIXED,
    borders: GRID_BORDERS,
    rows: [row(language, p.column, true), ...body],
  });
  const reference = fill(p.reference, {
    number: cleanLine(input.number),
    date: formatDateNumeric(input.issueDate),
  });
  return [
    new Paragraph({
      children: runs(language, reference, { size: 20 }),
      alignment: AlignmentType.RIGHT,
      pageBreakBefore: true,
      spacing: { after: 240 },
    }),
    paragraph(language, p.title, { bold: true, size: 24, alignment: AlignmentType.CENTER, after: 200 }),
    table,
    ...signatureBlock(language, input.signatory, ''),
  ];
}
