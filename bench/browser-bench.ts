import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { addDays } from '../src/shared/dates';
import { chromiumExecutable } from '../tests/support/browser';
import { startHost, type RunningHost } from '../tests/support/web-host';
import { FIRST_PAGE_QUERY } from '../src/renderer/src/visits/list-query';
import { BUSY_WEEK } from './generator';
import { median } from './stats';
import type { Figure } from './table';

/**
 * The renderer in Chromium through the browser host, on a generated data folder: the first
 * interactive list of visits, opening a visit, switching the calendar to the busy week. Each beside
 * the same data fetched over HTTP from the same page: what is left is the renderer's own time.
 */

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Milliseconds the page takes to call the core over HTTP and parse the answer. */
function fetchTime(page: Page, host: RunningHost, method: string, input: unknown): Promise<number> {
  return page.evaluate(
    async ({ method, input, token }) => {
      // The page's own clock (this function runs in Chromium, not in Node).
      const start = window.performance.now();
      const response = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-qonaq-token': token },
        body: JSON.stringify(input),
      });
      await response.json();
      return window.performance.now() - start;
    },
    { method, input, token: host.token },
  );
}

type ClockedWindow = Window & { qonaqPressAt?: number; qonaqShownAt?: number; qonaqShownRows?: number };

/** What a figure waits to see drawn. */
type Sight =
  | { kind: 'rows' }
  | { kind: 'visit' }
  | { kind: 'week'; previousTitle: string | null }
  | { kind: 'report'; previousPeriod: string | null };

/**
 * A script that watches the page for `sight` and records, on the page's clock, when the frame that
 * draws it has been painted: a MutationObserver sees the change; the animation frame that follows is
 * the one that draws it, and a task posted from that frame runs once the frame is painted (style,
 * layout, paint and the compositor's commit are done by then). The driver collects the time later, so a
 * figure ends where the page painted it, not where the driver next looked.
 *
 * Plain source text: a function passed to the page would carry the helpers the TypeScript loader adds
 * to named functions, which the page does not have.
 */
function watchFor(sight: Sight): string {
  return `(() => {
    const sight = ${JSON.stringify(sight)};
    const holds = () => {
      if (sight.kind === 'rows') return document.querySelector('[data-testid="visit-row"]') !== null;
      if (sight.kind === 'visit') {
        return document.querySelector('[data-testid="visit-details"]') !== null &&
          document.querySelector('[data-testid="visit-dates"]') !== null;
      }
      if (sight.kind === 'report') {
        const period = document.querySelector('[data-testid="report"] [role="status"]')?.textContent ?? null;
        if (period === null || period === sight.previousPeriod) return false;
        // Every chart of the new period has its bars in the document (their first frame: they grow from there).
        const charts = Array.from(document.querySelectorAll('[data-testid="report"] section [role="img"]'));
        return charts.length > 0 && charts.every((chart) => chart.querySelector('.recharts-bar-rectangle') !== null);
      }
      const title = document.querySelector('[data-testid="calendar-title"]')?.textContent ?? null;
      if (title === null || title === sight.previousTitle) return false;
      // The new week's entries are drawn in one go: one programme item not on the week before will do.
      const items = document.querySelectorAll('[data-testid="calendar-entry"][data-kind="item"]');
      return Array.from(items).some((item) => !before.has(item.dataset.entryId));
    };
    const before = new Set(
      Array.from(document.querySelectorAll('[data-testid="calendar-entry"]')).map((entry) => entry.dataset.entryId),
    );
    const observer = new MutationObserver(() => {
      if (!holds()) return;
      observer.disconnect();
      requestAnimationFrame(() => {
        // The next task after this frame: it runs once the frame is painted.
        setTimeout(() => {
          window.qonaqShownAt = performance.now();
          window.qonaqShownRows = document.querySelectorAll('[data-testid="visit-row"]').length;
        }, 0);
      });
    });
    observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  })();`;
}

/** The time `watchFor` recorded, once it has. */
async function shownAt(page: Page): Promise<number> {
  const answer = await page.waitForFunction(
    () => (window as ClockedWindow).qonaqShownAt ?? false,
    undefined,
    {
      polling: 100,
    },
  );
  const value = await answer.jsonValue();
  if (typeof value !== 'number') throw new Error(`expected a time, got ${String(value)}`);
  return value;
}

/**
 * Starts the page's clock at the next press of the pointer that reaches the page (the `pointerdown`
 * event's own time), so that a figure starts where the user's press does (the app may start fetching
 * there), not at the click that follows, nor where the test driver begins looking for the element.
 */
