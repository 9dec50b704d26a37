import { expect, type Locator, type Page } from '@playwright/test';
import type { RunningHost } from '../../support/web-host';

/** The arrivals and departures section of the visit page (English UI), and the journey dialog it opens. */
export class TravelSection {
  readonly section: Locator;
  readonly dialog: Locator;
  readonly rows: Locator;

  constructor(readonly page: Page) {
    this.section = page.getByRole('region', { name: 'Arrivals and departures' });
    this.dialog = page.getByRole('dialog');
    this.rows = this.section.getByTestId('transfer-row');
  }

  async open(host: RunningHost, visitId: string): Promise<void> {
    await this.page.goto(host.url);
    await expect(this.page.getByTestId('language-switch')).toBeVisible();
    await this.page.goto(`${host.origin}/#/visits/${visitId}`);
    await expect(this.section).toBeVisible();
  }

  async startAdding(direction: 'arrival' | 'departure'): Promise<void> {
    await this.section
      .getByRole('button', { name: direction === 'arrival' ? 'Add arrival' : 'Add departure' })
      .click();
    await expect(this.dialog).toBeVisible();
  }

  async chooseGuests(names: string[]): Promise<void> {
    const picker = this.dialog.getByRole('combobox', { name: 'Guests travelling together' });
    await picker.click();
    for (const name of names) await this.page.getByRole('option', { name, exact: true }).click();
    await picker.press('Escape');
    await expect(this.page.getByRole('listbox')).toBeHidden();
  }

  /** Types a time into a 24-hour field of the dialog, by its label. */
  async setTime(label: string, time: string): Promise<void> {
    const [hours = '', minutes = ''] = time.split(':');
    await this.dialog.getByRole('spinbutton', { name: `${label}: hours` }).fill(hours);
    await this.dialog.getByRole('spinbutton', { name: `${label}: minutes` }).fill(minutes);
  }

  async fill(label: string, value: string): Promise<void> {
    const field = this.dialog
      .getByRole('textbox', { name: label, exact: true })
      .or(this.dialog.getByRole('combobox', { name: label, exact: true }));
    await field.fill(value);
    // Leaving the field closes an Autocomplete's list, which would cover the fields below.
    await field.press('Tab');
  }

  async save(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Save' }).click();
    await expect(this.dialog).toBeHidden();
  }
}
