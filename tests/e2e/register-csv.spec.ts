import { readFile } from 'node:fs/promises';
import type { Page, TestInfo } from '@playwright/test';
import { test, expect } from './fixtures';
import { callApi } from './arrange';
import { addGuest, createLetterVisit, MEHMET, setInstitution, visaRequest } from './pages/letters-data';
import { RegisterPage } from './pages/letters-register';

/** The first line of the register as exported now: its column headers, split by the chosen separator. */
async function exportedHeader(page: Page, info: TestInfo, name: string): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'CSV-yə ixrac et' }).click();
  const path = info.outputPath(`${name}.csv`);
  await (await download).saveAs(path);
  return (await readFile(path, 'utf8')).replace(/^\uFEFF/, '').split('\r\n')[0] ?? '';
}

test('the register’s CSV separator is chosen by the officer and kept across a reload', async ({
  page,
  host,
}, info) => {
  // Arrange: one letter in the register
  await setInstitution(host);
  const visitId = await createLetterVisit(host);
  const guestId = await addGuest(host, visitId, MEHMET);
  await callApi(host, 'letters.issue', { request: visaRequest(visitId, guestId) });
  await page.goto(host.url);
  const register = new RegisterPage(page);
  await register.open();
  await expect(register.rows).toHaveCount(1);
  const separator = page.getByRole('radiogroup', { name: 'CSV ayırıcısı' });
  const semicolon = separator.getByRole('radio', { name: 'Nöqtəli vergül (;)' });
  const comma = separator.getByRole('radio', { name: 'Vergül (,)' });

  // Assert: before any choice, the Azerbaijani interface offers what Excel expects there
  await expect(semicolon).toBeChecked();
  expect(await exportedHeader(page, info, 'default')).toBe(
    'Nömrə;Tarix;Növ;Dil;Qonaq;Səfər;Versiya;Fayl adı',
  );

  // Act: the officer's Excel wants commas
  await separator.getByText('Vergül (,)', { exact: true }).click();

  // Assert
  await expect(comma).toBeChecked();
  expect(await exportedHeader(page, info, 'comma')).toBe('Nömrə,Tarix,Növ,Dil,Qonaq,Səfər,Versiya,Fayl adı');

  // Act: the app opened again
  await page.reload();

  // Assert: the choice is remembered, and the file follows it
  await expect(register.rows).toHaveCount(1);
  await expect(comma).toBeChecked();
  expect(await exportedHeader(page, info, 'after-reload')).toBe(
    'Nömrə,Tarix,Növ,Dil,Qonaq,Səfər,Versiya,Fayl adı',
  );
});

test('before any choice, an English interface offers commas', async ({ page, host }) => {
  // Arrange
  await callApi(host, 'settings.update', { uiLanguage: 'en' });

  // Act
  await page.goto(host.url);
  await page.getByRole('link', { name: 'Letter register' }).click();

  // Assert
  const separator = page.getByRole('radiogroup', { name: 'CSV separator' });
  await expect(separator.getByRole('radio', { name: 'Comma (,)' })).toBeChecked();
  await expect(separator.getByRole('radio', { name: 'Semicolon (;)' })).not.toBeChecked();
});
