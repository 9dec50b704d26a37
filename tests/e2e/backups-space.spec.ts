import { test, expect } from './fixtures';
import { callApi, createVisit } from './arrange';
import { VisitsPage } from './pages/visits-page';

test('the Backups page says which backups are kept and the space they take against the budget', async ({
  page,
  host,
}, info) => {
  await createVisit(host, {
    title: 'Tbilisi State University',
    arrivalDate: '2030-11-12',
    departureDate: '2030-11-15',
  });
  await callApi(host, 'backups.create', {});
  const visits = new VisitsPage(page);
  await visits.open(host);
  await page.getByTestId('language-switch').getByText('EN').click();
  await page.getByRole('link', { name: 'Backups' }).click();

  const card = page.getByTestId('backup-space');
  await expect(card.getByRole('heading', { name: 'Which backups are kept' })).toBeVisible();
  await expect(card.getByRole('listitem')).toHaveText([
    'Every backup of the last 24 hours.',
    'The last backup of each of the last 30 days.',
    'Before that, the last backup of each month, for as long as there is room.',
    'The newest backup, and the one made before the last restore or import, are always kept.',
  ]);
  await expect(card).toContainText(
    'Backups may take 500 MB, or 5 times the size of your data if that is more. When they need more, the oldest are removed first.',
  );
  // Two snapshots of a visit and the shared document: some KB, far below the budget.
  await expect(page.getByTestId('backup-space-used')).toHaveText(/^Backups take \d+(\.\d)? KB of 500 MB\.$/);
  // The bar's filled part is as wide as the share used: a sliver here, so it is present rather than visible.
  await expect(card.getByRole('progressbar', { name: /^Backups take/ })).toHaveAttribute(
    'aria-valuemax',
    '100',
  );
  await card.screenshot({ path: info.outputPath('backup-space-en.png') });
  await page.screenshot({ path: info.outputPath('backups-page-en.png'), fullPage: true });

  await page.getByTestId('language-switch').getByText('RU').click();
  await expect(card.getByRole('listitem').first()).toHaveText('Все копии за последние 24 часа.');
  await expect(card.getByRole('listitem').nth(1)).toHaveText(
    'Последняя копия каждого дня за последние 30 дней.',
  );
  await expect(page.getByTestId('backup-space-used')).toHaveText(/^Копии занимают \d+(,\d)? КБ из 500 МБ\.$/);

  await page.getByTestId('language-switch').getByText('AZ').click();
  await expect(card.getByRole('listitem').first()).toHaveText('Son 24 saatın bütün nüsxələri.');
  await expect(page.getByTestId('backup-space-used')).toHaveText(/^Tutulan yer: \d+(,\d)? KB \/ 500 MB\.$/);
  await card.screenshot({ path: info.outputPath('backup-space-az.png') });
});
