import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import type { Guest, GuestInput } from '../../../src/shared/domain';
import type { RunningHost } from '../../support/web-host';
import { callApi } from '../arrange';

/** A visit of 12–15 May 2026, made through the API. */
export async function createVisit(
  host: RunningHost,
  title = 'Ankara Universiteti nümayəndə heyəti',
): Promise<string> {
  const detail = await callApi(host, 'visits.create', {
    visit: {
      title,
      partnerName: 'Ankara Üniversitesi',
      partnerCountry: 'TR',
      status: 'planned',
      arrivalDate: '2026-05-12',
      departureDate: '2026-05-15',
    },
  });
  return detail.visit.id;
}

export async function addGuestThroughApi(
  host: RunningHost,
  visitId: string,
  guest: GuestInput,
): Promise<void> {
  await callApi(host, 'guests.add', { visitId, guest });
}

/** A visit of 12-15 May (see `createVisit`) with three experts and no journeys, in the English UI. */
export async function visitOfThreeExperts(host: RunningHost): Promise<string> {
  await callApi(host, 'settings.update', { uiLanguage: 'en' });
  const visitId = await createVisit(host);
  for (const [givenNames, surname] of [
    ['Ayşe', 'Öztürk'],
    ['Burak', 'Kaya'],
    ['Cem', 'Demir'],
  ] as const) {
    await addGuestThroughApi(host, visitId, { category: 'expert', surname, givenNames });
  }
  return visitId;
}

/** The guests as the visit's own file on disk holds them: what survives closing the app. */
export async function guestsOnDisk(host: RunningHost, visitId: string): Promise<Guest[]> {
  const text = await readFile(join(host.dataDir, 'visits', `${visitId}.json`), 'utf8');
  const doc = JSON.parse(text) as { visit: { guests: Guest[] } };
  return doc.visit.guests;
}

/** The Azerbaijani words the tests look for, as a user reads them on screen. */
export const AZ = {
  section: /^Qonaqlar \(\d+\)$/,
  add: 'Qonaq əlavə et',
  submitNew: 'Qonağı əlavə et',
  tabs: {
    identity: 'Şəxsi məlumatlar',
    passport: 'Pasport',
    travel: 'Gəliş və yola düşmə',
    contacts: 'Əlaqə və ehtiyaclar',
  },
  role: { head: 'Nümayəndə heyətinin rəhbəri', member: 'Üzv' },
  surname: 'Soyad',
  givenNames: 'Ad',
  category: 'Kateqoriya',
  citizenship: 'Vətəndaşlıq',
  passportNumber: 'Pasportun nömrəsi',
  expiryDate: 'Etibarlılıq müddətinin bitdiyi tarix',
  arrival: 'Gəliş',
  arrivalDate: 'Gəliş tarixi',
  arrivalHours: 'Gəliş vaxtı: saat',
  arrivalMinutes: 'Gəliş vaxtı: dəqiqə',
  flight: 'Reys',
  moveDown: (name: string) => `${name} — aşağı köçür`,
  remove: (name: string) => `${name} — sil`,
  undo: 'Geri qaytar',
};

/** The guests section of the visit page, and the guest form it opens. */
export class GuestsPanel {
  readonly section: Locator;
  readonly rows: Locator;
  readonly form: Locator;
  readonly warnings: Locator;

  constructor(readonly page: Page) {
    this.section = page.getByRole('region', { name: /^(Qonaqlar|Guests|Гости) \(\d+\)$/ });
    // Body rows only: the header row holds column headers, not cells.
    this.rows = this.section.getByRole('row').filter({ has: page.getByRole('cell') });
    this.form = page.getByRole('dialog');
    this.warnings = page.getByTestId('passport-warnings');
  }

  /** Opens the app with its secret, then the visit's page, as a user following a link would. */
  async open(host: RunningHost, visitId: string): Promise<void> {
    await this.page.goto(host.url);
    // The page keeps the secret from the address once it has started; only then can it move on.
    await expect(this.page.getByTestId('language-switch')).toBeVisible();
    await this.page.goto(`${host.origin}/#/visits/${visitId}`);
    await expect(this.section).toBeVisible();
  }

  async startAdding(): Promise<void> {
    await this.section.getByRole('button', { name: AZ.add }).first().click();
    await expect(this.form).toBeVisible();
  }

  tab(name: string): Locator {
    return this.form.getByRole('tab', { name });
  }

  textbox(name: string, within: Locator = this.form): Locator {
    return within.getByRole('textbox', { name, exact: true });
  }

  async choose(label: string, option: string): Promise<void> {
    await this.form.getByRole('combobox', { name: label, exact: true }).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  async chooseCountry(label: string, typed: string, option: string): Promise<void> {
    await this.form.getByRole('combobox', { name: label, exact: true }).fill(typed);
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  /** Types a date as the office writes it and leaves the field, which closes its calendar. */
  async typeDate(label: string, value: string): Promise<void> {
    const field = this.textbox(label);
    await field.fill(value);
    await field.press('Tab');
  }

  async typeArrivalTime(hours: string, minutes: string): Promise<void> {
    await this.form.getByRole('spinbutton', { name: AZ.arrivalHours }).fill(hours);
    await this.form.getByRole('spinbutton', { name: AZ.arrivalMinutes }).fill(minutes);
  }

  async submitNew(): Promise<void> {
    await this.form.getByRole('button', { name: AZ.submitNew }).click();
  }

  async expectOrder(names: string[]): Promise<void> {
    await expect(this.rows).toHaveCount(names.length);
    for (const [index, name] of names.entries()) {
      await expect(this.rows.nth(index)).toContainText(name);
    }
  }

  row(name: string): Locator {
    return this.rows.filter({ hasText: name });
  }
}
