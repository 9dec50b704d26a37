import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { callApi, createVisit } from './arrange';
import { VisitsPage } from './pages/visits-page';

test('all data leaves as one file and comes back from it, in the Russian UI', async ({
  page,
  host,
}, info) => {
  const kept = await createVisit(host, {
    title: 'Делегация МГИМО',
    arrivalDate: '2030-11-12',
    departureDate: '2030-11-15',
  });
  const keptBytes = await readFile(join(host.dataDir, 'visits', `${kept.id}.json`), 'utf8');
  const visits = new VisitsPage(page);
  await visits.open(host);
  await page.getByTestId('language-switch').getByText('RU').click();
  await page.getByRole('link', { name: 'Резервные копии' }).click();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Экспортировать все данные' }).click();
  const archivePath = info.outputPath('office.qonaq');
  await (await download).saveAs(archivePath);
  await expect(page.getByText('Все данные экспортированы.')).toBeVisible();

  // Meanwhile the plan changes: the visit is deleted and another one added.
  await callApi(host, 'visits.delete', { id: kept.id });
  await createVisit(host, { title: 'Later visit', arrivalDate: '2030-12-01', departureDate: '2030-12-02' });

  await page.getByTestId('archive-file').setInputFiles(archivePath);
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('office.qonaq');
  await dialog.getByRole('button', { name: 'Импортировать и заменить' }).click();
  await expect(page.getByText('Импортирован 1 визит.')).toBeVisible();

  await page.getByRole('link', { name: 'Визиты' }).click();
  await expect(visits.rows).toHaveCount(1);
  await expect(visits.rows).toContainText('Делегация МГИМО');
  expect(await readFile(join(host.dataDir, 'visits', `${kept.id}.json`), 'utf8')).toBe(keptBytes);
});

test('a file that is not an archive is refused with a message, and nothing changes', async ({
  page,
  host,
}, info) => {
  await createVisit(host, {
    title: 'İstanbul Texniki Universiteti',
    arrivalDate: '2030-11-12',
    departureDate: '2030-11-15',
  });
  const visits = new VisitsPage(page);
  await visits.open(host);
  await page.getByRole('link', { name: 'Ehtiyat nüsxələr' }).click();
  const bogus = info.outputPath('not-an-archive.qonaq');
  await writeFile(bogus, 'PK\u0003\u0004 this is a zip');

  await page.getByTestId('archive-file').setInputFiles(bogus);
  await page.getByRole('dialog').getByRole('button', { name: 'İdxal et və əvəz et' }).click();

  await expect(page.getByRole('dialog')).toContainText(
    'Bu fayl Qonaq arxivi deyil. Qonaq-dan ixrac edilmiş .qonaq faylını seçin.',
  );
  await page.getByRole('dialog').getByRole('button', { name: 'Ləğv et' }).click();
  await page.getByRole('link', { name: 'Səfərlər' }).click();
  await expect(visits.rows).toHaveCount(1);
});
