/**
 * The sizes Qonaq refuses files above, kept apart from the code that reads those files (which loads
 * fflate or node modules) so that the screens, which say these limits in sentences, read them cheaply.
 * A sentence takes its figure from here (`megabytes`), never writes it out, so the two cannot differ.
 */

const MEGABYTE = 1024 * 1024;

/** A letterhead template (.docx) as chosen. */
export const TEMPLATE_MAX_BYTES = 2 * MEGABYTE;
/** Sum of a template's entries' unpacked sizes: a letterhead with a few images is far below it. */
export const TEMPLATE_MAX_UNPACKED_BYTES = 20 * MEGABYTE;
/**
 * An archive, both ways. Ten years of a busy office is some tens of megabytes, and signed copies add
 * theirs; an export that would weigh more is refused, so that Qonaq never makes an archive it would
 * refuse to import.
 */
export const ARCHIVE_MAX_BYTES = 200 * MEGABYTE;

/** A limit in bytes as the sentences that state it say it: in whole megabytes. */
export function megabytes(bytes: number): number {
  return Math.round(bytes / MEGABYTE);
}
