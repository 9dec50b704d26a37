import type { Page } from '@playwright/test';
import type { MethodInput } from '../../src/shared/contract';
import type { Visit } from '../../src/shared/domain';
import { startCouchServer, type CouchServer, type TestUser } from '../support/couch-server';
import { makeDataDir, startHost, type RunningHost } from '../support/web-host';
import { callApi } from './arrange';
import { words } from './pages/a11y';
import { addGuest, createLetterVisit, MEHMET, setInstitution, visaRequest } from './pages/letters-data';
import { expect, test } from './fixtures';
import { addItem, CalendarPage, createNovemberVisit } from './pages/calendar-page';

/**
 * Two laptops of one office: two browser hosts, each on its own data folder, sharing one database on
 * a CouchDB-compatible server started by the test. What one officer adds shows in the other's calendar.
 */

const NOW = '2026-11-24T09:00:00+04:00';
const TUESDAY = '2026-11-24';
const OFFICER = { username: 'aysel', password: 'correct horse battery', role: 'writer' } as const;
const COLLEAGUE = { username: 'rauf', password: 'staple battery horse', role: 'writer' } as const;
const RECTORATE = { username: 'rectorate', password: 'reads only', role: 'reader' } as const;

test.use({ now: NOW });

let server: CouchServer;
let database = 0;
test.beforeAll(async () => {
  server = await startCouchServer({ users: [OFFICER, COLLEAGUE, RECTORATE] });
});
test.afterAll(async () => {
  await server.stop();
});

/**
 * A fresh office database, and a colleague's laptop beside the test's own host for `run`; the laptop is
 * stopped and the server reachable again after, whatever happened.
 */
async function withColleague(run: (office: string, laptop: { host: RunningHost }) => Promise<void>) {
  database += 1;
  const office = `${server.url}/office-${database}`;
  const laptop = await secondLaptop();
  try {
    await run(office, { host: laptop.host });
  } finally {
    server.unreachable.clear();
    await laptop.done();
  }
}

/** Another laptop: a second browser host on a folder of its own, on the same day. */
async function secondLaptop(): Promise<{ host: RunningHost; done(): Promise<void> }> {
  const dir = await makeDataDir();
  const host = await startHost(dir.path, ['--now', NOW]);
  return {
    host,
    done: async () => {
      await host.stop();
      await dir.remove();
    },
  };
}

/** A laptop joins the office through the core, in English, with its officer's name, and takes what is there. */
async function joinOffice(
  laptop: RunningHost,
  office: string,
  officer: TestUser,
  name?: string,
): Promise<void> {
  await callApi(laptop, 'settings.update', { uiLanguage: 'en', ...(name ? { officerName: name } : {}) });
  await callApi(laptop, 'sharing.connect', {
    url: office,
    username: officer.username,
    password: officer.password,
  });
  await callApi(laptop, 'sharing.syncNow', {});
}

/** What `visits.update` takes of a visit as the core answered it: its own fields, as the form sends them. */
function visitFields(visit: Visit): MethodInput<'visits.update'>['visit'] {
  const { title, partnerName, partnerCountry, status, arrivalDate, departureDate, colour } = visit;
  return { title, partnerName, partnerCountry, status, arrivalDate, departureDate, colour };
}

/** Settings → Office sharing, filled in and connected, as the officer does it. */
async function connect(page: Page, host: RunningHost, url: string): Promise<void> {
  await callApi(host, 'settings.update', { uiLanguage: 'en' });
  await page.goto(host.url);
  await page.goto(`${host.origin}/#/settings`);
  const card = page.getByRole('region', { name: 'Office sharing' });
  await card.getByLabel('Address of the office database').fill(url);
  await card.getByLabel('User name').fill(OFFICER.username);
  await card.getByLabel('Password', { exact: true }).fill(OFFICER.password);
  await card.getByRole('button', { name: 'Connect' }).click();
  await expect(card.getByTestId('sharing-state')).toHaveText('Synced');
}

