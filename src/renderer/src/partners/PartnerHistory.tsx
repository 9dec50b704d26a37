import { useEffect, useMemo, useState } from 'react';
import { Accordion, Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { todayInBaku } from '../../../shared/baku-time';
import type { PartnerDetail } from '../../../shared/partners-contract';
import { partnerYears, yearsOpenAtFirst, type PartnerYear } from '../../../shared/partners-years';
import { SectionTitle } from '../SectionTitle';
import { PartnerVisitsTable } from './PartnerVisits';
import { AgreementEvents } from './PartnerTimeline';
import { PartnerYearStrip } from './PartnerYearStrip';
import { useYearFigures } from './year-figures';

/** What an open year shows: its visits and its agreement events, drawn only once it is open. */
function YearPanel({ detail, year }: { detail: PartnerDetail; year: PartnerYear }) {
  const { t } = useTranslation();
  if (year.visitList.length === 0 && year.agreementEvents.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {year.letters > 0 ? t('partners.history.onlyLetters') : t('partners.history.nothing')}
      </Text>
    );
  }
  return (
    <Stack gap="md">
      {year.visitList.length > 0 && (
        <PartnerVisitsTable
          visits={year.visitList}
          label={t('partners.history.visitsOf', { year: year.year })}
        />
      )}
      {year.agreementEvents.length > 0 && (
        <AgreementEvents
          detail={detail}
          events={year.agreementEvents}
          label={t('partners.history.agreementsOf', { year: year.year })}
        />
      )}
    </Stack>
  );
}

/**
 * The partner's whole history at a glance: a strip of its years that fits the page, then a fold per
 * year (newest first) with the year's visits, guests, letters and agreements signed; this year and
 * next are open, and the latest year with anything in it; any other opens from its fold or its bar.
 */
export function PartnerHistory({ detail }: { detail: PartnerDetail }) {
  const { t } = useTranslation();
  const figures = useYearFigures();
  const today = todayInBaku();
  const thisYear = Number(today.slice(0, 4));
  const years = useMemo(() => partnerYears(detail, today), [detail, today]);
  // The folds the page opens with follow the history as it grows (an agreement saved here); a fold the
  // user opened or closed stays as they left it.
  const [chosen, setChosen] = useState<ReadonlyMap<number, boolean>>(new Map());
  const open = useMemo(() => {
    const atFirst = new Set(yearsOpenAtFirst(years, thisYear));
    return years.filter((y) => chosen.get(y.year) ?? atFirst.has(y.year)).map((y) => String(y.year));
  }, [years, thisYear, chosen]);
  const setOpen = (values: string[]) => {
    setChosen((was) => {
      const next = new Map(was);
      for (const y of years) {
        const isOpen = values.includes(String(y.year));
        if (isOpen !== open.includes(String(y.year))) next.set(y.year, isOpen);
      }
      return next;
    });
  };
  const [shown, setShown] = useState<number | null>(null);
  useEffect(() => {
    if (shown === null) return;
    const item = document.getElementById(`partner-year-${shown}`);
    item?.scrollIntoView({ block: 'start' });
    item?.querySelector('button')?.focus({ preventScroll: true });
  }, [shown]);
  const visitsInAll = years.reduce((n, y) => n + y.visits, 0);
  const openYear = (year: number) => {
    setChosen((was) => new Map(was).set(year, true));
    setShown(year);
  };
  return (
    <Stack component="section" gap="md" aria-labelledby="partner-history-title">
      <SectionTitle
        id="partner-history-title"
        title={t('partners.timeline.title')}
        count={years.length > 0 ? t('partners.history.visits', { count: visitsInAll }) : undefined}
      />
      {detail.visits.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('partners.visits.empty')}
        </Text>
      )}
      {years.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('partners.timeline.empty')}
        </Text>
      ) : (
        <>
          <PartnerYearStrip years={years} thisYear={thisYear} onOpen={openYear} />
          <Accordion multiple variant="contained" value={open} onChange={setOpen}>
            {years.map((y) => (
              <Accordion.Item
                key={y.year}
                value={String(y.year)}
                id={`partner-year-${y.year}`}
                data-testid="partner-year"
                data-year={y.year}
              >
                <Accordion.Control>
                  <Group gap="md" wrap="nowrap">
                    <Text fw={700} w={48} style={{ flexShrink: 0 }}>
                      {y.year}
                    </Text>
                    <Text size="sm" c={y.visits + y.letters + y.agreements === 0 ? 'dimmed' : undefined}>
                      {figures(y)}
                    </Text>
                    {y.year === thisYear && (
                      <Badge variant="light" tt="none" style={{ flexShrink: 0 }}>
                        {t('partners.history.thisYear')}
                      </Badge>
                    )}
                  </Group>
                </Accordion.Control>
                <Accordion.Panel data-testid="partner-year-panel">
                  {open.includes(String(y.year)) && <YearPanel detail={detail} year={y} />}
                </Accordion.Panel>
              </Accordion.Item>
            ))}
          </Accordion>
        </>
      )}
    </Stack>
  );
}
