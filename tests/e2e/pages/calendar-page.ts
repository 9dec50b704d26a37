import { expect, type Locator, type Page } from '@playwright/test';
import type { ProgrammeItemInput } from '../../../src/shared/planning';
import type { RunningHost } from '../../support/web-host';
import { callApi } from '../arrange';

/** A visit of 23–27 November 2026 (Monday to Friday) in the given colour, made through the API. */
export async function createNovemberVisit(host: RunningHost, title: string, colour: string): Promise<string> {
  const detail = await callApi(host, 'visits.create', {
    visit: {
      title,
      partnerName: 'Partner',
      partnerCountry: 'TR',
      status: 'planned',
      arrivalDate: '2026-11-23',
      departureDate: '2026-11-27',
      colour,
    },
  });
  return detail.visit.id;
}

/** Adds a guest and returns their id. */
export async function addGuest(
  host: RunningHost,
  visitId: string,
  givenNames: string,
  surname: string,
): Promise<string> {
  const detail = await callApi(host, 'guests.add', {
    visitId,
    guest: { category: 'expert', givenNames, surname },
  });
  const guest = detail.visit.guests.find((g) => g.surname === surname);
  if (!guest) throw new Error(`guest ${surname} not added`);
  return guest.id;
}

/** Adds a programme item and returns its id. */
export async function addItem(host: RunningHost, visitId: string, item: ProgrammeItemInput): Promise<string> {
  const detail = await callApi(host, 'programme.save', { visitId, item });
  const saved = detail.visit.programme.find((p) => p.title === item.title);
  if (!saved) throw new Error(`item ${item.title} not saved`);
  return saved.id;
}

/** The calendar page (timeGrid views), its entries, conflicts list and item dialog. */
export class CalendarPage {
  readonly root: Locator;
  readonly title: Locator;
  readonly conflicts: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('calendar-page');
    this.title = page.getByTestId('calendar-title');
    this.conflicts = page.getByTestId('calendar-conflicts');
    this.dialog = page.getByRole('dialog');
  }

  async open(host: RunningHost, date?: string, entry?: string): Promise<void> {
    await this.page.goto(host.url);
    await expect(this.page.getByTestId('language-switch')).toBeVisible();
    await this.page.goto(`${host.origin}/#/calendar${date ? `/${date}${entry ? `/${entry}` : ''}` : ''}`);
    await expect(this.title).not.toBeEmpty();
  }

  async switchLanguage(label: 'AZ' | 'EN' | 'RU'): Promise<void> {
    await this.page.getByTestId('language-switch').getByText(label, { exact: true }).click();
  }

  /** An entry on the calendar by the id of its item or transfer. */
  entry(id: string): Locator {
    return this.root.locator(`[data-entry-id="${id}"]`);
  }

  entriesOfKind(kind: 'item' | 'transfer' | 'hotelNight'): Locator {
    return this.root.locator(`[data-testid="calendar-entry"][data-kind="${kind}"]`);
  }

  /** The time-grid column of a day, where timed entries of that day are drawn. */
  dayColumn(date: string): Locator {
    return this.root.locator(`[role="cell"][data-date="${date}"]`).last();
  }

  /** The vertical position of a time on the grid: the top of its slot line. */
  async slotTop(time: string): Promise<number> {
    const slot = this.root.locator(`[data-time="${time}:00"]`).first();
    const box = await slot.boundingBox();
    if (!box) throw new Error(`no slot ${time}`);
    return box.y;
  }

  dayHeaders(): Locator {
    return this.root.locator('.qonaq-day-heading');
  }

  /** Drags an entry to the same time of another day, as a mouse would. */
  async dragEntry(id: string, toDate: string): Promise<void> {
    const from = await this.entry(id).boundingBox();
    const column = await this.dayColumn(toDate).boundingBox();
    if (!from || !column) throw new Error('entry or day not on screen');
    const y = from.y + Math.min(12, from.height / 2);
    await this.page.mouse.move(from.x + from.width / 2, y);
    await this.page.mouse.down();
    await this.page.mouse.move(from.x + from.width / 2 + 10, y, { steps: 3 });
    await this.page.mouse.move(column.x + column.width / 2, y, { steps: 10 });
    await this.page.mouse.up();
  }

  /** Selects empty time on a day by dragging from one hour to another (`to` exclusive). */
  async selectTime(date: string, from: string, to: string): Promise<void> {
    const column = await this.dayColumn(date).boundingBox();
    if (!column) throw new Error(`day ${date} not on screen`);
    const x = column.x + column.width / 2;
    await this.page.mouse.move(x, (await this.slotTop(from)) + 4);
    await this.page.mouse.down();
    await this.page.mouse.move(x, (await this.slotTop(to)) - 4, { steps: 10 });
    await this.page.mouse.up();
  }

  /** Whether an entry's box lies in a day's column. */
  async isInColumn(id: string, date: string): Promise<boolean> {
    const box = await this.entry(id).boundingBox();
    const column = await this.dayColumn(date).boundingBox();
    if (!box || !column) return false;
    const middle = box.x + box.width / 2;
    return middle > column.x && middle < column.x + column.width;
  }
}
