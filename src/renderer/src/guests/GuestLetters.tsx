import { useState } from 'react';
import { Button, Group, Popover, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { RegisterQuery } from '../../../shared/letters-contract';
import type { RegisterEntry } from '../../../shared/letters';
import { useFormat } from '../format';
import { queryOptions } from '../queries';
import { IssueLetterModal } from '../letters/IssueLetterModal';
import { useLetterFile } from '../letters/use-letter-file';
import { IssuedElsewhere, LetterNumber } from '../register/RegisterTable';

/** The visit's letters: one query for the whole guest list, each row picks its guest's. */
function useVisitLetters(visitId: string) {
  const query: RegisterQuery = { visitId, text: '', kind: '', language: '' };
  return useQuery(queryOptions('letters.register', query));
}

/**
 * The letters issued to a guest, newest first, under the guest's name: each can be downloaded again
 * as it was issued, or re-issued when it was issued before Qonaq kept the files.
 */
export function GuestLetters({ visitId, guestId, name }: { visitId: string; guestId: string; name: string }) {
  const { t } = useTranslation();
  const { date } = useFormat();
  const letters = useVisitLetters(visitId);
  const file = useLetterFile();
  const [opened, setOpened] = useState(false);
  const [reissuing, setReissuing] = useState<RegisterEntry | null>(null);
  const mine = (letters.data ?? []).filter((e) => e.guestId === guestId);
  if (mine.length === 0 && !reissuing) return null;
  return (
    <>
      {mine.length > 0 && (
        <Popover opened={opened} onChange={setOpened} position="bottom-start" shadow="md" withinPortal>
          <Popover.Target>
            <Button
              size="compact-xs"
              variant="subtle"
              style={{ alignSelf: 'flex-start' }}
              onClick={() => setOpened((o) => !o)}
              aria-label={t('guest.letters.open', { name })}
              aria-expanded={opened}
              data-testid="guest-letters"
            >
              {t('guest.letters.count', { count: mine.length })}
            </Button>
          </Popover.Target>
          <Popover.Dropdown>
            <Stack gap="xs" role="dialog" aria-label={t('guest.letters.title', { name })}>
              <Text size="sm" fw={600}>
                {t('guest.letters.title', { name })}
              </Text>
              <Table withRowBorders verticalSpacing={4} aria-label={t('guest.letters.title', { name })}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('guest.letters.number')}</Table.Th>
                    <Table.Th>{t('guest.letters.kind')}</Table.Th>
                    <Table.Th>{t('guest.letters.language')}</Table.Th>
                    <Table.Th>{t('guest.letters.date')}</Table.Th>
                    <Table.Th />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {mine.map((entry) => (
                    <Table.Tr key={entry.id} data-testid="guest-letter">
                      <Table.Td ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                        <LetterNumber entry={entry} />
                      </Table.Td>
                      <Table.Td>{t(`letters.kind.${entry.kind}`)}</Table.Td>
                      <Table.Td>{t(`guest.languages.${entry.language}`)}</Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{date(entry.date)}</Table.Td>
                      <Table.Td>
                        {entry.issuedElsewhere ? (
                          <IssuedElsewhere by={entry.issuedElsewhere.by} />
                        ) : (
                          <>
                            <Group gap={4} wrap="nowrap">
                              <Button
                                size="compact-xs"
                                variant="default"
                                onClick={() => file.download.mutate(entry)}
                                aria-label={t('register.downloadOf', { number: entry.number })}
                              >
                                {t('register.download')}
                              </Button>
                              {file.missing(entry) && !entry.voided && (
                                <Button
                                  size="compact-xs"
                                  variant="light"
                                  onClick={() => {
                                    setOpened(false);
                                    setReissuing(entry);
                                  }}
                                  aria-label={t('guest.letters.reissueOf', { number: entry.number })}
                                >
                                  {t('guest.letters.reissue')}
                                </Button>
                              )}
                            </Group>
                            {file.missing(entry) && (
                              <Text size="xs" c="orange.8" maw={260} role="status">
                                {t('register.fileMissing', { number: entry.number })}
                              </Text>
                            )}
                          </>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Stack>
          </Popover.Dropdown>
        </Popover>
      )}
      {reissuing && (
        <IssueLetterModal
          key={reissuing.id}
          visitId={reissuing.visitId}
          guestId={reissuing.guestId}
          reissue={reissuing}
          onClose={() => setReissuing(null)}
        />
      )}
    </>
  );
}
