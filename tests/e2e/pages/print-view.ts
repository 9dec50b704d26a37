import { expect, type Locator, type Page } from '@playwright/test';
import type { RunningHost } from '../../support/web-host';

/** A print view (`#/print/...`): its toolbar and the sheet it prints. */
export class PrintView {
  readonly toolbar: Locator;
  readonly sheet: Locator;

  constructor(readonly page: Page) {
    this.toolbar = page.getByTestId('print-toolbar');
    this.sheet = page.getByTestId('print-sheet');
  }

  async open(host: RunningHost, hash: string): Promise<void> {
    await this.page.goto(host.url);
    await expect(this.page.getByTestId('language-switch')).toBeVisible();
    await this.page.goto(`${host.origin}/${hash}`);
    await expect(this.sheet).toBeVisible();
  }

  async chooseLanguage(name: string): Promise<void> {
    await this.page.getByTestId('print-language').click();
    await this.page.getByRole('option', { name, exact: true }).click();
  }

  /** The sheet as printed: A4 as its own CSS sets it, page numbers from its @page margin boxes. */
  async pdf(): Promise<Buffer> {
    await this.page.emulateMedia({ media: 'print' });
    const pdf = await this.page.pdf({ preferCSSPageSize: true, printBackground: true });
    await this.page.emulateMedia({ media: 'screen' });
    return pdf;
  }
}
