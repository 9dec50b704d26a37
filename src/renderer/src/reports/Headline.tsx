import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Figures } from '../../../shared/reports';
import { useFormat } from '../format';
import { change, formatChange } from './period';

const sum = (counts: readonly { count: number }[]) => counts.reduce((total, c) => total + c.count, 0);

/** The headline numbers of a period, in the order the report's summary gives them. */
export function headlineNumbers(f: Figures) {
  return [
    { key: 'visits', value: f.visits.total },
    { key: 'guests', value: f.guests.total },
    { key: 'guestNights', value: f.stay.guestNights },
    { key: 'programme', value: f.programme.total },
    { key: 'letters', value: f.letters.total },
    { key: 'agreementsSigned', value: sum(f.agreements.signed) },
  ] as const;
}

/** Six figures, each with the previous period's and the change when comparing. */
export function Headline({ current, previous }: { current: Figures; previous: Figures | null }) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const before = previous ? headlineNumbers(previous) : null;
  return (
    <SimpleGrid
      cols={{ base: 2, sm: 3, lg: 6 }}
      spacing="sm"
      component="dl"
      aria-label={t('reports.headline.label')}
      m={0}
    >
      {headlineNumbers(current).map((figure, i) => {
        const old = before?.[i]?.value;
        const moved = old === undefined ? null : change(figure.value, old);
        return (
          <Paper key={figure.key} withBorder radius="md" p="sm" data-testid={`headline-${figure.key}`}>
            <Text component="dt" size="sm" c="dimmed">
              {t(`reports.headline.${figure.key}`)}
            </Text>
            <Text component="dd" m={0} fz={28} fw={700} lh={1.2} data-testid="figure">
              {figure.value}
            </Text>
            {moved && old !== undefined && (
              <Text
                component="dd"
                m={0}
                size="xs"
                c={moved.delta > 0 ? 'teal.9' : moved.delta < 0 ? 'red.9' : 'dimmed'}
              >
                {t('reports.headline.change', { change: formatChange(moved, language) })}
                <br />
                <Text span size="xs" c="dimmed">
                  {t('reports.headline.previous', { count: old })}
                </Text>
              </Text>
            )}
          </Paper>
        );
      })}
    </SimpleGrid>
  );
}