async function armPressClock(page: Page, sight: Sight): Promise<void> {
  await page.evaluate(watchFor(sight));
  await page.evaluate(() => {
    window.addEventListener(
      'pointerdown',
      (event) => {
        (window as ClockedWindow).qonaqPressAt = event.timeStamp;
      },
      { capture: true, once: true },
    );
  });
}

/** Milliseconds from the press `armPressClock` saw to the painted frame it watched for. */
async function sincePress(page: Page): Promise<number> {
  const shown = await shownAt(page);
  const pressAt = await page.evaluate(() => (window as ClockedWindow).qonaqPressAt);
  if (typeof pressAt !== 'number') throw new Error('the press did not reach the page');
  return shown - pressAt;
}

/** A fresh page already holding the host's token, as after a reload, opened straight on `hash`. */
async function pageAt(browser: Browser, host: RunningHost, hash: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript((token) => sessionStorage.setItem('qonaq.token', token), host.token);
  const page = await context.newPage();
  // Ten years of visits are slow to draw; the figure tells how slow, a timeout would tell nothing.
  page.setDefaultTimeout(600_000);
  await page.goto(`${host.origin}/${hash}`);
  return page;
}

export async function firstList(
  browser: Browser,
  host: RunningHost,
): Promise<{ value: number; limit: number; rows: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  page.setDefaultTimeout(600_000);
  await page.addInitScript(watchFor({ kind: 'rows' }));
  const startWall = Date.now();
  await page.goto(host.url, { waitUntil: 'commit' });
  // The wall clock of the page's first frame with a row (its clock counts from its time origin).
  const shown = await shownAt(page);
  const origin = await page.evaluate(() => window.performance.timeOrigin);
  const value = origin + shown - startWall;
  const rows = (await page.evaluate(() => (window as ClockedWindow).qonaqShownRows)) ?? 0;
  // What that frame needs from the core: the first page of the list (see FIRST_PAGE_QUERY), asked for
  // once the page is idle (right after the first frame, it waited behind the page fetching the rest).
  await page.waitForLoadState('networkidle');
  const limit = await fetchTime(page, host, 'visits.list', { limit: FIRST_PAGE_QUERY.limit });
  await context.close();
  return { value, limit, rows };
}

/** Opens a visit of the busy week by its link in the list, timed from the click to its details. */
export async function openVisit(
  browser: Browser,
  host: RunningHost,
  id: string,
): Promise<{ value: number; limit: number }> {
  const page = await pageAt(browser, host, '#/');
  const link = page.locator(`a[href$="${id}"]`).first();
  await link.waitFor();
  // The app has started (a figure of its own, above) and has nothing left to fetch: what is timed is
  // opening a visit, not opening it while the first screen's chunks are still arriving.
  await page.waitForLoadState('networkidle');
  // The limit is asked for while the page is idle, as the click will find it: asked for after the
  // click, it waited behind the page drawing the visit's sections.
  const limit = await fetchTime(page, host, 'visits.get', { id });
  await armPressClock(page, { kind: 'visit' });
  await link.click();
  // Milliseconds from the click to the first frame with the visit's details, on the page's clock.
  const value = await sincePress(page);
  await page.context().close();
  return { value, limit };
}

/** The label of the calendar's "next" button in the week view, in English (the data's UI language). */
export function nextWeekLabel(): string | null {
  const text = JSON.parse(readFileSync(join(__dirname, '../locales/en/calendar.json'), 'utf8')) as {
    next?: { timeGridWeek?: string };
  };
  return text.next?.timeGridWeek ?? null;
}

export async function weekSwitch(
  browser: Browser,
  host: RunningHost,
  label: string,
): Promise<{ value: number; limit: number; items: number }> {
  const page = await pageAt(browser, host, `#/calendar/${addDays(BUSY_WEEK, -7)}`);
  await page.getByTestId('calendar-page').waitFor();
  const title = page.getByTestId('calendar-title');
  await title.waitFor();
  const before = await title.textContent();
  const next = page.getByRole('button', { name: label, exact: true });
  await next.waitFor();
  // The week before has its entries drawn; the switch is timed from the click to the busy week's.
  await page.locator('[data-testid="calendar-entry"]').first().waitFor();
  await page.waitForLoadState('networkidle');
  const limit = await fetchTime(page, host, 'calendar.range', {
    from: BUSY_WEEK,
    to: addDays(BUSY_WEEK, 7),
    visitIds: [],
  });
  await armPressClock(page, { kind: 'week', previousTitle: before });
  await next.click();
  const value = await sincePress(page);
  const items = await page.locator('[data-testid="calendar-entry"][data-kind="item"]').count();
  await page.context().close();
  return { value, limit, items };
}