test('an item added on one laptop appears in the other laptop’s calendar', async ({ page, host }) => {
  // Arrange: Aysel's laptop has a visit with a lecture; Rauf's laptop is empty
  await withColleague(async (office, rauf) => {
    const visitId = await createNovemberVisit(host, 'Ankara University', '#1c7ed6');
    const lecture = await addItem(host, visitId, {
      title: 'Lecture on energy law',
      startDate: TUESDAY,
      startTime: '10:00',
      endDate: TUESDAY,
      endTime: '11:00',
    });
    // Act: both connect to the office database
    await connect(page, host, office);
    await expect(page.getByTestId('sharing-indicator')).toContainText('Synced');
    await page.screenshot({ path: test.info().outputPath('settings.png') });
    await connect(page, rauf.host, office);

    // Assert: the lecture is in Rauf's calendar
    const cal = new CalendarPage(page);
    await cal.open(rauf.host, TUESDAY);
    await expect(cal.entry(lecture)).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('rauf-calendar.png') });

    // Act: Aysel opens her calendar; Rauf adds a dinner
    await cal.open(host, TUESDAY);
    await expect(cal.entry(lecture)).toBeVisible();
    const dinner = await addItem(rauf.host, visitId, {
      title: 'Dinner with the dean',
      startDate: TUESDAY,
      startTime: '19:00',
      endDate: TUESDAY,
      endTime: '21:00',
    });
    // Assert: sent by itself, it appears in Aysel's open calendar without a reload or a click
    await expect(cal.entry(dinner)).toBeVisible({ timeout: 20_000 });
    await expect(page.getByTestId('sharing-indicator')).toContainText('Synced');

    // Act: Aysel goes to restore a backup
    await page.goto(`${host.origin}/#/backups`);
    await page.getByRole('button', { name: 'Restore' }).first().click();

    // Assert: she is told it goes to the office, and can step back
    await expect(page.getByTestId('sharing-replace-warning')).toHaveText(
      'Office sharing is on: the visits as they are in this backup will be sent to the office, and replace the changes colleagues have made to them since.',
    );
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  });
});

test('a field both officers changed apart is shown on the visit with both values, and settled', async ({
  page,
  host,
}) => {
  // Arrange: one visit on both laptops
  await withColleague(async (office, rauf) => {
    const visitId = await createNovemberVisit(host, 'Ankara University', '#1c7ed6');
    await joinOffice(host, office, OFFICER, 'Aysel Məmmədova');
    await joinOffice(rauf.host, office, COLLEAGUE, 'Rauf Əliyev');
    const input = visitFields((await callApi(host, 'visits.get', { id: visitId })).visit);

    // Act: each renames it while apart; Aysel's reaches the office first
    await callApi(host, 'visits.update', {
      id: visitId,
      visit: { ...input, title: 'Ankara University, rector' },
    });
    await callApi(rauf.host, 'visits.update', {
      id: visitId,
      visit: { ...input, title: 'Ankara University, deans' },
    });
    await callApi(host, 'sharing.syncNow', {});
    await callApi(rauf.host, 'sharing.syncNow', {});
    await page.goto(rauf.host.url);
    await page.goto(`${rauf.host.origin}/#/visits/${visitId}`);

    // Assert: the office's title on the page, both values in the conflict, and the frame counts it
    const conflicts = page.getByTestId('sync-conflicts');
    await expect(page.getByRole('heading', { level: 2 })).toHaveText('Ankara University, rector');
    await expect(conflicts.getByTestId('conflict-mine')).toContainText('Ankara University, deans');
    await expect(conflicts.getByTestId('conflict-mine')).toContainText('Rauf Əliyev');
    await expect(conflicts.getByTestId('conflict-theirs')).toContainText('Ankara University, rector');
    await expect(conflicts.getByTestId('conflict-theirs')).toContainText('Aysel Məmmədova');
    await expect(page.getByTestId('sharing-indicator')).toContainText('1 conflict');
    await page.getByRole('button', { name: '1 conflict' }).click();
    await expect(page.getByTestId('sharing-conflict-visits').getByRole('menuitem')).toHaveText([
      'Ankara University, rector',
    ]);
    await page.keyboard.press('Escape');
    await page.screenshot({ path: test.info().outputPath('conflict.png'), fullPage: true });

    // Act: Rauf keeps his own
    await conflicts.getByRole('button', { name: "Keep this computer's" }).click();

    // Assert
    await expect(page.getByRole('heading', { level: 2 })).toHaveText('Ankara University, deans');
    await expect(page.getByTestId('sync-conflicts')).toHaveCount(0);
    await callApi(rauf.host, 'sharing.syncNow', {});
    await callApi(host, 'sharing.syncNow', {});
    expect((await callApi(host, 'visits.get', { id: visitId })).visit.title).toBe('Ankara University, deans');
  });
});

