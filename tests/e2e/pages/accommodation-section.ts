import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import type { Stay } from '../../../src/shared/accommodation';
import type { RunningHost } from '../../support/web-host';

/** The stays as the visit's own file on disk holds them. */
export async function staysOnDisk(host: RunningHost, visitId: string): Promise<Stay[]> {
  const text = await readFile(join(host.dataDir, 'visits', `${visitId}.json`), 'utf8');
  return (JSON.parse(text) as { visit: { stays: Stay[] } }).visit.stays;
}

/** The accommodation section of the visit page (English UI), and the stay dialog it opens. */
export class AccommodationSection {
  readonly section: Locator;
  readonly dialog: Locator;
  readonly stays: Locator;
  readonly rooming: Locator;
  readonly issues: Locator;

  constructor(readonly page: Page) {
    this.section = page.getByRole('region', { name: 'Accommodation' });
    this.dialog = page.getByRole('dialog');
    this.stays = this.section.getByTestId('stay-row');
    this.rooming = this.section.getByTestId('rooming-list');
    this.issues = this.section.getByTestId('accommodation-issues');
  }

  async open(host: RunningHost, visitId: string): Promise<void> {
    await this.page.goto(host.url);
    await expect(this.page.getByTestId('language-switch')).toBeVisible();
    await this.page.goto(`${host.origin}/#/visits/${visitId}`);
    await expect(this.section).toBeVisible();
  }

  async startAdding(): Promise<void> {
    await this.section.getByRole('button', { name: 'Add stay' }).click();
    await expect(this.dialog).toBeVisible();
  }

  async chooseGuests(names: string[]): Promise<void> {
    await this.dialog.getByRole('combobox', { name: 'Guests', exact: true }).click();
    for (const name of names) await this.page.getByRole('option', { name, exact: true }).click();
    await this.dialog.getByRole('textbox', { name: 'Room number' }).click();
  }

  /** Adds a hotel to the directory from inside the stay dialog; it becomes the stay's hotel. */
  async addHotel(name: string, city: string): Promise<void> {
    await this.dialog.getByRole('button', { name: 'New hotel' }).click();
    const fields = this.dialog.getByTestId('new-hotel');
    await fields.getByRole('textbox', { name: 'Name' }).fill(name);
    await fields.getByRole('textbox', { name: 'City' }).fill(city);
    await fields.getByRole('button', { name: 'Add hotel' }).click();
    await expect(fields).toBeHidden();
  }

  /** The rooming-list cell of one guest on one night (`YYYY-MM-DD`). */
  cell(date: string, guestIndex: number): Locator {
    return this.rooming
      .getByTestId(`rooming-${date}`)
      .getByRole('cell')
      .nth(guestIndex + 1);
  }
}

/** The hotels directory dialog opened from the accommodation section (English UI). */
export class HotelsDirectory {
  readonly dialog: Locator;
  readonly rows: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Hotels directory' });
    this.rows = this.dialog.getByTestId('hotel-row');
  }

  async open(section: AccommodationSection): Promise<void> {
    await section.section.getByRole('button', { name: 'Hotels directory' }).click();
    await expect(this.dialog).toBeVisible();
  }

  row(name: string): Locator {
    return this.rows.filter({ hasText: name });
  }

  async delete(name: string): Promise<void> {
    await this.row(name)
      .getByRole('button', { name: `Delete ${name}` })
      .click();
    await this.row(name).getByRole('button', { name: 'Delete', exact: true }).click();
  }
}
