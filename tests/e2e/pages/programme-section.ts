import { expect, type Locator, type Page } from '@playwright/test';
import type { RunningHost } from '../../support/web-host';

/** The programme section of the visit page and the conflicts panel above it (English UI). */
export class ProgrammeSection {
  readonly section: Locator;
  readonly dialog: Locator;
  readonly conflicts: Locator;

  constructor(readonly page: Page) {
    this.section = page.getByRole('region', { name: 'Programme' });
    this.dialog = page.getByRole('dialog');
    this.conflicts = page.getByTestId('visit-conflicts');
  }

  async open(host: RunningHost, visitId: string): Promise<void> {
    await this.page.goto(host.url);
    await expect(this.page.getByTestId('language-switch')).toBeVisible();
    await this.page.goto(`${host.origin}/#/visits/${visitId}`);
    await expect(this.section).toBeVisible();
  }

  /** The rows of one day (`YYYY-MM-DD`), its header row included. */
  day(date: string): Locator {
    return this.section.locator(`[data-testid="programme-day"][data-date="${date}"]`);
  }

  items(date: string): Locator {
    return this.day(date).getByTestId('programme-item');
  }

  async setTime(label: string, time: string): Promise<void> {
    const [hours = '', minutes = ''] = time.split(':');
    await this.dialog.getByRole('spinbutton', { name: `${label}: hours` }).fill(hours);
    await this.dialog.getByRole('spinbutton', { name: `${label}: minutes` }).fill(minutes);
  }
}