test('a partner made on one laptop appears in the other’s directory, and a field both changed is settled in Settings', async ({
  page,
  host,
}) => {
  // Arrange: both laptops share one office
  await withColleague(async (office, rauf) => {
    const ankara = {
      officialName: 'Ankara Üniversitesi',
      names: { az: '', en: 'Ankara University', ru: '' },
      country: 'TR',
      city: 'Ankara',
    } as const;
    await joinOffice(host, office, OFFICER, 'Aysel Məmmədova');
    await joinOffice(rauf.host, office, COLLEAGUE, 'Rauf Əliyev');
    await page.goto(rauf.host.url);
    await page.goto(`${rauf.host.origin}/#/partners`);

    // Act: Aysel adds a partner
    const partner = await callApi(host, 'partners.save', { partner: ankara });

    // Assert: sent by itself, it appears in Rauf's open directory
    await expect(page.getByText('Ankara Üniversitesi')).toBeVisible({ timeout: 20_000 });

    // Act: while Rauf's laptop cannot reach the office, each gives the partner's city differently
    server.unreachable.add(COLLEAGUE.username);
    await callApi(host, 'partners.save', { id: partner.id, partner: { ...ankara, city: 'Ankara, Çankaya' } });
    await callApi(rauf.host, 'partners.save', {
      id: partner.id,
      partner: { ...ankara, city: 'Ankara, Keçiören' },
    });
    await callApi(host, 'sharing.syncNow', {});
    server.unreachable.delete(COLLEAGUE.username);
    await callApi(rauf.host, 'sharing.syncNow', {});

    // Assert: the frame counts it and names the partner; Settings shows both values, who and when
    await expect(page.getByTestId('sharing-indicator')).toContainText('1 conflict', { timeout: 10_000 });
    await page.getByRole('button', { name: '1 conflict' }).click();
    const item = 'Partner: Ankara Üniversitesi';
    await expect(page.getByTestId('sharing-conflict-visits').getByRole('menuitem')).toHaveText([item]);
    await page.getByRole('menuitem', { name: item }).click();
    const panel = page.getByTestId('record-conflicts');
    await expect(panel.getByTestId('sync-conflict')).toContainText('City');
    await expect(panel.getByTestId('conflict-mine')).toContainText('Ankara, Keçiören');
    await expect(panel.getByTestId('conflict-mine')).toContainText('Rauf Əliyev');
    await expect(panel.getByTestId('conflict-theirs')).toContainText('Ankara, Çankaya');
    await expect(panel.getByTestId('conflict-theirs')).toContainText('Aysel Məmmədova');
    await panel.scrollIntoViewIfNeeded();
    await page.screenshot({ path: test.info().outputPath('record-conflict.png'), fullPage: true });

    // Act: Rauf keeps his own
    await panel.getByRole('button', { name: "Keep this computer's" }).click();

    // Assert: settled here, and the partner's city is Rauf's on Aysel's laptop too
    await expect(page.getByTestId('record-conflicts')).toHaveCount(0);
    await expect(page.getByTestId('sharing-indicator')).not.toContainText('conflict');
    await callApi(rauf.host, 'sharing.syncNow', {});
    await callApi(host, 'sharing.syncNow', {});
    expect((await callApi(host, 'partners.get', { id: partner.id })).partner.city).toBe('Ankara, Keçiören');
  });
});

test('the rector’s office, a reader, sees the office’s partners read-only and is told why a change is refused', async ({
  page,
  host,
}) => {
  // Arrange: the office has a partner; the rector's office signs in as a reader, in Russian
  await withColleague(async (office, rectorate) => {
    await callApi(host, 'partners.save', { partner: { officialName: 'Ankara Üniversitesi', country: 'TR' } });
    await joinOffice(host, office, OFFICER);
    const w = (key: string) => words('ru', key);
    await callApi(rectorate.host, 'settings.update', { uiLanguage: 'ru' });
    await callApi(rectorate.host, 'sharing.connect', {
      url: office,
      username: RECTORATE.username,
      password: RECTORATE.password,
    });
    await callApi(rectorate.host, 'sharing.syncNow', {});
    await page.goto(rectorate.host.url);
    await page.goto(`${rectorate.host.origin}/#/partners`);

    // Assert: the office's partner, under a banner that says why nothing can be changed
    await expect(page.getByTestId('reader-banner')).toContainText(w('sharing.reader.title'));
    await expect(page.getByTestId('partner-row')).toContainText('Ankara Üniversitesi');

    // Act: a new partner, typed and saved
    await page
      .getByRole('main')
      .getByRole('button', { name: w('partners.new') })
      .first()
      .click();
    const dialog = page.getByRole('dialog', { name: w('partners.form.newTitle') });
    await dialog.getByLabel(w('partners.form.officialName')).fill('Universität Wien');
    await dialog.getByRole('button', { name: w('partners.form.create') }).click();

    // Assert: refused in Russian, with what was typed still there
    await expect(dialog.getByRole('alert')).toHaveText(w('errors.code.officeReader'));
    await expect(dialog.getByLabel(w('partners.form.officialName'))).toHaveValue('Universität Wien');
    await page.screenshot({ path: test.info().outputPath('reader-refused.png'), fullPage: true });
    expect(await callApi(rectorate.host, 'partners.list', {})).toHaveLength(1);
  });
});

