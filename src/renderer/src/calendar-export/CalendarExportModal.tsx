import { useState } from 'react';
import { Alert, Button, Group, Loader, Modal, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { skipToken, useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { CalendarExportRequest } from '../../../shared/calendar-export';
import type { Visit } from '../../../shared/domain';
import { isLanguage, LANGUAGE_NAMES, LANGUAGES, type Language } from '../../../shared/languages';
import { missingByVisit } from '../../../shared/texts';
import { api } from '../../api/client';
import { errorMessage } from '../errors';
import { useFormat } from '../format';
import { guestName } from '../../../shared/guest-name';
import { MissingTextsPanel } from '../letters/MissingTextsPanel';
import { hostsOf } from './hosts';
import { saveFiles } from '../letters/save-files';
import { methodKey, queryKey, useAppStatus } from '../queries';

/** What the export is opened from: a visit's programme (the visit, a guest or a host), or a day. */
export type CalendarTarget = { kind: 'visit'; visit: Visit } | { kind: 'day'; date: string };

type VisitScope = 'visit' | 'guest' | 'host';

function requestOf(
  target: CalendarTarget,
  scope: VisitScope,
  guestId: string | null,
  host: string | null,
  language: Language,
): CalendarExportRequest | null {
  if (target.kind === 'day') return { scope: 'day', date: target.date, language };
  const visitId = target.visit.id;
  if (scope === 'visit') return { scope, visitId, language };
  if (scope === 'guest') return guestId ? { scope, visitId, guestId, language } : null;
  return host ? { scope, host, visitId, language } : null;
}

/**
 * Exports programme items as a calendar file: whose items and in which language, how many events,
 * and the texts to write in that language first. The file is saved (desktop) or downloaded (browser).
 */
export function CalendarExportModal({
  target,
  guestId: forGuest,
  onClose,
}: {
  target: CalendarTarget;
  /** Opened from a guest's row: that guest's items. */
  guestId?: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { language: uiLanguage, date: longDate } = useFormat();
  const host = useAppStatus().data?.host ?? 'browser';
  const [scope, setScope] = useState<VisitScope>(forGuest ? 'guest' : 'visit');
  const [guestId, setGuestId] = useState<string | null>(forGuest ?? null);
  const [hostName, setHostName] = useState<string | null>(null);
  const [language, setLanguage] = useState<Language>(uiLanguage);
  const request = requestOf(target, scope, guestId, hostName, language);
  // Asked afresh each time the dialog opens, and again once missing texts are saved (`textsChanged`).
  const check = useQuery({
    // Until a host is chosen there is nothing to ask: the method's key alone, with nothing kept under it.
    queryKey: request ? queryKey('calendar.icsCheck', request) : methodKey('calendar.icsCheck'),
    queryFn: request ? () => api['calendar.icsCheck'](request) : skipToken,
    staleTime: 0,
  });
  const exportFile = useMutation({
    mutationFn: async (wanted: CalendarExportRequest) => {
      const file = await api['calendar.ics'](wanted);
      return saveFiles(host, [{ name: file.fileName, base64: file.base64 }]);
    },
    onSuccess: (outcome) => {
      if (outcome.kind === 'cancelled') return;
      notifications.show({
        color: 'teal',
        message: outcome.kind === 'folder' ? t('ics.saved', { folder: outcome.folder }) : t('ics.downloaded'),
      });
      onClose();
    },
  });

  const missing = request && check.data ? check.data.missingTexts : [];
  const events = request && check.data ? check.data.events : 0;
  const ready = request !== null && check.isSuccess && missing.length === 0 && events > 0;
  const hosts = target.kind === 'visit' ? hostsOf(target.visit, uiLanguage) : [];

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('ics.dialog.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="md" data-testid="ics-dialog">
        <Text size="sm" c="dimmed">
          {t('ics.dialog.intro')}
        </Text>
        {target.kind === 'day' && (
          <Text fw={500} data-testid="ics-day">
            {longDate(target.date)}
          </Text>
        )}
        {target.kind === 'visit' && (
          <Stack gap={6}>
            <Text size="sm" fw={500} id="ics-scope-label">
              {t('ics.dialog.scope')}
            </Text>
            <SegmentedControl
              aria-labelledby="ics-scope-label"
              value={scope}
              onChange={(value) => setScope(value === 'guest' || value === 'host' ? value : 'visit')}
              data={(['visit', 'guest', 'host'] as const).map((s) => ({
                value: s,
                label: t(`ics.dialog.scopes.${s}`),
              }))}
            />
          </Stack>
        )}
        {target.kind === 'visit' && scope === 'guest' && (
          <Select
            label={t('ics.dialog.guest')}
            data-testid="ics-guest"
            value={guestId}
            onChange={setGuestId}
            allowDeselect={false}
            data={target.visit.guests.map((g) => ({ value: g.id, label: guestName(g) }))}
          />
        )}
        {target.kind === 'visit' && scope === 'host' && hosts.length === 0 && (
          <Text size="sm">{t('ics.dialog.noHosts')}</Text>
        )}
        {target.kind === 'visit' && scope === 'host' && hosts.length > 0 && (
          <Select
            label={t('ics.dialog.host')}
            data-testid="ics-host"
            value={hostName}
            onChange={setHostName}
            allowDeselect={false}
            data={hosts}
          />
        )}
        <Select
          label={t('ics.dialog.language')}
          data-testid="ics-language"
          w={220}
          allowDeselect={false}
          value={language}
          onChange={(value) => value && isLanguage(value) && setLanguage(value)}
          data={LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))}
        />
        {request !== null && check.isPending && <Loader size="sm" aria-label={t('ics.dialog.title')} />}
        {check.error && <Alert color="red">{errorMessage(t, check.error, uiLanguage)}</Alert>}
        {request !== null && check.isSuccess && events === 0 && (
          <Text size="sm">{t('ics.dialog.nothing')}</Text>
        )}
        {missingByVisit(missing).map(([visitId, lines]) => (
          <MissingTextsPanel
            key={visitId}
            missing={lines}
            visitId={visitId}
            intro={t('ics.dialog.missing', { inLanguage: t(`letters.texts.in.${language}`) })}
          />
        ))}
        {exportFile.error && <Alert color="red">{errorMessage(t, exportFile.error, uiLanguage)}</Alert>}
        <Group justify="space-between">
          <Text size="sm" c="dimmed" data-testid="ics-count">
            {request !== null && check.isSuccess ? t('ics.dialog.count', { count: events }) : ''}
          </Text>
          <Group gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('ics.dialog.cancel')}
            </Button>
            <Button
              disabled={!ready}
              loading={exportFile.isPending}
              onClick={() => request && exportFile.mutate(request)}
            >
              {t('ics.dialog.export')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}
