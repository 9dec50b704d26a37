import { useState } from 'react';
import { Anchor, Badge, Button, Group, Stack, Table, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RegisterEntry } from '../../../shared/letters';
import { useFormat } from '../format';
import { useLetterFile, useVoidLetter } from '../letters/use-letter-file';
import { routeHref } from '../route';
import { VoidLetterModal } from './VoidLetterModal';

/** The number as the register shows it: struck through while voided, the reason on hover and focus. */
export function LetterNumber({ entry }: { entry: RegisterEntry }) {
  const { t } = useTranslation();
  if (!entry.voided) return <>{entry.number}</>;
  const reason = t('register.void.voidedBecause', { reason: entry.voided.reason });
  return (
    <Tooltip label={reason} multiline w={300} withinPortal>
      <Text
        span
        inherit
        td="line-through"
        c="dimmed"
        tabIndex={0}
        aria-label={`${entry.number}. ${reason}`}
        data-testid="voided-number"
      >
        {entry.number}
      </Text>
    </Tooltip>
  );
}

/** In place of a letter's actions when another computer of the office issued it: who, and where its file is. */
export function IssuedElsewhere({ by }: { by: string }) {
  const { t } = useTranslation();
  return (
    <Text size="xs" c="dimmed" miw={200} maw={260} data-testid="issued-elsewhere">
      {by === '' ? t('register.elsewhere.unsigned') : t('register.elsewhere.by', { by })}
    </Text>
  );
}

interface RegisterTableProps {
  entries: readonly RegisterEntry[];
  onReissue: (entry: RegisterEntry) => void;
}

/** The outgoing register as the office keeps it on paper: one line a number, newest first. */
export function RegisterTable({ entries, onReissue }: RegisterTableProps) {
  const { t } = useTranslation();
  const { date } = useFormat();
  const file = useLetterFile();
  const { restore } = useVoidLetter();
  const [voiding, setVoiding] = useState<RegisterEntry | null>(null);
  return (
    <>
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
              <Table.Tr
                key={entry.id}
                data-testid="register-row"
                data-voided={entry.voided ? 'true' : undefined}
              >
                <Table.Td ff="monospace" fw={600} style={{ whiteSpace: 'nowrap' }}>
                  <Stack gap={2} align="flex-start">
                    <LetterNumber entry={entry} />
                    {entry.voided && (
                      <Badge size="xs" color="red" variant="light" tt="none">
                        {t('register.void.voided')}
                      </Badge>
                    )}
                  </Stack>
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
                  {entry.issuedElsewhere ? (
                    <IssuedElsewhere by={entry.issuedElsewhere.by} />
                  ) : (
                    <Group gap={6} wrap="nowrap">
                      <Button
                        size="compact-sm"
                        variant="default"
                        onClick={() => file.download.mutate(entry)}
                        loading={file.download.isPending && file.download.variables.id === entry.id}
                        aria-label={t('register.downloadOf', { number: entry.number })}
                      >
                        {t('register.download')}
                      </Button>
                      {!entry.voided && (
                        <Button
                          size="compact-sm"
                          variant="light"
                          onClick={() => onReissue(entry)}
                          aria-label={t('register.reissueOf', { number: entry.number })}
                        >
                          {t('register.reissue')}
                        </Button>
                      )}
                      {entry.voided ? (
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          onClick={() => restore.mutate(entry)}
                          loading={restore.isPending && restore.variables.id === entry.id}
                          aria-label={t('register.void.restoreOf', { number: entry.number })}
                        >
                          {t('register.void.restore')}
                        </Button>
                      ) : (
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          color="red"
                          onClick={() => setVoiding(entry)}
                          aria-label={t('register.void.actionOf', { number: entry.number })}
                        >
                          {t('register.void.action')}
                        </Button>
                      )}
                    </Group>
                  )}
                  {file.missing(entry) && (
                    <Text size="xs" c="orange.8" maw={320} mt={4} role="status">
                      {t('register.fileMissing', { number: entry.number })}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {voiding && <VoidLetterModal entry={voiding} onClose={() => setVoiding(null)} />}
    </>
  );
}
