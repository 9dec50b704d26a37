import { expect, type Locator } from '@playwright/test';

export type Lang = 'az' | 'en' | 'ru';

/** What the "other languages" section of a form says, in each UI language. */
export const TEXTS_UI = {
  az: { others: 'Digər dillər', in: { az: 'Azərbaycan dilində', en: 'ingilis dilində', ru: 'rus dilində' } },
  en: { others: 'Other languages', in: { az: 'in Azerbaijani', en: 'in English', ru: 'in Russian' } },
  ru: { others: 'Другие языки', in: { az: 'на азербайджанском', en: 'на английском', ru: 'на русском' } },
} as const;

/** The "written in" choice and the texts in the other languages, inside one form. */
export class TranslationFieldsPanel {
  readonly root: Locator;

  constructor(
    within: Locator,
    readonly lang: Lang,
  ) {
    this.root = within.getByTestId('translation-fields');
  }

  /** Unfolds the texts in the other languages (a no-op when they are shown). */
  async open(): Promise<void> {
    const toggle = this.root.getByRole('button', { name: new RegExp(TEXTS_UI[this.lang].others) });
    const shown = this.root.getByRole('button', { expanded: true });
    if ((await shown.count()) === 0) await toggle.click();
    await expect(shown).toHaveCount(1);
  }

  /** The input of a field in another language: "Səfərin məqsədi — rus dilində". */
  field(label: string, language: Lang): Locator {
    const name = `${label} — ${TEXTS_UI[this.lang].in[language]}`;
    return this.root.getByRole('textbox', { name, exact: true });
  }

  badge(language: Lang): Locator {
    return this.root.getByTestId(`translation-badge-${language}`);
  }

  /** Says the texts were written in `language`, as the officer clicks it. */
  async chooseWrittenIn(language: Lang): Promise<void> {
    await this.root
      .locator('label')
      .filter({ hasText: new RegExp(`^${language.toUpperCase()}$`) })
      .click();
    await expect(this.writtenIn(language)).toBeChecked();
  }

  writtenIn(language: Lang): Locator {
    return this.root.getByRole('radio', { name: language.toUpperCase(), exact: true });
  }
}
