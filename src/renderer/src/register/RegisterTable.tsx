import { Anchor, Button, Table, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RegisterEntry } from '../../../shared/letters';
import { useFormat } from '../format';
import { routeHref } from '../route';

interface RegisterTableProps {
  entries: readonly RegisterEntry[];
  onReissue: (entry: RegisterEntry) => void;
}

/** The outgoing register as the office keeps it on paper: one line a number, newest first. */
export function RegisterTable({ entries, onReissue }: RegisterTableProps) {
  const { t } = useTranslation();
  const { date } = useFormat();
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table withTableBorder highlightOnHover verticalSpacing="sm" aria-label={t('register.table.label')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('register.table.number')}</Table.Th>
            <Table.Th>{t('register.table.date')}</Table.Th>
            <Table.Th>{t('register.table.kind')}</Table.Th>
            <Table.Th>{t('register.table.language')}</Table.Th>
            <Table.Th>{t('register.table.guest')}</Table.Th>
            <Table.Th>{t('register.table.visit')}</Table.Th>
            <Table.Th>{t('register.table.revision')}</Table.Th>
            <Table.Th w={1}>
              <Text span size="sm" fw={700} style={{ whiteSpace: 'nowrap' }}>
                {t('register.table.actions')}
              </Text>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => (
            <Table.Tr key={entry.id} data-testid="register-row">
              <Table.Td ff="monospace" fw={600} style={{ whiteSpace: 'nowrap' }}>
                {entry.number}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{date(entry.date)}</Table.Td>
              <Table.Td>{t(`letters.kind.${entry.kind}`)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{t(`guest.languages.${entry.language}`)}</Table.Td>
              <Table.Td>
                <Text size="sm">{entry.guestName}</Text>
                <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                  {entry.fileName}
                </Text>
              </Table.Td>
              <Table.Td>
                <Anchor href={routeHref({ name: 'visit', id: entry.visitId })} size="sm">
                  {entry.visitTitle}
                </Anchor>
              </Table.Td>
              <Table.Td>
                {entry.revision > 1 ? (
                  <Tooltip
                    label={entry.revisions
                      .map((r) => t('register.table.revisionOn', { n: r.revision, date: date(r.date) }))
                      .join('; ')}
                    multiline
                    w={260}
                  >
                    <Text size="sm" fw={600} c="orange.8" style={{ whiteSpace: 'nowrap' }} tabIndex={0}>
                      {t('register.table.revisionN', { n: entry.revision })}
                    </Text>
                  </Tooltip>
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('register.table.original')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Button
                  size="compact-sm"
                  variant="light"
                  onClick={() => onReissue(entry)}
                  aria-label={t('register.reissueOf', { number: entry.number })}
                >
                  {t('register.reissue')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
