import { expect, type Locator, type Page } from '@playwright/test';
import type { RunningHost } from '../../support/web-host';

/** The Today view (`#/today`, English UI). */
export class TodayView {
  readonly date: Locator;
  readonly nowNext: Locator;
  readonly arrivals: Locator;
  readonly departures: Locator;
  readonly programme: Locator;
  readonly conflicts: Locator;
  readonly hotels: Locator;

  constructor(readonly page: Page) {
    this.date = page.getByTestId('today-date');
    this.nowNext = page.getByTestId('today-now-card');
    this.arrivals = page.getByRole('region', { name: 'Arrivals' });
    this.departures = page.getByRole('region', { name: 'Departures' });
    this.programme = page.getByRole('region', { name: 'Programme hour by hour' });
    this.conflicts = page.getByRole('region', { name: 'Conflicts' });
    this.hotels = page.getByRole('region', { name: 'Hotel check-ins and check-outs' });
  }

  async open(host: RunningHost): Promise<void> {
    await this.page.goto(host.url);
    await expect(this.page.getByTestId('language-switch')).toBeVisible();
    await this.page.goto(`${host.origin}/#/today`);
    await expect(this.date).toBeVisible();
  }

  async nextDay(): Promise<void> {
    await this.page.getByRole('button', { name: 'Next day' }).click();
  }
}
