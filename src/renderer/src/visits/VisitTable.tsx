import {
  Fragment,
  memo,
  useEffect,
  useRef,
  useState,
  type FocusEvent,
  type MouseEvent,
  type PointerEvent,
  type RefObject,
} from 'react';
import { Button, Center, Stack, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { VisitSummary } from '../../../shared/visits-contract';
import { usePainted, whenIdle } from '../after-paint';
import { useFormat } from '../format';
import { prefetchVisit, visitAtHand } from '../queries';
import { navigate, routeHref } from '../route';
import { PAGE_SIZE } from './list-query';
import { loadVisitPage } from './preload';
import classes from './VisitTable.module.css';
import { statusBadge } from './status-badge';
import { plainClick } from '../plain-click';

const COLUMNS = 7;
/**
 * Rows in the table's first drawing: more than a screen holds. The rest of the first page follows in
 * a task of its own, once these are on screen: laid out with them, they kept the list off screen longer.
 */
const FIRST_SCREEN = 30;

/** A row's words, translated and formatted once by the table: rows themselves never subscribe to i18n. */
interface RowText {
  partner: string;
  country: string;
  dates: string;
  status: string;
  guestLabel: string;
}

/** How long a pointer rests on a row before its visit is fetched: passing over rows fetches nothing. */
const INTENT_MS = 120;

function rowVisit(target: EventTarget): string | undefined {
  return (
    (target instanceof Element && target.closest<HTMLElement>('tr[data-visit]')?.dataset.visit) || undefined
  );
}

/**
 * Fetches the visit under the pointer once the pointer rests there, or at once when it is pressed:
 * by the time the click opens the page its data is on the way or already here.
 */
function usePrefetchOnIntent() {
  const timer = useRef<number | undefined>(undefined);
  const over = useRef<string | undefined>(undefined);
  const cancel = () => {
    window.clearTimeout(timer.current);
    over.current = undefined;
  };
  useEffect(() => cancel, []);
  const now = (target: EventTarget) => {
    const id = rowVisit(target);
    if (id) void prefetchVisit(id);
  };
  return {
    onPointerOver: (event: PointerEvent) => {
      const id = rowVisit(event.target);
      // Moving between the cells of one row is still resting on it.
      if (id === over.current) return;
      cancel();
      if (!id) return;
      over.current = id;
      void loadVisitPage();
      timer.current = window.setTimeout(() => void prefetchVisit(id), INTENT_MS);
    },
    onPointerLeave: cancel,
    onPointerDown: (event: PointerEvent) => now(event.target),
    onFocus: (event: FocusEvent) => now(event.target),
  };
}

/** How long a click waits for the visit's data before its page opens anyway, with a loader. */
const OPEN_WAIT_MS = 300;

/**
 * Opens a visit once its data is at hand: at once when it was fetched before (the page draws what is
 * kept and asks again if it is not fresh), else once it arrives (it is fetched from the press of the
 * pointer on). The list stays until the page can be drawn whole, in one go, instead of a loader drawn
 * first and then the page. A slow answer does not hold the click back for more than a moment.
 */
async function openWhenReady(id: string): Promise<void> {
  if (!visitAtHand(id)) {
    await Promise.race([prefetchVisit(id), new Promise((done) => window.setTimeout(done, OPEN_WAIT_MS))]);
  }
  navigate({ name: 'visit', id });
}

/** At most this many visits are fetched ahead from the rows on screen. */
const AHEAD_ON_SCREEN = 12;

/**
 * Once the list is on screen and the page is idle, the visits of the rows in view (of the table body
 * the returned ref is set on) are fetched, one after the other, so that opening one of them draws its
 * page at once. Rows further down are fetched when the pointer rests on them or presses them
 * (`usePrefetchOnIntent`).
 */
function usePrefetchOnScreen(ready: boolean): RefObject<HTMLTableSectionElement | null> {
  const body = useRef<HTMLTableSectionElement>(null);
  useEffect(() => {
    if (!ready) return;
    let stopped = false;
    const fetchInView = async () => {
      const rows = body.current?.querySelectorAll<HTMLElement>('tr[data-visit]') ?? [];
      const inView = Array.from(rows)
        .filter((row) => row.getBoundingClientRect().top < window.innerHeight)
        .slice(0, AHEAD_ON_SCREEN);
      for (const row of inView) {
        const id = row.dataset.visit;
        if (stopped) return;
        if (id && !visitAtHand(id)) await prefetchVisit(id);
      }
    };
    const cancel = whenIdle(() => void fetchInView(), 2000);
    return () => {
      stopped = true;
      cancel();
    };
  }, [ready]);
  return body;
}

function openRow(event: MouseEvent<HTMLTableRowElement>, id: string) {
  if (!plainClick(event)) return;
  // The title is a real link (open in a new tab works); a plain click on it opens the visit here.
  event.preventDefault();
  void openWhenReady(id);
}

/** One visit as a few plain elements: thousands of visits are drawn a page at a time, each row cheaply. */
const VisitRow = memo(function VisitRow({ visit, ...text }: { visit: VisitSummary } & RowText) {
  return (
    <tr
      data-testid="visit-row"
      data-visit={visit.id}
      className={classes.row}
      onClick={(event) => openRow(event, visit.id)}
    >
      <td className={classes.dotCell}>
        <span className={classes.dot} style={{ background: visit.colour }} aria-hidden="true" />
      </td>
      <td>
        <a href={routeHref({ name: 'visit', id: visit.id })} className={classes.title}>
          {visit.title}
        </a>
      </td>
      <td>
        {text.partner || text.country || '—'}
        {text.partner && text.country && <span className={classes.secondary}>{text.country}</span>}
      </td>
      <td className={classes.nowrap}>{text.dates}</td>
      <td>
        <span {...statusBadge(visit.status)}>{text.status}</span>
      </td>
      <td className={classes.number} aria-label={text.guestLabel}>
        {visit.guestCount}
      </td>
      <td>{visit.headName || <span className={classes.dimmed}>—</span>}</td>
    </tr>
  );
});

/**
 * Visits in the order the core gives: upcoming and current first, then past ones under their own
 * heading. Only the first pages are drawn; "Show more" adds the next. Remount (a `key`) to start over.
 */
export function VisitTable({ visits, today }: { visits: VisitSummary[]; today: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [limit, setLimit] = useState(PAGE_SIZE);
  const settled = usePainted();
  const intent = usePrefetchOnIntent();
  const body = usePrefetchOnScreen(settled);
  const shown = visits.slice(0, settled ? limit : Math.min(limit, FIRST_SCREEN));
  const hidden = visits.length - Math.min(visits.length, limit);
  const firstPast = visits.findIndex((visit) => visit.departureDate < today);
  const textOf = (visit: VisitSummary): RowText => ({
    partner: visit.partnerName,
    country: format.country(visit.partnerCountry),
    dates: format.dateRange(visit.arrivalDate, visit.departureDate),
    status: t(`visit.status.${visit.status}`),
    guestLabel: t('visit.list.guestCount', { count: visit.guestCount }),
  });
  return (
    <Stack gap={0}>
      <Table verticalSpacing="sm" horizontalSpacing="md" aria-label={t('visit.list.tableLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th aria-label={t('visit.field.colour')} />
            <Table.Th>{t('visit.list.visit')}</Table.Th>
            <Table.Th>{t('visit.list.partner')}</Table.Th>
            <Table.Th>{t('visit.list.dates')}</Table.Th>
            <Table.Th>{t('visit.field.status')}</Table.Th>
            <Table.Th ta="right">{t('visit.list.guests')}</Table.Th>
            <Table.Th>{t('visit.list.head')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody ref={body} {...intent}>
          {shown.map((visit, index) => (
            <Fragment key={visit.id}>
              {index === firstPast && (
                <tr data-testid="past-divider" className={classes.divider}>
                  <td colSpan={COLUMNS}>
                    <span role="heading" aria-level={3}>
                      {t('visit.list.past')}
                    </span>
                  </td>
                </tr>
              )}
              <VisitRow visit={visit} {...textOf(visit)} />
            </Fragment>
          ))}
        </Table.Tbody>
      </Table>
      {hidden > 0 && (
        <Center p="sm" style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}>
          <Button variant="default" onClick={() => setLimit((current) => current + PAGE_SIZE)}>
            {t('visit.list.showMore', { count: hidden })}
          </Button>
        </Center>
      )}
    </Stack>
  );
}
