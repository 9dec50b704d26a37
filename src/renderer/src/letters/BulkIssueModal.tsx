import { useState } from 'react';
import { Alert, Anchor, Button, Center, Group, Loader, Progress, Radio, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Visit } from '../../../shared/domain';
import type { Institution } from '../../../shared/institution';
import type { Language } from '../../../shared/languages';
import { errorMessage } from '../errors';
import { useFormat } from '../format';
import { guestName } from '../../../shared/guest-name';
import { useAppStatus } from '../queries';
import { routeHref } from '../route';
import { useInstitution } from '../settings/use-institution';
import { AppModal, SAVE_BUTTON } from '../shell/AppModal';
import { useUnsavedChanges } from '../shell/use-confirm-close';
import { BulkGuestPicker, type BulkSelection } from './BulkGuestPicker';
import { BulkChecks, useBulkRepeats } from './BulkChecks';
import { BulkSummary } from './BulkSummary';
import { embassySuggestions } from './embassy-names';
import { MissingFieldsAlert } from './LetterCheckAlerts';
import { MissingTextsPanel } from './MissingTextsPanel';
import { LetterOptionsFields } from './LetterOptionsFields';
import { institutionGaps } from '../../../shared/institution-gaps';
import {
  buildRequest,
  initialChoices,
  preferredLanguage,
  sortLanguages,
  type AddresseeChoice,
} from './letter-values';
import { saveFiles, type SaveOutcome } from './save-files';
import { useBulkIssue, useBulkTextsCheck, type BulkJob } from './use-bulk-issue';

type BulkAddressee = 'embassy' | 'toWhomItMayConcern';

