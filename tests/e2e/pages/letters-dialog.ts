import { expect, type Download, type Locator, type Page } from '@playwright/test';
import type { RunningHost } from '../../support/web-host';

/** The Azerbaijani words of the letter dialogs, as a user reads them. */
export const AZ_LETTERS = {
  issueFor: (name: string) => `${name} üçün məktub hazırla`,
  dialogTitle: (name: string) => `${name} üçün məktub`,
  languages: { az: 'Azərbaycan dili', en: 'İngilis dili', ru: 'Rus dili' },
  cities: 'Səfər ediləcək şəhərlər',
  accommodation: 'Yerləşmə',
  preview: 'Baxış',
  issue: 'Hazırla və saxla',
  reissue: 'Yenidən hazırla və saxla',
  refusedTitle: 'Məktub hələ hazırlana bilməz',
  issued: /nömrəli məktub hazırlandı/,
  bulkOpen: 'Səfər üçün məktublar hazırla',
  bulkIssue: (count: number) => `${count} məktub hazırla`,
  bulkLanguage: (language: string, name: string) => `${name} üçün məktub: ${language}`,
  costs: { accommodation: 'Yaşayış', host: 'Qəbul edən tərəf (biz)' },
};

/** The visit page's guest rows and the letter dialogs they open. */
export class LetterDialog {
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog');
  }

  async openVisit(host: RunningHost, visitId: string): Promise<void> {
    await this.page.goto(host.url);
    await expect(this.page.getByTestId('language-switch')).toBeVisible();
    await this.page.goto(`${host.origin}/#/visits/${visitId}`);
    await expect(this.page.getByRole('region', { name: /^Qonaqlar \(\d+\)$/ })).toBeVisible();
  }

  async openFor(name: string): Promise<void> {
    await this.page.getByRole('button', { name: AZ_LETTERS.issueFor(name) }).click();
    await expect(this.dialog).toBeVisible();
  }

  language(language: keyof typeof AZ_LETTERS.languages): Locator {
    return this.dialog.getByRole('radio', { name: AZ_LETTERS.languages[language], exact: true });
  }

  textbox(label: string, within: Locator = this.dialog): Locator {
    return within.getByRole('textbox', { name: label, exact: true });
  }

  button(name: string): Locator {
    return this.dialog.getByRole('button', { name, exact: true });
  }

  /** Says who pays one cost, picked from its list as a user would. */
  async choosePayer(item: string, payer: string): Promise<void> {
    await this.dialog.getByRole('combobox', { name: item, exact: true }).click();
    await this.page.getByRole('option', { name: payer, exact: true }).click();
  }

  /**
   * Issues the letter and waits for the file the page offers for download; checks that the notice
   * names the number and the file, then closes it, as it would otherwise cover the guest rows.
   */
  async issueAndDownload(name: string = AZ_LETTERS.issue): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.button(name).click();
    const file = await download;
    await expect(this.dialog).toBeHidden();
    const notice = this.page.getByRole('alert').filter({ hasText: AZ_LETTERS.issued });
    await expect(notice).toContainText(file.suggestedFilename());
    await notice.getByRole('button', { name: 'Bağla' }).click();
    await expect(notice).toBeHidden();
    return file;
  }
}
