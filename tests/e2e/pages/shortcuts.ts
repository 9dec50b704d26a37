import { expect, type Locator, type Page } from '@playwright/test';

export type Lang = 'az' | 'en' | 'ru';

/** The keyboard shortcuts sheet, by the words a user reads in each language. */
export const SHORTCUTS_UI = {
  en: { title: 'Keyboard shortcuts', newVisit: 'New visit', find: 'Find a visit' },
  az: { title: 'Klaviatura qısayolları', newVisit: 'Yeni səfər', find: 'Səfər axtar' },
  ru: { title: 'Сочетания клавиш', newVisit: 'Новый визит', find: 'Найти визит' },
} as const;

/** The sheet that `?` or the header's button opens. */
export class ShortcutsSheet {
  readonly words: (typeof SHORTCUTS_UI)[Lang];
  readonly sheet: Locator;
  readonly headerButton: Locator;

  constructor(
    readonly page: Page,
    lang: Lang = 'en',
  ) {
    this.words = SHORTCUTS_UI[lang];
    this.sheet = page.getByRole('dialog', { name: this.words.title });
    this.headerButton = page.getByRole('banner').getByRole('button', { name: this.words.title });
  }

  /** The row of the sheet that names `action`, with its keys. */
  row(action: string): Locator {
    return this.sheet.getByRole('row').filter({ hasText: action });
  }

  async expectOpen(): Promise<void> {
    await expect(this.sheet).toBeVisible();
    await expect(this.row(this.words.newVisit)).toContainText('N');
  }
}
