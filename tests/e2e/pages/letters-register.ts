import { expect, type Locator, type Page } from '@playwright/test';

/** The letter register page, in Azerbaijani. */
export class RegisterPage {
  readonly table: Locator;
  readonly rows: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByRole('table', { name: 'Çıxan məktublar' });
    this.rows = this.table.getByRole('row').filter({ has: page.getByRole('cell') });
  }

  async open(): Promise<void> {
    await this.page.getByRole('link', { name: 'Məktublar reyestri' }).click();
    await expect(this.page.getByRole('heading', { name: 'Məktublar reyestri' })).toBeVisible();
  }

  row(number: string): Locator {
    return this.rows.filter({ has: this.page.getByRole('cell', { name: number, exact: true }) });
  }
}
