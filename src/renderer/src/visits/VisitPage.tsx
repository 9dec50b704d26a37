import { useEffect, useState, type ComponentType, type Dispatch, type SetStateAction } from 'react';
import { Alert, Button, Center, Loader, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageNotFound } from '../shell/PageNotFound';
import { BackLink } from '../shell/BackLink';
import type { VisitDetail } from '../../../shared/visits-contract';
import type { Conflict } from '../../../shared/planning';
import { AppError } from '../../../shared/errors';
import { AccommodationSection } from '../accommodation/AccommodationSection';
import { ConflictsPanel } from '../programme/ConflictsPanel';
import { ProgrammeSection } from '../programme/ProgrammeSection';
import { TravelSection } from '../travel/TravelSection';
import { GuestsPanel } from '../guests/GuestsPanel';
import { VisitReportSection } from '../visit-report/VisitReportSection';
import { SyncConflictsPanel } from '../sharing/SyncConflictsPanel';
import { errorMessage } from '../errors';
import { afterNextPaint } from '../after-paint';
import { useFormat } from '../format';
import { useOnceOpened } from '../once-opened';
import { CalendarIcon, PencilIcon } from '../icons';
import { useVisit, useVisitConflicts } from '../queries';
import { routeHref } from '../route';
import { DeleteVisitButton } from './DeleteVisitButton';
import { statusBadge } from './status-badge';
import { VisitDetails } from './VisitDetails';
import { VisitHistorySection } from './VisitHistorySection';
import { EditVisitModal } from './VisitFormModal';
import classes from './VisitPage.module.css';
import type { VisitSectionProps } from './section-props';

const NO_CONFLICTS: readonly Conflict[] = [];

function Back() {
  const { t } = useTranslation();
  return <BackLink href={routeHref({ name: 'visits' })} label={t('visit.page.back')} />;
}

function VisitHeader({ detail }: { detail: VisitDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [editing, setEditing] = useState(false);
  const editUsed = useOnceOpened(editing);
  const { visit } = detail;
  const partner = [visit.partnerName, format.country(visit.partnerCountry)].filter(Boolean).join(', ');
  return (
    <div className={classes.header}>
      <div className={classes.identity}>
        <div className={classes.colour} style={{ background: visit.colour }} aria-hidden="true" />
        <div className={classes.facts}>
          <div className={classes.titleLine}>
            <h2 className={classes.title}>{visit.title}</h2>
            <span {...statusBadge(visit.status, 'lg')}>{t(`visit.status.${visit.status}`)}</span>
          </div>
          <div className={classes.meta}>
            <span className={classes.dates}>
              <CalendarIcon />
              <span data-testid="visit-dates">
                {format.dateRange(visit.arrivalDate, visit.departureDate)}
              </span>
            </span>
            {partner && <span data-testid="visit-partner">{partner}</span>}
          </div>
        </div>
      </div>
      <div className={classes.actions}>
        <Button variant="default" leftSection={<PencilIcon />} onClick={() => setEditing(true)}>
          {t('common.edit')}
        </Button>
        <DeleteVisitButton visit={visit} />
      </div>
      {editUsed && <EditVisitModal opened={editing} onClose={() => setEditing(false)} visit={visit} />}
    </div>
  );
}

function NotFound() {
  const { t } = useTranslation();
  return (
    <PageNotFound
      testId="visit-not-found"
      title={t('visit.page.notFoundTitle')}
      body={t('visit.page.notFoundBody')}
      backLabel={t('visit.page.backToList')}
      backHref={routeHref({ name: 'visits' })}
    />
  );
}

/**
 * Draws one more of the page's sections after the next paint, while `ready`: none until the header and
 * details have been painted, then one more after each is on screen. The sections (conflicts, guests,
 * journeys, stays, programme) are many rows of components; drawn with the header, they kept the visit's
 * own facts off screen until all of them were laid out. Drawn one at a time, each in a task of its own,
 * the header shows at once and the page answers clicks between them.
 */
function useOneMoreAfterPaint(ready: boolean, shown: number, setShown: Dispatch<SetStateAction<number>>) {
  useEffect(() => {
    if (!ready) return;
    return afterNextPaint(() => setShown((n) => n + 1));
  }, [ready, shown, setShown]);
}

const SECTIONS: ComponentType<VisitSectionProps>[] = [
  ConflictsPanel,
  GuestsPanel,
  TravelSection,
  AccommodationSection,
  ProgrammeSection,
  VisitReportSection,
  VisitHistorySection,
];

export function VisitPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const visit = useVisit(id);
  const [shown, setShown] = useState(0);
  // The conflicts are worked out over every visit around this one's dates: they are asked for once the
  // visit's own facts are on screen, and the sections below the conflicts wait for them, so that the
  // page does not move under the officer when they come.
  const conflicts = useVisitConflicts(id, shown > 0);
  const conflictsKnown = conflicts.data !== undefined || conflicts.isError;
  const waiting = shown === 1 && !conflictsKnown;
  useOneMoreAfterPaint(visit.data !== undefined && !waiting && shown < SECTIONS.length, shown, setShown);

  let body;
  if (visit.isError && visit.error instanceof AppError && visit.error.code === 'notFound') {
    body = <NotFound />;
  } else if (visit.isError) {
    body = <Alert color="red">{errorMessage(t, visit.error, i18n.language)}</Alert>;
  } else if (!visit.data) {
    body = (
      <Center py="xl">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  } else {
    body = (
      <>
        <VisitHeader detail={visit.data} />
        <VisitDetails visit={visit.data.visit} />
        <SyncConflictsPanel visit={visit.data.visit} />
        {/* Always the same sections in the same order: their place is their key. */}
        {SECTIONS.slice(0, shown).map((Section, index) => (
          <Section
            key={index}
            detail={visit.data}
            conflicts={conflicts.data ?? NO_CONFLICTS}
            conflictsError={conflicts.error}
          />
        ))}
      </>
    );
  }

  return (
    <Stack gap="lg" maw={1280}>
      <Back />
      {body}
    </Stack>
  );
}
