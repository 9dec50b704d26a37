import type { TFunction } from 'i18next';
import { useState } from 'react';
import { Button, Group, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { SectionTitle } from '../SectionTitle';
import { CalendarExportButton } from '../calendar-export/CalendarExportButton';
import type { ProgrammeItem, ProgrammeItemInput } from '../../../shared/planning';
import { ItemModal } from '../calendar/ItemModal';
import { removeItem, saveItem } from '../calendar/item-values';
import { offerUndo } from '../shell/undo';
import { errorMessage } from '../errors';
import { useFormat } from '../format';
import { guestName } from '../../../shared/guest-name';
import { CalendarIcon, LetterIcon, PlusIcon } from '../icons';
import { routeHref } from '../route';
import type { VisitSectionProps } from '../visits/section-props';
import { programmeDays } from './programme-days';
import { ProgrammeTable } from './ProgrammeTable';
import { useCeremonyAgreements, VisitAgreements } from './ceremony-agreements';

type Editing =
  | { kind: 'closed' }
  | { kind: 'new'; initial: Partial<ProgrammeItemInput> }
  | { kind: 'edit'; item: ProgrammeItem };

/** `3 items`, or `3 items, 2 transfers` when the days listed hold transfers too (not "0 items" beside them). */
function programmeCount(t: TFunction, items: number, transfers: number): string {
  const counted = t('programme.section.count', { count: items });
  if (transfers === 0) return counted;
  return t('programme.section.countWithTransfers', {
    items: counted,
    transfers: t('programme.section.transfers', { count: transfers }),
  });
}

/** What the delegation does, day by day, with the arrivals and departures among it. */
export function ProgrammeSection({ detail, conflicts }: VisitSectionProps) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const { visit, planning } = detail;
  const [editing, setEditing] = useState<Editing>({ kind: 'closed' });
  const names = new Map(visit.guests.map((g) => [g.id, guestName(g)]));
  const conflicted = new Set(conflicts.flatMap((c) => [c.entry.entryId, c.other?.entryId ?? '']));
  const days = programmeDays(visit, planning.transfers);
  const agreements = useCeremonyAgreements(visit.partnerIds, visit.programme);
  const choice = [
    { id: visit.id, title: visit.title, arrivalDate: visit.arrivalDate, departureDate: visit.departureDate },
  ];

  const remove = async (item: ProgrammeItem) => {
    try {
      await removeItem(visit.id, item.id);
      offerUndo(
        t('programme.notify.removed', { title: item.title }),
        () => saveItem(visit.id, item),
        t,
        language,
      );
    } catch (error) {
      notifications.show({ color: 'red', message: errorMessage(t, error, language) });
    }
  };

  return (
    <Stack component="section" gap="sm" aria-labelledby="programme-title" data-testid="programme">
      <Group justify="space-between" align="center">
        <SectionTitle
          id="programme-title"
          title={t('programme.section.title')}
          count={programmeCount(
            t,
            visit.programme.length,
            planning.transfers.filter((tr) => tr.startDate).length,
          )}
        />
        <Group gap="sm">
          <Button
            component="a"
            variant="subtle"
            leftSection={<CalendarIcon />}
            href={routeHref({ name: 'calendar', date: visit.arrivalDate })}
          >
            {t('programme.section.openCalendar')}
          </Button>
          <Button
            component="a"
            variant="subtle"
            leftSection={<LetterIcon />}
            href={routeHref({ name: 'printProgramme', id: visit.id })}
          >
            {t('programme.section.print')}
          </Button>
          <CalendarExportButton target={{ kind: 'visit', visit }} />
          <Button
            leftSection={<PlusIcon />}
            onClick={() =>
              setEditing({
                kind: 'new',
                initial: { startDate: visit.arrivalDate, endDate: visit.arrivalDate },
              })
            }
          >
            {t('programme.section.add')}
          </Button>
        </Group>
      </Group>

      <VisitAgreements value={agreements}>
        <ProgrammeTable
          days={days}
          names={names}
          conflicted={conflicted}
          onAdd={(date) => setEditing({ kind: 'new', initial: { startDate: date, endDate: date } })}
          onEdit={(item) => setEditing({ kind: 'edit', item })}
          onRemove={(item) => void remove(item)}
        />
      </VisitAgreements>

      <ItemModal
        opened={editing.kind !== 'closed'}
        onClose={() => setEditing({ kind: 'closed' })}
        visits={choice}
        visitId={visit.id}
        {...(editing.kind === 'new' ? { initial: editing.initial } : {})}
        {...(editing.kind === 'edit' ? { item: editing.item } : {})}
      />
    </Stack>
  );
}
