import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import type { RunningHost } from '../../support/web-host';

export type Lang = 'az' | 'en' | 'ru';

/** What the visit screens say, per language, as a user reads it: tests find things by these words. */
export const UI = {
  az: {
    visits: 'Səfərlər',
    newVisit: 'Yeni səfər',
    loadSample: 'Nümunə nümayəndə heyətini yüklə',
    emptyTitle: 'Hələ heç bir səfər yoxdur',
    noMatches: 'Filtrlərə uyğun səfər tapılmadı',
    clearFilters: 'Filtrləri sıfırla',
    past: 'Keçmiş səfərlər',
    head: 'Nümayəndə heyətinin rəhbəri',
    create: 'Səfəri yarat',
    save: 'Yadda saxla',
    edit: 'Redaktə et',
    delete: 'Sil',
    deleteConfirm: 'Səfəri sil',
    cancel: 'Ləğv et',
    undo: 'Geri qaytar',
    back: 'Bütün səfərlər',
    field: {
      title: 'Səfərin adı',
      partnerName: 'Tərəfdaş təşkilat',
      country: 'Ölkə',
      arrival: 'Gəliş tarixi',
      departure: 'Yola düşmə tarixi',
      status: 'Status',
      notes: 'Qeydlər',
    },
    filter: { text: 'Axtarış', status: 'Status' },
    status: { confirmed: 'Təsdiqlənib', planned: 'Planlaşdırılıb', draft: 'Qaralama' },
  },
  en: {
    visits: 'Visits',
    newVisit: 'New visit',
    loadSample: 'Load a sample delegation',
    emptyTitle: 'No visits yet',
    noMatches: 'No visits match the filters',
    clearFilters: 'Clear filters',
    past: 'Past visits',
    head: 'Head of delegation',
    create: 'Create visit',
    save: 'Save',
    edit: 'Edit',
    delete: 'Delete',
    deleteConfirm: 'Delete visit',
    cancel: 'Cancel',
    undo: 'Undo',
    back: 'All visits',
    field: {
      title: 'Visit title',
      partnerName: 'Partner organisation',
      country: 'Country',
      arrival: 'Arrival date',
      departure: 'Departure date',
      status: 'Status',
      notes: 'Notes',
    },
    filter: { text: 'Search', status: 'Status' },
    status: { confirmed: 'Confirmed', planned: 'Planned', draft: 'Draft' },
  },
  ru: {
    visits: 'Визиты',
    newVisit: 'Новый визит',
    loadSample: 'Загрузить пример делегации',
    emptyTitle: 'Визитов пока нет',
    noMatches: 'Нет визитов, подходящих под фильтры',
    clearFilters: 'Сбросить фильтры',
    past: 'Прошедшие визиты',
    head: 'Глава делегации',
    create: 'Создать визит',
    save: 'Сохранить',
    edit: 'Изменить',
    delete: 'Удалить',
    deleteConfirm: 'Удалить визит',
    cancel: 'Отмена',
    undo: 'Отменить',
    back: 'Все визиты',
    field: {
      title: 'Название визита',
      partnerName: 'Организация-партнёр',
      country: 'Страна',
      arrival: 'Дата прибытия',
      departure: 'Дата отъезда',
      status: 'Статус',
      notes: 'Примечания',
    },
    filter: { text: 'Поиск', status: 'Статус' },
    status: { confirmed: 'Подтверждён', planned: 'Запланирован', draft: 'Черновик' },
  },
} as const;

export interface VisitFormInput {
  title?: string;
  partnerName?: string;
  /** What to type into the country search, and the option to pick. */
  country?: { search: string; option: string };
  /** Dates as an officer types them, e.g. `12.11.2030`. */
  arrival?: string;
  departure?: string;
  notes?: string;
}

/** The list of visits, the visit form and a visit's page, located by role and by their words. */
export class VisitsPage {
  lang: Lang = 'az';

  constructor(readonly page: Page) {}

  get ui() {
    return UI[this.lang];
  }

  async open(host: RunningHost): Promise<void> {
    await this.page.goto(host.url);
    await expect(this.pageHeading).toBeVisible();
  }

  async switchLanguage(lang: Lang): Promise<void> {
    await this.page.getByTestId('language-switch').getByText(lang.toUpperCase(), { exact: true }).click();
    this.lang = lang;
    await expect(this.page.locator('html')).toHaveAttribute('lang', lang);
  }

  get pageHeading(): Locator {
    return this.page.getByRole('main').getByRole('heading', { level: 2 });
  }

  get rows(): Locator {
    return this.page.getByTestId('visit-row');
  }

  row(title: string): Locator {
    return this.rows.filter({ hasText: title });
  }

  get table(): Locator {
    return this.page.getByRole('table');
  }

  get filters(): Locator {
    return this.page.getByRole('search');
  }

  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  field(label: string): Locator {
    return this.dialog.getByLabel(label);
  }

  async startNewVisit(): Promise<void> {
    await this.button(this.ui.newVisit).first().click();
    await expect(this.dialog.getByRole('heading', { name: this.ui.newVisit })).toBeVisible();
  }

  /** Types a date and leaves the field, as a user does; the field then shows it in words. */
  async typeDate(label: string, typed: string): Promise<void> {
    const input = this.field(label);
    await input.fill(typed);
    await input.press('Tab');
  }

  async chooseOption(input: Locator, search: string | null, option: string): Promise<void> {
    await input.click();
    if (search !== null) await input.fill(search);
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  async fillVisit(values: VisitFormInput): Promise<void> {
    const f = this.ui.field;
    if (values.title !== undefined) await this.field(f.title).fill(values.title);
    if (values.partnerName !== undefined) await this.field(f.partnerName).fill(values.partnerName);
    if (values.country)
      await this.chooseOption(this.field(f.country), values.country.search, values.country.option);
    if (values.arrival !== undefined) await this.typeDate(f.arrival, values.arrival);
    if (values.departure !== undefined) await this.typeDate(f.departure, values.departure);
    if (values.notes !== undefined) await this.field(f.notes).fill(values.notes);
  }

  async submit(label: string): Promise<void> {
    await this.dialog.getByRole('button', { name: label, exact: true }).click();
  }

  /** The visit's page: its title is the main area's only second-level heading. */
  async expectVisitPage(title: string): Promise<void> {
    await expect(this.pageHeading).toHaveText(title);
  }

  async filterByText(text: string): Promise<void> {
    await this.filters.getByLabel(this.ui.filter.text).fill(text);
  }

  async filterByStatus(label: string): Promise<void> {
    const input = this.filters.getByLabel(this.ui.filter.status);
    await this.chooseOption(input, null, label);
    await input.press('Escape');
  }
}

/** Every visit file in the data folder, as text: what is there after the app is closed. */
export async function visitFilesOnDisk(host: RunningHost): Promise<string[]> {
  const dir = join(host.dataDir, 'visits');
  const names = (await readdir(dir).catch(() => [] as string[])).filter((name) => name.endsWith('.json'));
  return Promise.all(names.map((name) => readFile(join(dir, name), 'utf8')));
}
