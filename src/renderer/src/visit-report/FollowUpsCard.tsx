import { useState } from 'react';
import { Alert, Anchor, Badge, Checkbox, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../shared/languages';
import type { OpenFollowUp } from '../../../shared/visit-report';
import { api } from '../../api/client';
import { offerUndo } from '../shell/undo';
import { errorMessage } from '../errors';
import { useFormat } from '../format';
import { methodKey, queryOptions, visitChanged } from '../queries';
import { routeHref } from '../route';

/** The follow-up's text in the UI language where written, else in the first language it has it in. */
function textOf(f: OpenFollowUp['followUp'], language: Language): { text: string; lang: Language } {
  const lang = [language, ...LANGUAGES].find((l) => f.text[l] !== '') ?? language;
  return { text: f.text[lang], lang };
}

/**
 * Every visit's follow-ups not yet done, soonest due first, the overdue marked: ticking one marks it
 * done, with Undo in the notice. Not drawn while there are none.
 */
export function FollowUpsCard() {
  const { t } = useTranslation();
  const { language, date } = useFormat();
  const client = useQueryClient();
  const open = useQuery(queryOptions('followUps.open', {}));
  // Ticked while the core writes it down, so the box answers the click at once.
  const [ticking, setTicking] = useState<ReadonlySet<string>>(new Set());
  if (open.isPending || (open.data && open.data.length === 0)) return null;
  const title = t('visitReport.ui.card.title');

  const setDone = async (item: OpenFollowUp, done: boolean) => {
    const detail = await api['followUps.setDone']({
      visitId: item.visitId,
      followUpId: item.followUp.id,
      done,
    });
    await Promise.all([
      visitChanged(detail),
      client.invalidateQueries({ queryKey: methodKey('followUps.open') }),
    ]);
  };
  const markDone = async (item: OpenFollowUp) => {
    const id = item.followUp.id;
    setTicking((s) => new Set(s).add(id));
    try {
      await setDone(item, true);
      offerUndo(t('visitReport.ui.card.marked'), () => setDone(item, false), t, language);
    } catch (error) {
      notifications.show({ color: 'red', message: errorMessage(t, error, language) });
    } finally {
      setTicking((s) => new Set([...s].filter((x) => x !== id)));
    }
  };

  return (
    <Paper withBorder p="md" radius="md" data-testid="today-follow-ups" role="region" aria-label={title}>
      <Group gap="xs" mb="sm">
        <Title order={4}>{title}</Title>
        {open.data && (
          <Badge variant="light" size="sm" circle>
            {open.data.length}
          </Badge>
        )}
      </Group>
      {open.isError ? (
        <Alert color="red">{errorMessage(t, open.error, language)}</Alert>
      ) : (
        <Stack gap="sm">
          {open.data.map((item) => {
            const { text, lang } = textOf(item.followUp, language);
            const { due, owner } = item.followUp;
            return (
              <Group
                key={item.followUp.id}
                wrap="nowrap"
                align="flex-start"
                gap="sm"
                data-testid="today-follow-up"
              >
                <Checkbox
                  mt={2}
                  aria-label={t('visitReport.ui.card.markDone', { text })}
                  checked={ticking.has(item.followUp.id)}
                  disabled={ticking.has(item.followUp.id)}
                  onChange={() => void markDone(item)}
                />
                <Stack gap={0} style={{ minWidth: 0, flex: 1 }}>
                  <Text size="sm" fw={600} lineClamp={2} lang={lang}>
                    {text}
                  </Text>
                  <Anchor href={routeHref({ name: 'visit', id: item.visitId })} size="sm" lineClamp={1}>
                    {item.visitTitle}
                  </Anchor>
                  {owner && (
                    <Text size="xs" c="dimmed">
                      {t('visitReport.ui.card.owner', { owner })}
                    </Text>
                  )}
                </Stack>
                <Stack gap={2} align="flex-end" style={{ flexShrink: 0 }}>
                  <Text size="xs" c={item.overdue ? 'red' : 'dimmed'}>
                    {due
                      ? t('visitReport.ui.card.dueOn', { date: date(due) })
                      : t('visitReport.ui.card.noDue')}
                  </Text>
                  {item.overdue && (
                    <Badge color="red" variant="light" size="sm">
                      {t('visitReport.ui.card.overdue')}
                    </Badge>
                  )}
                </Stack>
              </Group>
            );
          })}
        </Stack>
      )}
    </Paper>
  );
}