/** Letters for a whole delegation at once: pick guests and languages, issue, then save every file. */
export function BulkIssueModal({ visit, onClose }: { visit: Visit; onClose: () => void }) {
  const { t } = useTranslation();
  const institution = useInstitution();
  const [running, setRunning] = useState(false);
  let body;
  if (institution.isError) body = <Alert color="red">{errorMessage(t, institution.error, '')}</Alert>;
  else if (institution.isPending)
    body = (
      <Center py="xl">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  else if (!institution.data)
    body = (
      <Alert color="orange" title={t('letters.issue.noInstitutionTitle')}>
        {t('letters.issue.noInstitutionBody')}{' '}
        <Anchor href={routeHref({ name: 'settings' })} onClick={onClose}>
          {t('letters.issue.openSettings')}
        </Anchor>
      </Alert>
    );
  else
    body = (
      <BulkIssue visit={visit} institution={institution.data} onClose={onClose} onRunning={setRunning} />
    );
  return (
    <AppModal
      opened
      onClose={() => !running && onClose()}
      withCloseButton={!running}
      closeOnEscape={!running}
      size={900}
      title={t('letters.bulk.title', { visit: visit.title })}
      closeOnClickOutside={false}
    >
      {body}
    </AppModal>
  );
}

interface BulkIssueProps {
  visit: Visit;
  institution: Institution;
  onClose: () => void;
  /** Told when letters start and stop being issued, so the dialog cannot be closed half-way. */
  onRunning: (running: boolean) => void;
}

function BulkIssue({ visit, institution, onClose, onRunning }: BulkIssueProps) {
  const { t } = useTranslation();
  const { language: uiLanguage } = useFormat();
  const host = useAppStatus().data?.host ?? 'browser';
  const preferred = (guest: Visit['guests'][number]) => preferredLanguage(guest, uiLanguage);
  const [selection, setSelection] = useState<BulkSelection>(() =>
    Object.fromEntries(visit.guests.map((g) => [g.id, [preferred(g)]])),
  );
  const [choices, setChoices] = useState(() => initialChoices(institution));
  const [addressee, setAddressee] = useState<BulkAddressee>('embassy');
  const [saved, setSaved] = useState<SaveOutcome | null>(null);
  const [saveError, setSaveError] = useState<unknown>(null);
  const [checked, setChecked] = useState(false);
  const bulk = useBulkIssue();
  useUnsavedChanges({ selection, choices, addressee }, !bulk.outcomes && !bulk.progress);

  const gaps = institutionGaps(institution);
  const jobs: BulkJob[] = visit.guests.flatMap((guest) =>
    (selection[guest.id] ?? []).map((language) => ({ guest, language })),
  );
  const languages = sortLanguages(jobs.map((j) => j.language));
  const texts = useBulkTextsCheck(visit.id, choices.kind, jobs);
  // A guest who already has this letter gets no second number unless the officer asks for it.
  const [issueAgain, setIssueAgain] = useState(false);
  const repeats = useBulkRepeats(visit.id, choices.kind, jobs);
  const toIssue = issueAgain ? jobs : jobs.filter((job) => !repeats.some((r) => r.job === job));
  const addresseeFor = (job: BulkJob): AddresseeChoice => {
    const text = embassySuggestions(t, job.language, job.guest.citizenship)[0];
    // A guest whose citizenship is not known yet gets the letter addressed to whom it may concern.
    return addressee === 'embassy' && job.guest.citizenship && text
      ? { kind: 'embassy', text }
      : { kind: 'toWhomItMayConcern' };
  };

  const save = async (files: { name: string; base64: string }[]) => {
    setSaveError(null);
    try {
      setSaved(await saveFiles(host, files));
    } catch (error) {
      setSaveError(error);
    }
  };
  // Checked here rather than letter by letter: a batch refused whole for an empty field helps nobody.
  const missingText = (path: string, language: Language) => {
    if (!checked) return undefined;
    const text =
      path === 'options.cities'
        ? choices.cities[language]
        : path === 'options.accommodation'
          ? choices.accommodation[language]
          : null;
    return text !== null && text.trim() === '' ? t('errors.field.required') : undefined;
  };
  const incomplete = languages.some(
    (l) => choices.cities[l].trim() === '' || choices.accommodation[l].trim() === '',
  );
  const start = async () => {
    setChecked(true);
    if (incomplete) return;
    onRunning(true);
    const outcomes = await bulk.run(toIssue, (job) =>
      buildRequest(visit.id, job.guest.id, job.language, choices, addresseeFor(job)),
    );
    const files = outcomes.flatMap((o) => (o.ok ? [{ name: o.fileName, base64: o.base64 }] : []));
    onRunning(false);
    if (files.length > 0) await save(files);
  };

  const { progress, outcomes } = bulk;
  if (outcomes) {
    const files = outcomes.flatMap((o) => (o.ok ? [{ name: o.fileName, base64: o.base64 }] : []));
    return (
      <Stack gap="md">
        <BulkSummary outcomes={outcomes} visit={visit} />
        {saved?.kind === 'folder' && (
          <Alert color="green">
            {t('letters.bulk.savedTo', { count: saved.written.length, folder: saved.folder })}
          </Alert>
        )}
        {saved?.kind === 'downloaded' && saved.count > 0 && (
          <Alert color="green">{t('letters.bulk.downloaded', { count: saved.count })}</Alert>
        )}
        {saved?.kind === 'cancelled' && <Alert color="orange">{t('letters.bulk.notSaved')}</Alert>}
        {saveError !== null && <Alert color="red">{errorMessage(t, saveError, uiLanguage)}</Alert>}
        <Group justify="flex-end" gap="sm">
          {files.length > 0 && (
            <Button variant="default" onClick={() => void save(files)}>
              {t('letters.bulk.saveAgain', { count: files.length })}
            </Button>
          )}
          <Button onClick={onClose}>{t('common.close')}</Button>
        </Group>
      </Stack>
    );
  }
  if (progress) {
    const current = progress.current;
    const names = [...new Set(current.map((job) => guestName(job.guest)))];
    return (
      <Stack gap="md" py="md">
        <Text size="sm" role="status">
          {t('letters.bulk.progress', { done: progress.done, total: progress.total })}
        </Text>
        <Progress
          value={progress.total ? (progress.done / progress.total) * 100 : 0}
          size="lg"
          animated
          aria-label={t('letters.bulk.progressLabel')}
        />
        {current.length === 1 && current[0] && (
          <Text size="sm" c="dimmed">
            {t('letters.bulk.current', {
              name: guestName(current[0].guest),
              language: t(`guest.languages.${current[0].language}`),
            })}
          </Text>
        )}
        {current.length > 1 && (
          <Text size="sm" c="dimmed" lineClamp={2}>
            {t('letters.bulk.currentMany', { names: names.join(', ') })}
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={bulk.stop}>
            {t('letters.bulk.stop')}
          </Button>
        </Group>
      </Stack>
    );
  }
  return (
    <Stack gap="md">
      <MissingFieldsAlert paths={gaps} />
      <Text size="sm" c="dimmed">
        {t('letters.bulk.intro')}
      </Text>
      <BulkGuestPicker
        guests={visit.guests}
        value={selection}
        onChange={setSelection}
        preferred={preferred}
      />
      <LetterOptionsFields
        choices={choices}
        onChange={setChoices}
        institution={institution}
        error={missingText}
        languages={languages.length > 0 ? languages : ([uiLanguage] satisfies Language[])}
        addressee={
          <Radio.Group
            label={t('letters.addressee.label')}
            value={addressee}
            onChange={(value) => setAddressee(value === 'embassy' ? 'embassy' : 'toWhomItMayConcern')}
          >
            <Group gap="lg" mt={6}>
              <Radio value="embassy" label={t('letters.bulk.embassyOfCountry')} />
              <Radio value="toWhomItMayConcern" label={t('letters.addressee.toWhomItMayConcern')} />
            </Group>
          </Radio.Group>
        }
      />
      <MissingTextsPanel missing={texts.missing} visitId={visit.id} />
      <BulkChecks
        repeats={repeats}
        issueAgain={issueAgain}
        onIssueAgain={setIssueAgain}
        warnings={texts.warnings}
      />
      {texts.error !== null && <Alert color="red">{errorMessage(t, texts.error, uiLanguage)}</Alert>}
      <Group justify="flex-end" gap="sm" wrap="nowrap">
        {texts.missing.length > 0 && (
          <Text
            size="sm"
            c="orange.9"
            mr="auto"
            style={{ flex: 1, minWidth: 0 }}
            data-testid="bulk-texts-blocked"
          >
            {t('letters.bulk.textsBlocked')}
          </Text>
        )}
        {texts.pending && (
          <Text size="sm" c="dimmed" mr="auto" style={{ flex: 1, minWidth: 0 }} role="status">
            {t('letters.bulk.checking')}
          </Text>
        )}
        <Button variant="default" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button
          {...SAVE_BUTTON}
          onClick={() => void start()}
          disabled={toIssue.length === 0 || gaps.length > 0 || texts.missing.length > 0 || texts.pending}
        >
          {t('letters.bulk.issue', { count: toIssue.length })}
        </Button>
      </Group>
    </Stack>
  );
}
