import { expect, type Locator, type Page } from '@playwright/test';

export type Lang = 'az' | 'en' | 'ru';

/** The question a dialog with changes asks before closing, as a user reads it in each language. */
export const DISCARD_UI = {
  en: { title: 'Discard your changes?', keep: 'Keep editing', discard: 'Discard', close: 'Close' },
  az: {
    title: 'Dəyişikliklər atılsın?',
    keep: 'Redaktəyə davam et',
    discard: 'Dəyişiklikləri at',
    close: 'Bağla',
  },
  ru: {
    title: 'Отменить изменения?',
    keep: 'Продолжить редактирование',
    discard: 'Не сохранять',
    close: 'Закрыть',
  },
} as const;

/** The "discard changes?" question above a dialog. */
export class DiscardPrompt {
  readonly words: (typeof DISCARD_UI)[Lang];
  readonly prompt: Locator;

  constructor(
    readonly page: Page,
    lang: Lang = 'en',
  ) {
    this.words = DISCARD_UI[lang];
    this.prompt = page.getByRole('dialog', { name: this.words.title });
  }

  /** The × of a dialog, found by the name it has in the UI's language. */
  closeButton(dialog: Locator): Locator {
    return dialog.getByRole('button', { name: this.words.close, exact: true }).first();
  }

  async expectAsked(): Promise<void> {
    await expect(this.prompt).toBeVisible();
    await expect(this.prompt.getByRole('button', { name: this.words.keep })).toBeFocused();
  }

  async keepEditing(): Promise<void> {
    await this.prompt.getByRole('button', { name: this.words.keep }).click();
    await expect(this.prompt).toBeHidden();
  }

  async discard(): Promise<void> {
    await this.prompt.getByRole('button', { name: this.words.discard }).click();
    await expect(this.prompt).toBeHidden();
  }
}
