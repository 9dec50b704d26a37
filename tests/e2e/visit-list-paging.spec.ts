import { test, expect } from './fixtures';
import { callApi } from './arrange';
import { VisitsPage } from './pages/visits-page';
import type { RunningHost } from '../support/web-host';

const VISITS = 230;
/** Every tenth visit comes from Tartu: what the search narrows the list to. */
const TARTU = 23;

/** Visits of two days each, one a day from 1 January 2030, made through the API a few at a time. */
async function createVisits(host: RunningHost, count: number): Promise<void> {
  const batch = 10;
  for (let start = 0; start < count; start += batch) {
    await Promise.all(
      Array.from({ length: Math.min(batch, count - start) }, (_, offset) => {
        const n = start + offset;
        const day = new Date(Date.UTC(2030, 0, 1 + n)).toISOString().slice(0, 10);
        const last = new Date(Date.UTC(2030, 0, 2 + n)).toISOString().slice(0, 10);
        return callApi(host, 'visits.create', {
          visit: {
            title: `Delegation ${String(n + 1).padStart(3, '0')}`,
            partnerName: n % 10 === 0 ? 'University of Tartu' : 'Istanbul Technical University',
            partnerCountry: n % 10 === 0 ? 'EE' : 'TR',
            status: 'planned',
            arrivalDate: day,
            departureDate: last,
          },
        });
      }),
    );
  }
}

test('a long list draws a hundred visits at a time, keeps the total in view and filters over all of them', async ({
  page,
  host,
}) => {
  // Arrange: 230 upcoming visits, in the English UI
  await callApi(host, 'settings.update', { uiLanguage: 'en' });
  await createVisits(host, VISITS);
  const visits = new VisitsPage(page);
  visits.lang = 'en';
  await visits.open(host);

  // Assert: the first hundred, in date order, with the total and what is left
  await expect(page.getByTestId('visit-count')).toContainText(`${VISITS} visits`);
  await expect(visits.rows).toHaveCount(100);
  await expect(visits.rows.first()).toContainText('Delegation 001');
  await expect(visits.rows.last()).toContainText('Delegation 100');
  const more = page.getByRole('button', { name: /^Show more/ });
  await expect(more).toHaveText('Show more (130 more visits)');

  // Act + assert: each "Show more" adds a hundred, and the button goes when all are shown
  await more.click();
  await expect(visits.rows).toHaveCount(200);
  await expect(more).toHaveText('Show more (30 more visits)');
  await more.click();
  await expect(visits.rows).toHaveCount(VISITS);
  await expect(visits.rows.last()).toContainText(`Delegation ${VISITS}`);
  await expect(more).toHaveCount(0);

  // Act + assert: a search narrows the rows to the matching visits, from all of them
  await visits.filterByText('Tartu');
  await expect(visits.rows).toHaveCount(TARTU);
  await expect(page.getByTestId('visit-count')).toContainText(`${TARTU} visits match the filters`);
  await expect(more).toHaveCount(0);
  await visits.rows.filter({ hasText: 'Delegation 221' }).getByRole('link').click();
  await visits.expectVisitPage('Delegation 221');
});

test('the "Show more" button counts what is left in each language', async ({ page, host }) => {
  // Arrange: 102 visits, in the Russian UI
  await callApi(host, 'settings.update', { uiLanguage: 'ru' });
  await createVisits(host, 102);
  const visits = new VisitsPage(page);
  visits.lang = 'ru';
  await visits.open(host);

  // Assert: Russian and Azerbaijani plurals of the total and of what is left
  await expect(page.getByTestId('visit-count')).toContainText('102 визита');
  await expect(page.getByRole('button', { name: 'Показать ещё (осталось 2 визита)' })).toBeVisible();
  await visits.switchLanguage('az');
  await expect(page.getByTestId('visit-count')).toContainText('102 səfər');
  await expect(page.getByRole('button', { name: 'Daha çox göstər (qalan 2 səfər)' })).toBeVisible();
});

test('the first hundred visits are drawn while the whole list is still on its way', async ({
  page,
  host,
}) => {
  // Arrange: 120 visits; the answer with every visit is held back until the test lets it go
  await callApi(host, 'settings.update', { uiLanguage: 'en' });
  await createVisits(host, 120);
  const asked: unknown[] = [];
  let release: () => void = () => undefined;
  const released = new Promise<void>((done) => (release = done));
  await page.route('**/api/visits.list', async (route) => {
    const input: unknown = route.request().postDataJSON();
    asked.push(input);
    if (typeof input === 'object' && input !== null && !('limit' in input)) await released;
    await route.continue();
  });
  const visits = new VisitsPage(page);
  visits.lang = 'en';

  // Act: open the app
  await page.goto(host.url);

  // Assert: the first page is on screen, without a total or "Show more" that would be wrong
  await expect(visits.rows).toHaveCount(100);
  await expect(visits.rows.first()).toContainText('Delegation 001');
  await expect(page.getByTestId('visit-count')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Show more/ })).toHaveCount(0);
  expect(asked[0]).toMatchObject({ limit: 100 });

  // Act + assert: with the whole list here, the total and the rest follow
  release();
  await expect(page.getByTestId('visit-count')).toContainText('120 visits');
  await expect(page.getByRole('button', { name: /^Show more/ })).toHaveText('Show more (20 more visits)');
  await expect(visits.rows).toHaveCount(100);
});

test('the visits on screen are fetched while the list is idle and open at once, even while the core is slow', async ({
  page,
  host,
}) => {
  // Arrange: 30 visits, more than the screen holds
  await callApi(host, 'settings.update', { uiLanguage: 'en' });
  await createVisits(host, 30);
  const fetched: string[] = [];
  let slow = false;
  await page.route('**/api/visits.get', async (route) => {
    const input = route.request().postDataJSON() as { id: string };
    if (slow) return; // held: never answered
    fetched.push(input.id);
    await route.continue();
  });
  const visits = new VisitsPage(page);
  visits.lang = 'en';
  await visits.open(host);
  const height = page.viewportSize()?.height ?? 0;
  const inView: string[] = [];
  for (const row of await visits.rows.all()) {
    const box = await row.boundingBox();
    const id = await row.getAttribute('data-visit');
    if (box && id && box.y < height) inView.push(id);
  }

  // Assert: the rows in view were fetched ahead, and only those (at most twelve)
  await expect.poll(() => fetched.length).toBe(Math.min(inView.length, 12));
  expect(fetched).toEqual(inView.slice(0, 12));
  expect(inView.length).toBeLessThan(30);

  // Act: the core stops answering, and the first visit is opened
  slow = true;
  await visits.rows.first().getByRole('link').click();

  // Assert: its page is drawn from what was fetched ahead
  await expect(page.getByTestId('visit-dates')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Delegation 001');
  await expect(page.getByTestId('visit-details')).toBeVisible();
});
