import type { WebContents } from 'electron';

/** The part of a window printing needs: what it shows. */
export interface PrintableWindow {
  webContents: Pick<WebContents, 'printToPDF'>;
}

/**
 * Prints what the app's window shows (a print view) to PDF. The page lays itself out: its CSS sets
 * A4, the orientation, the margins and the running header and "page 2 of 3" in its margin boxes, so
 * the page's own size is preferred and Chromium adds no header or footer of its own.
 */
export function pdfPrinter(
  getWindow: () => PrintableWindow | undefined,
): (options: { landscape: boolean }) => Promise<Uint8Array> {
  return async ({ landscape }) => {
    const window = getWindow();
    if (!window) throw new Error('No window to print');
    const pdf = await window.webContents.printToPDF({
      pageSize: 'A4',
      landscape,
      printBackground: true,
      preferCSSPageSize: true,
      displayHeaderFooter: false,
      generateDocumentOutline: true,
    });
    return new Uint8Array(pdf);
  };
}
