import { Box, Group, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PartnerYear } from '../../../shared/partners-years';
import { useYearFigures } from './year-figures';

const BAR_MAX = 64;

function barColour(year: number, thisYear: number): string {
  if (year === thisYear) return 'var(--mantine-color-blue-8)';
  return year > thisYear ? 'var(--mantine-color-blue-3)' : 'var(--mantine-color-blue-5)';
}

/**
 * Every year of the partner's history side by side, oldest on the left, in the width of the page: a
 * bar for its visits, a mark for each agreement signed. A year opens its fold below when clicked.
 */
export function PartnerYearStrip({
  years,
  thisYear,
  onOpen,
}: {
  years: readonly PartnerYear[];
  thisYear: number;
  onOpen: (year: number) => void;
}) {
  const { t } = useTranslation();
  const figures = useYearFigures();
  const most = Math.max(1, ...years.map((y) => y.visits));
  const oldestFirst = [...years].reverse();
  return (
    <div>
      <Box
        role="list"
        aria-label={t('partners.history.strip')}
        data-testid="partner-year-strip"
        style={{ display: 'flex', gap: 4, alignItems: 'stretch' }}
      >
        {oldestFirst.map((y) => (
          <Box key={y.year} role="listitem" style={{ flex: '1 1 0', minWidth: 0 }}>
            <UnstyledButton
              onClick={() => onOpen(y.year)}
              aria-label={`${y.year}: ${figures(y)}`}
              data-testid="partner-year-bar"
              data-year={y.year}
              w="100%"
              py={4}
              style={{ display: 'flex', flexDirection: 'column', alignItems: 'center', borderRadius: 4 }}
            >
              <Text size="xs" c="dimmed" aria-hidden>
                {y.visits}
              </Text>
              <Box h={BAR_MAX} w="70%" style={{ display: 'flex', alignItems: 'flex-end' }} aria-hidden>
                <Box
                  w="100%"
                  h={y.visits === 0 ? 2 : Math.max(4, Math.round((BAR_MAX * y.visits) / most))}
                  style={{
                    background: y.visits === 0 ? 'var(--mantine-color-gray-4)' : barColour(y.year, thisYear),
                    borderRadius: 2,
                  }}
                />
              </Box>
              <Text size="xs" fw={y.year === thisYear ? 700 : 400} aria-hidden>
                {y.year}
              </Text>
              <Text size="xs" c="teal.9" h={18} aria-hidden style={{ whiteSpace: 'nowrap' }}>
                {y.agreements > 0 ? `◆${y.agreements > 1 ? ` ${y.agreements}` : ''}` : ''}
              </Text>
            </UnstyledButton>
          </Box>
        ))}
      </Box>
      <Group gap="lg" mt={4} aria-hidden>
        <Text size="xs" c="dimmed">
          <span style={{ color: 'var(--mantine-color-blue-5)' }}>■</span> {t('partners.history.legendVisits')}
        </Text>
        <Text size="xs" c="dimmed">
          <span style={{ color: 'var(--mantine-color-teal-9)' }}>◆</span> {t('partners.history.legendSigned')}
        </Text>
      </Group>
    </div>
  );
}
