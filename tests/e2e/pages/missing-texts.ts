import type { Locator, Page } from '@playwright/test';

/** The Azerbaijani words of the panel of texts missing in a document's language. */
export const AZ_TEXTS = {
  purpose: 'Səfərin məqsədi',
  inRussian: 'rus dilində',
  useAsWritten: 'Yazıldığı kimi götür',
  save: (count: number) => `${count} mətni saxla`,
  title: (count: number) => `${count} mətn hələ rus dilində yazılmayıb`,
};

/** The panel that lists texts a letter or printout lacks in its language, one line per text. */
export class MissingTextsPanel {
  readonly panel: Locator;
  readonly lines: Locator;

  constructor(
    readonly page: Page,
    within: Locator | Page = page,
  ) {
    this.panel = within.getByTestId('missing-texts');
    this.lines = this.panel.getByRole('group');
  }

  line(label: string): Locator {
    return this.panel.getByRole('group', { name: label, exact: true });
  }

  /** The input for a text in the document's language, named by what it is and the language. */
  input(label: string, inLanguage: string = AZ_TEXTS.inRussian): Locator {
    return this.panel.getByRole('textbox', { name: `${label}, ${inLanguage}`, exact: true });
  }

  original(label: string): Locator {
    return this.line(label).getByTestId('missing-text-original');
  }

  async save(count: number): Promise<void> {
    await this.panel.getByRole('button', { name: AZ_TEXTS.save(count), exact: true }).click();
  }
}
