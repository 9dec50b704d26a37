import { expect, type Locator, type Page } from '@playwright/test';
import type { RunningHost } from '../../support/web-host';

/** The Azerbaijani words of the Settings page, as a user reads them. */
export const AZ_SETTINGS = {
  sections: {
    letterhead: 'Blank',
    signatories: 'İmzalayan şəxslər',
    number: 'Çıxan nömrələr',
    verification: 'Yoxlama üçün əlaqə şəxsi',
  },
  columns: { az: 'Azərbaycan dilində', en: 'İngilis dilində', ru: 'Rus dilində' },
  name: 'Təşkilatın adı',
  address: 'Ünvan',
  city: 'Şəhər',
  phone: 'Telefon',
  email: 'E-poçt',
  addSignatory: 'İmzalayan şəxs əlavə et',
  signatory: (n: number) => `İmzalayan şəxs ${n}`,
  signatoryName: 'Soyadı, adı',
  signatoryPosition: 'Vəzifəsi',
  prefix: 'Prefiks',
  padding: 'Rəqəmlərin sayı',
  save: 'Parametrləri saxla',
  saved: 'Parametrlər saxlanıldı. Yeni məktublar onlardan istifadə edəcək.',
};

type Language = keyof typeof AZ_SETTINGS.columns;
export type PerLanguage = Record<Language, string>;

/** The Settings page: the institution's letterhead, signatories and numbering. */
export class SettingsPage {
  readonly form: Locator;

  constructor(readonly page: Page) {
    this.form = page.getByRole('form', { name: 'Parametrlər' });
  }

  async open(host: RunningHost): Promise<void> {
    await this.page.goto(host.url);
    await expect(this.page.getByTestId('language-switch')).toBeVisible();
    await this.page.getByRole('link', { name: 'Parametrlər' }).click();
    await expect(this.form).toBeVisible();
  }

  section(name: string): Locator {
    return this.form.getByRole('region', { name, exact: true });
  }

  column(language: Language, within: Locator = this.form): Locator {
    return within.getByRole('group', { name: AZ_SETTINGS.columns[language] });
  }

  textbox(label: string, within: Locator = this.form): Locator {
    return within.getByRole('textbox', { name: label, exact: true });
  }

  /** Types one text in each language column: the name, say, in az, en and ru. */
  async fillPerLanguage(label: string, texts: PerLanguage, within: Locator = this.form): Promise<void> {
    for (const language of ['az', 'en', 'ru'] as const) {
      await this.textbox(label, this.column(language, within)).fill(texts[language]);
    }
  }

  signatory(n: number): Locator {
    return this.form.getByRole('group', { name: AZ_SETTINGS.signatory(n), exact: true });
  }

  async save(): Promise<void> {
    await this.form.getByRole('button', { name: AZ_SETTINGS.save }).first().click();
  }
}