/**
 * The busy week reached by a date picked in the calendar's "go to date" field, from two weeks before:
 * a week the page did not fetch ahead (it fetches the weeks either side of the one shown). Timed from
 * the press on the day in the picker to the busy week's entries painted; its data is asked for then.
 */
export async function weekJump(browser: Browser, host: RunningHost): Promise<{ value: number }> {
  const page = await pageAt(browser, host, `#/calendar/${addDays(BUSY_WEEK, -14)}`);
  const title = page.getByTestId('calendar-title');
  await title.waitFor();
  await page.locator('[data-testid="calendar-entry"]').first().waitFor();
  await page.waitForLoadState('networkidle');
  const before = await title.textContent();
  // Which weeks the page asks for from here on: the busy week must be asked for after the press.
  const asked: number[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/api/calendar.range') && request.postData()?.includes(`"from":"${BUSY_WEEK}`))
      asked.push(Date.now());
  });
  const pressedAt = { wall: 0 };
  await page.getByTestId('go-to-date').click();
  // The picker opens on the month shown (November 2026); the busy week's Monday is in it.
  const day = page
    .locator('.mantine-DateInput-day:not([data-outside])')
    .filter({ hasText: new RegExp(`^${Number(BUSY_WEEK.slice(8, 10))}$`) })
    .first();
  await day.waitFor();
  await armPressClock(page, { kind: 'week', previousTitle: before });
  pressedAt.wall = Date.now();
  await day.click();
  const value = await sincePress(page);
  await page.context().close();
  if (!asked.some((at) => at >= pressedAt.wall))
    throw new Error('the busy week was not asked for after the press');
  return { value };
}

/** The Reports page switched from its first period (this quarter) to this year: from the click to the year's charts drawn. */
export async function reportYear(
  browser: Browser,
  host: RunningHost,
): Promise<{ value: number; limit: number; charts: number }> {
  const page = await pageAt(browser, host, '#/reports');
  const period = page.locator('[data-testid="report"] [role="status"]');
  await period.waitFor();
  await page.waitForLoadState('networkidle');
  const previousPeriod = await period.textContent();
  const year = new Date().getUTCFullYear();
  const language = await page.evaluate(() => document.documentElement.lang || 'az');
  const limit = await fetchTime(page, host, 'reports.figures', {
    from: `${year}-01-01`,
    to: `${year}-12-31`,
    language: ['az', 'en', 'ru'].includes(language) ? language : 'az',
    compare: false,
  });
  await armPressClock(page, { kind: 'report', previousPeriod });
  // The period's kind, whatever the interface's language: the segment whose radio is `year`.
  await page.locator('.mantine-SegmentedControl-control:has(input[value="year"]) label').click();
  const value = await sincePress(page);
  const charts = await page.locator('[data-testid="report"] section [role="img"]').count();
  await page.context().close();
  return { value, limit, charts };
}

/** CPU time (user + system, in clock ticks) a process has used, from /proc; null where there is none. */
async function cpuTicks(pid: number): Promise<number | null> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => null);
  // Fields after the command name (which may hold spaces) start after its closing parenthesis.
  const fields = stat?.slice(stat.lastIndexOf(')') + 2).split(' ');
  if (!fields) return null;
  return Number(fields[11]) + Number(fields[12]);
}

/**
 * Waits until the core has opened the store for good and is idle: its index of visits written, every
 * visit read and checked in the background, and its process using under 5 % of a core for two seconds
 * in a row (after reading five thousand files it collects garbage for a while). The figures here are
 * the page's; the core's own start, with and without an index, is the cold load's. Without this wait,
 * a fresh copy (no index yet) made the first list's first run the first start after an upgrade, and
 * the next ones ran beside the core reading, then collecting, on the same two cores.
 */
export async function coreOpened(host: RunningHost): Promise<void> {
  const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
  for (;;) {
    const response = await fetch(`${host.origin}/api/app.status`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-qonaq-token': host.token },
      body: '{}',
    });
    const status = (await response.json()) as { ok: boolean; value?: { loading?: boolean } };
    if (status.ok && status.value?.loading !== true) break;
    await sleep(200);
  }
  if (host.pid === undefined) return;
  const ticksPerSecond = 100;
  let quiet = 0;
  for (let waited = 0; quiet < 2 && waited < 60; waited++) {
    const before = await cpuTicks(host.pid);
    await sleep(1000);
    const after = await cpuTicks(host.pid);
    if (before === null || after === null) return;
    quiet = after - before < 0.05 * ticksPerSecond ? quiet + 1 : 0;
  }
}