test('a letter issued on one laptop is listed in the other’s register, with who issued it', async ({
  page,
  host,
}) => {
  // Arrange: Aysel's laptop has the institution and a visit with a guest; both laptops share
  await withColleague(async (office, rauf) => {
    await setInstitution(host);
    const visitId = await createLetterVisit(host);
    const guestId = await addGuest(host, visitId, MEHMET);
    await joinOffice(host, office, OFFICER, 'Aysel Məmmədova');
    await joinOffice(rauf.host, office, COLLEAGUE, 'Rauf Əliyev');

    // Act: Aysel issues a visa invitation; both exchange
    const issued = await callApi(host, 'letters.issue', { request: visaRequest(visitId, guestId) });
    await callApi(host, 'sharing.syncNow', {});
    await callApi(rauf.host, 'sharing.syncNow', {});
    await page.goto(rauf.host.url);
    await page.goto(`${rauf.host.origin}/#/register`);

    // Assert: Rauf's register lists it under its number, as Aysel's, with no file to download here
    const row = page.getByTestId('register-row');
    await expect(row).toHaveCount(1);
    await expect(row).toContainText(issued.entry.number);
    await expect(row.getByTestId('issued-elsewhere')).toHaveText(
      'Issued by Aysel Məmmədova on another computer of the office; its file is there.',
    );
    await expect(row.getByRole('button')).toHaveCount(0);
    await page.screenshot({ path: test.info().outputPath('office-register.png'), fullPage: true });
  });
});

test('a visit form open while a colleague’s change arrives saves the officer’s change and keeps the colleague’s', async ({
  page,
  host,
}) => {
  // Arrange: one visit on both laptops; Rauf opens its form
  await withColleague(async (office, rauf) => {
    const visitId = await createNovemberVisit(host, 'Ankara University', '#1c7ed6');
    await joinOffice(host, office, OFFICER);
    await joinOffice(rauf.host, office, COLLEAGUE);
    await page.goto(rauf.host.url);
    await page.goto(`${rauf.host.origin}/#/visits/${visitId}`);
    await page.getByRole('main').getByRole('button', { name: 'Edit', exact: true }).first().click();
    const form = page.getByRole('dialog', { name: 'Edit visit' });
    await expect(form.getByRole('textbox', { name: 'Visit title', exact: true })).toHaveValue(
      'Ankara University',
    );

    // Act: Aysel gives the visit's purpose, and it reaches Rauf's laptop while his form is open
    const { visit } = await callApi(host, 'visits.get', { id: visitId });
    await callApi(host, 'visits.update', {
      id: visitId,
      visit: { ...visitFields(visit), purpose: 'Signing of the memorandum' },
    });
    await callApi(host, 'sharing.syncNow', {});
    await callApi(rauf.host, 'sharing.syncNow', {});
    // Rauf renames the visit in the form he opened before, and saves
    await form.getByRole('textbox', { name: 'Visit title', exact: true }).fill('Ankara University, rector');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(form).toBeHidden();

    // Assert: his title and her purpose, on his page and, once sent, on her laptop
    await expect(page.getByRole('heading', { level: 2 })).toHaveText('Ankara University, rector');
    await expect(page.getByRole('main')).toContainText('Signing of the memorandum');
    await callApi(rauf.host, 'sharing.syncNow', {});
    await callApi(host, 'sharing.syncNow', {});
    expect((await callApi(host, 'visits.get', { id: visitId })).visit).toMatchObject({
      title: 'Ankara University, rector',
      purpose: 'Signing of the memorandum',
    });
  });
});
