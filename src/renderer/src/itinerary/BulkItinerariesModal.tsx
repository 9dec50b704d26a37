import { useState } from 'react';
import { Alert, Button, Group, List, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Visit } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import type { ItineraryFile } from '../../../shared/itinerary';
import { api } from '../../api/client';
import { errorMessage } from '../errors';
import { useFormat } from '../format';
import { guestName } from '../../../shared/guest-name';
import { saveFiles, type SaveOutcome } from '../letters/save-files';
import { useAppStatus } from '../queries';
import { AppModal } from '../shell/AppModal';

/** Guests asked for in one call: small enough that the bar moves for a delegation of a few. */
const STEP = 5;

type Phase =
  | { kind: 'ready' }
  | { kind: 'running'; done: number; total: number }
  | { kind: 'done'; refused: string[]; outcome: SaveOutcome | null; error: unknown };

/** Every guest's itinerary at once, one .docx each in the guest's language, saved together. */
export function BulkItinerariesModal({ visit, onClose }: { visit: Visit; onClose: () => void }) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const host = useAppStatus().data?.host ?? 'browser';
  const [phase, setPhase] = useState<Phase>({ kind: 'ready' });
  const guests = visit.guests;
  const nameOf = (id: string) => {
    const guest = guests.find((g) => g.id === id);
    return guest ? guestName(guest) : id;
  };

  const run = async () => {
    const files: ItineraryFile[] = [];
    const refused: string[] = [];
    setPhase({ kind: 'running', done: 0, total: guests.length });
    try {
      for (let i = 0; i < guests.length; i += STEP) {
        const ids = guests.slice(i, i + STEP).map((g) => g.id);
        const results = await api['itinerary.bulk']({ visitId: visit.id, guestIds: ids });
        results.forEach((result, k) => {
          const name = nameOf(ids[k] ?? '');
          if (result.ok) files.push(result.value);
          else if (result.error.code === 'textsMissing')
            refused.push(t('itinerary.ui.bulk.refused', { name }));
          else
            refused.push(
              t('itinerary.ui.bulk.failed', {
                name,
                reason: errorMessage(t, AppError.fromData(result.error), language),
              }),
            );
        });
        setPhase({ kind: 'running', done: Math.min(i + STEP, guests.length), total: guests.length });
      }
      const outcome = files.length
        ? await saveFiles(
            host,
            files.map((f) => ({ name: f.fileName, base64: f.base64 })),
          )
        : null;
      setPhase({ kind: 'done', refused, outcome, error: null });
    } catch (error) {
      setPhase({ kind: 'done', refused, outcome: null, error });
    }
  };

  const running = phase.kind === 'running';
  let body;
  if (phase.kind === 'ready')
    body = (
      <Stack gap="md">
        <Text size="sm">{t('itinerary.ui.bulk.intro')}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('itinerary.ui.bulk.close')}
          </Button>
          <Button onClick={() => void run()}>{t('itinerary.ui.bulk.start')}</Button>
        </Group>
      </Stack>
    );
  else if (phase.kind === 'running')
    body = (
      <Stack gap="md" py="md">
        <Text size="sm" role="status">
          {t('itinerary.ui.bulk.progress', { done: String(phase.done), total: String(phase.total) })}
        </Text>
        <Progress
          value={phase.total ? (phase.done / phase.total) * 100 : 0}
          size="lg"
          animated
          aria-label={t('itinerary.ui.bulk.progressLabel')}
        />
      </Stack>
    );
  else
    body = (
      <Stack gap="md" data-testid="itineraries-done">
        {phase.outcome?.kind === 'folder' && (
          <Alert color="teal">{t('print.toolbar.saved', { folder: phase.outcome.folder })}</Alert>
        )}
        {phase.outcome?.kind === 'downloaded' && <Alert color="teal">{t('print.toolbar.downloaded')}</Alert>}
        {phase.error !== null && <Alert color="red">{errorMessage(t, phase.error, language)}</Alert>}
        {phase.refused.length > 0 && (
          <Alert color="orange">
            <List size="sm" spacing={4}>
              {phase.refused.map((line) => (
                <List.Item key={line}>{line}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        <Group justify="flex-end">
          <Button onClick={onClose}>{t('itinerary.ui.bulk.close')}</Button>
        </Group>
      </Stack>
    );

  return (
    <AppModal
      opened
      onClose={() => !running && onClose()}
      withCloseButton={!running}
      closeOnEscape={!running}
      closeOnClickOutside={!running}
      title={t('itinerary.ui.bulk.open')}
      size="lg"
    >
      {body}
    </AppModal>
  );
}
