import { Badge, List, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportRowPreview } from '../../../../shared/guest-import';
import { guestName } from '../../../../shared/guest-name';
import { useFormat } from '../../format';
import { duplicateText, isNotice, problemText } from './import-text';
import type { RowChoice } from './use-guest-import';

interface PreviewTableProps {
  rows: readonly ImportRowPreview[];
  choiceOf: (row: ImportRowPreview) => RowChoice;
  onChoose: (line: number, choice: RowChoice) => void;
}

function Choice({
  row,
  choice,
  onChoose,
}: {
  row: ImportRowPreview;
  choice: RowChoice;
  onChoose: PreviewTableProps['onChoose'];
}) {
  const { t } = useTranslation();
  if (row.blocked) {
    return (
      <Badge color="red" variant="light">
        {t('guestImport.actions.blocked')}
      </Badge>
    );
  }
  const duplicate = row.duplicates[0];
  const options = duplicate
    ? [
        {
          value: 'update',
          label: t(
            duplicate.sameVisit ? 'guestImport.actions.update' : 'guestImport.actions.updateFromEarlier',
          ),
        },
        { value: 'skip', label: t('guestImport.actions.skip') },
        { value: 'add', label: t('guestImport.actions.addAnyway') },
      ]
    : [
        { value: 'add', label: t('guestImport.actions.add') },
        { value: 'skip', label: t('guestImport.actions.skip') },
      ];
  return (
    <NativeSelect
      size="xs"
      aria-label={t('guestImport.preview.actionOf', { line: row.line })}
      data={options}
      value={choice}
      onChange={(event) => {
        const value = event.currentTarget.value;
        if (value === 'add' || value === 'update' || value === 'skip') onChoose(row.line, value);
      }}
    />
  );
}

/** The rows as they will be stored, each with its problems, the guests it may be and what to do with it. */
export function PreviewTable({ rows, choiceOf, onChoose }: PreviewTableProps) {
  const { t } = useTranslation();
  const { date, country } = useFormat();
  return (
    <Table
      withTableBorder
      verticalSpacing={6}
      aria-label={t('guestImport.preview.title')}
      data-testid="import-preview"
    >
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('guestImport.preview.line')}</Table.Th>
          <Table.Th>{t('guestImport.preview.name')}</Table.Th>
          <Table.Th>{t('guestImport.preview.passport')}</Table.Th>
          <Table.Th>{t('guestImport.preview.born')}</Table.Th>
          <Table.Th>{t('guestImport.preview.problems')}</Table.Th>
          <Table.Th>{t('guestImport.preview.action')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => {
          const { guest } = row;
          const choice = choiceOf(row);
          const name = guestName(guest);
          const problems = row.problems.filter((p) => p.code !== 'missingName' || row.blocked);
          return (
            <Table.Tr
              key={row.line}
              data-testid={`import-row-${row.line}`}
              bg={choice === 'skip' ? 'gray.0' : undefined}
            >
              <Table.Td>
                <Text size="sm" c="dimmed">
                  {row.line}
                </Text>
              </Table.Td>
              <Table.Td>
                <Stack gap={0}>
                  <Text size="sm" fw={500}>
                    {name || '—'}
                  </Text>
                  {guest.nameCyrillic && (
                    <Text size="xs" c="dimmed">
                      {guest.nameCyrillic}
                    </Text>
                  )}
                  {(guest.position || guest.organisation) && (
                    <Text size="xs" c="dimmed">
                      {[guest.position, guest.organisation].filter(Boolean).join(', ')}
                    </Text>
                  )}
                </Stack>
              </Table.Td>
              <Table.Td>
                <Stack gap={0}>
                  <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                    {guest.passport.number || '—'}
                  </Text>
                  {guest.passport.expiryDate && (
                    <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                      {t('guestImport.preview.validUntil', { date: date(guest.passport.expiryDate) })}
                    </Text>
                  )}
                </Stack>
              </Table.Td>
              <Table.Td>
                <Stack gap={0}>
                  <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                    {date(guest.dateOfBirth) || '—'}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {country(guest.citizenship)}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td>
                {problems.length === 0 && row.duplicates.length === 0 ? (
                  <Text size="sm" c="teal.8">
                    {t('guestImport.preview.ok')}
                  </Text>
                ) : (
                  <List size="xs" spacing={2}>
                    {row.duplicates.map((d) => (
                      <List.Item key={`${d.visitId}/${d.guestId}`} c="violet.8" fw={500}>
                        {duplicateText(t, d, date)}
                      </List.Item>
                    ))}
                    {problems.map((p, i) => (
                      <List.Item key={i} c={'blocking' in p ? 'red.8' : isNotice(p) ? 'dimmed' : 'orange.9'}>
                        {problemText(t, p, date)}
                      </List.Item>
                    ))}
                  </List>
                )}
              </Table.Td>
              <Table.Td miw={170}>
                <Choice row={row} choice={choice} onChoose={onChoose} />
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
