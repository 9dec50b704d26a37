import { test, expect } from './fixtures';
import { callApi, createVisit } from './arrange';
import { expectAccessible } from './pages/a11y';

test.use({ now: '2026-11-24T09:00:00+04:00' });

/** Visits of a long-standing partner: two a year from 2017 to 2026 and one planned for 2027. */
const ARRIVALS = [
  ...Array.from({ length: 10 }, (_, i) => [`${2017 + i}-03-10`, `${2017 + i}-10-05`]).flat(),
  '2027-02-15',
];

test('a partner with many visits shows its years at a glance; this year and next are open, another opens from its bar', async ({
  page,
  host,
}, info) => {
  test.setTimeout(120_000);
  // Arrange: 21 visits over eleven years, three guests and one agreement signed in 2019
  await callApi(host, 'settings.update', { uiLanguage: 'en' });
  const partner = await callApi(host, 'partners.save', {
    partner: { officialName: 'Ankara Üniversitesi', country: 'TR', names: { en: 'Ankara University' } },
  });
  for (const [i, arrival] of ARRIVALS.entries()) {
    const visit = await createVisit(host, {
      title: `Ankara delegation ${i + 1}`,
      lang: 'en',
      partnerName: 'Ankara University',
      partnerIds: [partner.id],
      arrivalDate: arrival,
      departureDate: arrival,
    });
    if (arrival === '2019-03-10') {
      for (const surname of ['YILMAZ', 'KAYA', 'DEMİR']) {
        const guest = {
          category: 'delegationMember',
          role: 'member',
          givenNames: 'Ali',
          surname,
          lang: 'en',
        } as const;
        await callApi(host, 'guests.add', { visitId: visit.id, guest });
      }
    }
  }
  await callApi(host, 'agreements.save', {
    agreement: {
      partnerId: partner.id,
      kind: 'mou',
      title: { en: 'Memorandum of academic cooperation' },
      status: 'signed',
      signedDate: '2019-04-01',
      validFrom: '2019-04-01',
    },
  });

  // Act
  await page.goto(host.url);
  await expect(page.getByTestId('language-switch')).toBeVisible();
  await page.goto(`${host.origin}/#/partners/${partner.id}`);

  // Assert: a bar per year from 2017 to 2027, and a fold per year with its figures, newest first
  await expect(page.getByTestId('partner-year-bar')).toHaveCount(11);
  const folds = page.getByTestId('partner-year');
  await expect(folds).toHaveCount(11);
  await expect(folds.first()).toContainText('2027');
  await expect(folds.first()).toContainText('1 visit · 0 guests · 0 letters');
  await expect(folds.filter({ hasText: '2019' })).toContainText(
    '2 visits · 3 guests · 0 letters · 1 agreement signed',
  );
  // Only 2026's two visits and 2027's one are drawn; the others are folded
  await expect(page.getByTestId('partner-visit')).toHaveCount(3);
  await page.screenshot({ path: info.outputPath('partner-history.png'), fullPage: true });
  const page_ = await page.locator('body').boundingBox();
  expect(page_?.height ?? Infinity).toBeLessThan(2600);

  // Act: open 2019 from its bar
  await page.getByRole('button', { name: /^2019: 2 visits/ }).click();

  // Assert: its visits and the MoU's signing are shown
  const fold2019 = folds.filter({ hasText: '2019' });
  await expect(fold2019.getByTestId('partner-visit')).toHaveCount(2);
  await expect(fold2019.getByTestId('partner-visit').first()).toContainText('Ankara delegation 6');
  await expect(fold2019.getByTestId('timeline-event').first()).toContainText(
    'Memorandum of academic cooperation',
  );
  await expect(page.getByTestId('partner-visit')).toHaveCount(5);
  await page.screenshot({ path: info.outputPath('partner-history-2019.png'), fullPage: true });

  // Act: fold it again from its heading
  await fold2019.getByRole('button', { name: /2019/ }).click();
  await expect(page.getByTestId('partner-visit')).toHaveCount(3);
  await expectAccessible(page, 'en', 'partner history');
});