/** `openId`: a visit the list shows near its top (upcoming), opened from there. */
export async function browserFigures(
  dataDir: string,
  size: string,
  runs: number,
  openId: string,
): Promise<Figure[]> {
  const executablePath = chromiumExecutable();
  if (!executablePath) {
    const pending = 'no system Chromium';
    return ['list', 'open', 'week'].map((id) => ({
      id: `${id}-${size}`,
      label: id,
      size,
      value: 0,
      unit: 'ms',
      pending,
    }));
  }
  const host = await startHost(dataDir);
  await coreOpened(host);
  const browser = await chromium.launch({ executablePath, args: ARGS });
  try {
    const lists = [];
    for (let i = 0; i < runs; i++) lists.push(await firstList(browser, host));
    const opens = [];
    for (let i = 0; i < runs; i++) opens.push(await openVisit(browser, host, openId));
    const rows = lists[0]?.rows ?? 0;
    const spread = (values: number[]) => values.map((v) => v.toFixed(0)).join(', ');
    console.error(`[bench] ${size} first list, each run (ms): ${spread(lists.map((l) => l.value))}`);
    console.error(`[bench] ${size} open a visit, each run (ms): ${spread(opens.map((o) => o.value))}`);
    const figures: Figure[] = [
      {
        id: `list-${size}`,
        label: `First visit list: from \`page.goto\` (a new tab, the app's files in the browser's cache after the first run) to the first painted frame with rows (${rows} rows in it); core already open and idle`,
        size,
        value: median(lists.map((l) => l.value)),
        unit: 'ms',
        limitLabel: `visits.list of the first ${FIRST_PAGE_QUERY.limit ?? 0}: fetch to parsed JSON from the idle page`,
        limit: median(lists.map((l) => l.limit)),
        target: { under: 1000 },
      },
      {
        id: `open-${size}`,
        label:
          'Open a visit from the list: from the `pointerdown` on its row (where its data is asked for) to the painted frame with its details; its first opening in the page, below the first screen',
        size,
        value: median(opens.map((o) => o.value)),
        unit: 'ms',
        limitLabel: 'visits.get: fetch to parsed JSON from the idle page',
        limit: median(opens.map((o) => o.limit)),
        target: { under: 100 },
      },
    ];
    const label = nextWeekLabel();
    const calendarBuilt = label !== null;
    if (!calendarBuilt) {
      figures.push({
        id: `week-ui-${size}`,
        label: 'Switch the calendar week',
        size,
        value: 0,
        unit: 'ms',
        pending: 'calendar page not built yet',
        target: { under: 200 },
      });
    } else {
      const weeks = [];
      for (let i = 0; i < runs; i++) weeks.push(await weekSwitch(browser, host, label));
      console.error(`[bench] ${size} week switch, each run (ms): ${spread(weeks.map((w) => w.value))}`);
      figures.push({
        id: `week-ui-${size}`,
        label: `Calendar week switch, fetched ahead: from the \`pointerdown\` on "Next week" to the painted frame with the busy week's entries (${weeks[0]?.items ?? 0} items); the page idle, the week after fetched ahead`,
        size,
        value: median(weeks.map((w) => w.value)),
        unit: 'ms',
        limitLabel: 'calendar.range of the busy week: fetch to parsed JSON from the idle page',
        limit: median(weeks.map((w) => w.limit)),
        target: { under: 200 },
      });
      const jumps = [];
      for (let i = 0; i < runs; i++) jumps.push(await weekJump(browser, host));
      console.error(
        `[bench] ${size} week not fetched ahead, each run (ms): ${spread(jumps.map((j) => j.value))}`,
      );
      figures.push({
        id: `week-jump-${size}`,
        label:
          'Calendar week switch, not fetched ahead: from the `pointerdown` on a day of the busy week in "Go to date" (two weeks on) to the painted frame with its entries; its data asked for at the press',
        size,
        value: median(jumps.map((j) => j.value)),
        unit: 'ms',
        limitLabel: 'calendar.range of the busy week: fetch to parsed JSON from the idle page',
        limit: median(weeks.map((w) => w.limit)),
        target: { under: 200 },
      });
    }
    const reports = [];
    for (let i = 0; i < runs; i++) reports.push(await reportYear(browser, host));
    console.error(`[bench] ${size} reports year, each run (ms): ${spread(reports.map((r) => r.value))}`);
    figures.push({
      id: `reports-ui-${size}`,
      label: `Reports page: from the \`pointerdown\` on Year to the painted frame with this year's figures and charts (${reports[0]?.charts ?? 0} charts, their first frame)`,
      size,
      value: median(reports.map((r) => r.value)),
      unit: 'ms',
      limitLabel: 'reports.figures of the year: fetch to parsed JSON from the idle page',
      limit: median(reports.map((r) => r.limit)),
      target: { under: 500 },
    });
    return figures;
  } finally {
    await browser.close();
    await host.stop();
  }
}
