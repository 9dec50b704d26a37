import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('./electron-fake')).electronFake);

const { pdfPrinter } = await import('../../../src/main/print');

function fakeWindow(pdf: Buffer) {
  return { webContents: { printToPDF: vi.fn(async () => pdf) } };
}

describe('printing the window to PDF', () => {
  it('prints A4 in the asked orientation, letting the page set its size and margins, and answers the bytes', async () => {
    const window = fakeWindow(Buffer.from('%PDF-1.7 schedule'));

    const bytes = await pdfPrinter(() => window)({ landscape: true });

    expect(Buffer.from(bytes).toString()).toBe('%PDF-1.7 schedule');
    expect(window.webContents.printToPDF).toHaveBeenCalledWith(
      expect.objectContaining({
        pageSize: 'A4',
        landscape: true,
        printBackground: true,
        preferCSSPageSize: true,
        displayHeaderFooter: false,
      }),
    );
  });

  it('refuses when there is no window to print', async () => {
    await expect(pdfPrinter(() => undefined)({ landscape: false })).rejects.toThrow('No window to print');
  });
});
