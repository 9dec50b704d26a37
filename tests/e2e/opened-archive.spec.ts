import { writeFile } from 'node:fs/promises';
import { test, expect } from './fixtures';
import { callApi, createVisit } from './arrange';
import { VisitsPage } from './pages/visits-page';
import { expectAccessible } from './pages/a11y';
import { makeDataDir, startHost, type RunningHost } from '../support/web-host';

/**
 * A .qonaq archive double-clicked opens Qonaq on the import's confirmation. The desktop shell hands the
 * file to the page (tests/unit/main/opened-files.test.ts); here the browser host is given it with
 * `--open`, as the shell would, and the page is what a user sees.
 */

/** An archive exported from another laptop's Qonaq (`host`), holding one visit. */
async function archiveFrom(host: RunningHost, path: string): Promise<void> {
  await createVisit(host, {
    title: 'Делегация МГИМО',
    arrivalDate: '2030-11-12',
    departureDate: '2030-11-15',
  });
  const exported = await callApi(host, 'backups.exportArchive', {});
  await writeFile(path, Buffer.from(exported.base64, 'base64'));
}

/** A Qonaq with a visit of its own, started on the archive as if it had been double-clicked. */
async function openedWith(archive: string, use: (opened: RunningHost) => Promise<void>): Promise<void> {
  const dir = await makeDataDir();
  const opened = await startHost(dir.path, ['--open', archive]);
  try {
    await createVisit(opened, {
      title: 'Ankara Universiteti',
      arrivalDate: '2030-10-01',
      departureDate: '2030-10-03',
    });
    await use(opened);
  } finally {
    await opened.stop();
    await dir.remove();
  }
}

test('an archive Qonaq is opened with is shown for confirmation, and imported when the user says so', async ({
  page,
  host,
}, info) => {
  const archive = info.outputPath('Office 2030-11-01.qonaq');
  await archiveFrom(host, archive);

  await openedWith(archive, async (opened) => {
    const visits = new VisitsPage(page);
    await visits.open(opened);

    // The Azerbaijani UI (the default) asks first, naming the file and where it lies.
    const dialog = page.getByRole('dialog', { name: 'Bütün məlumatlar fayldan idxal edilsin?' });
    await expect(dialog).toContainText('Bu faylı Qonaq-da açdınız:');
    await expect(dialog.getByTestId('opened-archive-path')).toHaveText(archive);
    await expect(dialog).toContainText('Office 2030-11-01.qonaq faylındakı məlumatlar');
    await page.screenshot({ path: info.outputPath('opened-archive.png') });
    await expectAccessible(page, 'az', 'the confirmation of an opened archive', '[role="dialog"]');
    // Nothing is imported before the user says so.
    await expect(visits.rows).toContainText('Ankara Universiteti');

    await dialog.getByRole('button', { name: 'İdxal et və əvəz et' }).click();

    await expect(page.getByText('1 səfər idxal edildi.')).toBeVisible();
    await expect(dialog).toBeHidden();
    await expect(visits.rows).toHaveCount(1);
    await expect(visits.rows).toContainText('Делегация МГИМО');
  });
});

test('an archive Qonaq is opened with changes nothing when the user cancels, and is not offered again', async ({
  page,
  host,
}, info) => {
  const archive = info.outputPath('office.qonaq');
  await archiveFrom(host, archive);

  await openedWith(archive, async (opened) => {
    // The language is chosen beforehand: the confirmation covers the page, its switch included.
    await callApi(opened, 'settings.update', { uiLanguage: 'en' });
    const visits = new VisitsPage(page);
    await visits.open(opened);
    const dialog = page.getByRole('dialog', { name: 'Import all data from a file?' });
    await expect(dialog).toContainText('You opened this file in Qonaq:');

    await dialog.getByRole('button', { name: 'Cancel' }).click();

    await expect(dialog).toBeHidden();
    // The window gains focus again and the page reloads: each time the page asks, and hears of no archive.
    const asked = () => page.waitForResponse((response) => response.url().endsWith('/api/app.openedFile'));
    const afterFocus = asked();
    await page.evaluate('window.dispatchEvent(new Event("focus"))');
    expect(await (await afterFocus).json()).toEqual({ ok: true, value: { archive: null } });
    const afterReload = asked();
    await page.reload();
    expect(await (await afterReload).json()).toEqual({ ok: true, value: { archive: null } });
    await expect(visits.rows).toHaveCount(1);
    await expect(visits.rows).toContainText('Ankara Universiteti');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    expect((await callApi(opened, 'visits.list', {})).map((v) => v.title)).toEqual(['Ankara Universiteti']);
  });
});
