import { useState } from 'react';
import {
  Alert,
  Anchor,
  Button,
  Center,
  Grid,
  Group,
  Loader,
  Radio,
  ScrollArea,
  Stack,
  Text,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Guest, Visit } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import type { Institution } from '../../../shared/institution';
import { LANGUAGES, isLanguage, type Language } from '../../../shared/languages';
import type { RegisterEntry } from '../../../shared/letters';
import { errorMessage, fieldErrors } from '../errors';
import { useFormat } from '../format';
import { guestName } from '../../../shared/guest-name';
import { queryOptions, useVisit } from '../queries';
import { routeHref } from '../route';
import { useInstitution } from '../settings/use-institution';
import { AppModal, SAVE_BUTTON } from '../shell/AppModal';
import { useUnsavedChanges } from '../shell/use-confirm-close';
import { AddresseeField } from './AddresseeField';
import { embassySuggestions } from './embassy-names';
import { LetterCheckAlerts } from './LetterCheckAlerts';
import { LetterOptionsFields } from './LetterOptionsFields';
import { LetterPreview } from './LetterPreview';
import { MissingTextsPanel } from './MissingTextsPanel';
import {
  buildRequest,
  initialChoices,
  preferredLanguage,
  type AddresseeChoice,
  type PerLanguage,
} from './letter-values';
import { incompleteFields } from './missing-fields';
import { institutionGaps } from '../../../shared/institution-gaps';
import { useIssueLetter } from './use-issue-letter';

export interface IssueLetterModalProps {
  visitId: string;
  guestId: string;
  onClose: () => void;
  /** Opens the guest's form, when the dialog is shown where that form lives. */
  onOpenGuest?: () => void;
  /** Re-issuing a register entry: the kind and language stay, the number is kept. */
  reissue?: RegisterEntry;
}

const PANE_HEIGHT = 'calc(100vh - 250px)';

/** Issues one letter for one guest, after showing what it lacks and, on request, how it will look. */
export function IssueLetterModal(props: IssueLetterModalProps) {
  const { t } = useTranslation();
  const visit = useVisit(props.visitId);
  const institution = useInstitution();
  const guest = visit.data?.visit.guests.find((g) => g.id === props.guestId);
  // The accommodation of the guest's stays, which the letter starts from; a failure leaves it empty.
  const defaults = useQuery(
    queryOptions('letters.defaults', { visitId: props.visitId, guestId: props.guestId }),
  );
  const title = props.reissue
    ? t('letters.issue.reissueTitle', { number: props.reissue.number })
    : t('letters.issue.title', { name: guest ? guestName(guest) : '' });

  let body;
  if (visit.isError || institution.isError) {
    body = <Alert color="red">{errorMessage(t, visit.error ?? institution.error, '')}</Alert>;
  } else if (!visit.data || institution.isPending || defaults.isPending) {
    body = (
      <Center py="xl">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  } else if (!guest) {
    body = <Alert color="red">{t('letters.issue.guestGone')}</Alert>;
  } else if (!institution.data) {
    body = <NoInstitution onClose={props.onClose} />;
  } else {
    body = (
      <IssueLetterForm
        {...props}
        visit={visit.data.visit}
        guest={guest}
        institution={institution.data}
        accommodation={defaults.data?.accommodation}
      />
    );
  }
  return (
    <AppModal opened onClose={props.onClose} size={1180} title={title} closeOnClickOutside={false}>
      {body}
    </AppModal>
  );
}

function NoInstitution({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert color="orange" title={t('letters.issue.noInstitutionTitle')}>
      {t('letters.issue.noInstitutionBody')}{' '}
      <Anchor href={routeHref({ name: 'settings' })} onClick={onClose}>
        {t('letters.issue.openSettings')}
      </Anchor>
    </Alert>
  );
}

function IssueLetterForm(
  props: IssueLetterModalProps & {
    visit: Visit;
    guest: Guest;
    institution: Institution;
    accommodation: PerLanguage | undefined;
  },
) {
  const { visit, guest, institution, reissue } = props;
  const { t } = useTranslation();
  const { language: uiLanguage } = useFormat();
  const [language, setLanguage] = useState<Language>(
    reissue?.language ?? preferredLanguage(guest, uiLanguage),
  );
  const [choices, setChoices] = useState(() =>
    initialChoices(institution, reissue?.kind, props.accommodation),
  );
  const [addressee, setAddressee] = useState<AddresseeChoice>(() => {
    const first = embassySuggestions(t, language, guest.citizenship)[0];
    return guest.citizenship && first ? { kind: 'embassy', text: first } : { kind: 'toWhomItMayConcern' };
  });
  const { check, preview, issue, isStale } = useIssueLetter(
    visit.id,
    guest.id,
    choices.kind,
    language,
    reissue?.id,
  );
  const request = buildRequest(visit.id, guest.id, language, choices, addressee);
  useUnsavedChanges({ language, choices, addressee }, !issue.isSuccess);

  const changeLanguage = (next: Language) => {
    // A ready-made addressee follows the letter into its new language; a typed one is left alone.
    if (addressee.kind === 'embassy') {
      const index = embassySuggestions(t, language, guest.citizenship).indexOf(addressee.text);
      const translated = embassySuggestions(t, next, guest.citizenship)[index];
      if (index >= 0 && translated) setAddressee({ kind: 'embassy', text: translated });
    }
    setLanguage(next);
  };

  const failure = issue.error ?? preview.error ?? check.error;
  const errors = fieldErrors(t, failure, 'request.', uiLanguage);
  // The check names what the guest or visit lacks and holds the letter back until it is filled in;
  // a refused call may add fields of this dialog or of Settings, shown but not blocking, since the
  // officer may fix them here and now.
  // The core's check names the institution's gaps too; the local ones show before it answers.
  const lacking = [...new Set([...(check.data?.missing ?? []), ...institutionGaps(institution)])];
  const refused = [
    ...new Set([...lacking, ...(incompleteFields(failure) ?? []).map((p) => p.replace(/^guest\./, ''))]),
  ];
  const otherFailure =
    failure && !(failure instanceof AppError && failure.code === 'letterIncomplete')
      ? errorMessage(t, failure, uiLanguage)
      : '';
  // Texts the letter prints that are not written in its language are given here, beside the
  // letter's options: nothing typed in the dialog is lost while the officer writes them.
  const missingTexts = check.data?.missingTexts ?? [];
  const textsPending = check.isPending;
  const blocked = lacking.length > 0 || missingTexts.length > 0 || textsPending;
  const inLanguage = t(`letters.texts.in.${language}`);
  const busy = issue.isPending || preview.isPending;

  return (
    <Stack gap="md">
      <Grid gap="lg">
        <Grid.Col span={5}>
          <ScrollArea h={PANE_HEIGHT} type="auto" offsetScrollbars>
            <Stack gap="md" pr={4}>
              <LetterCheckAlerts
                missing={refused}
                warnings={check.data?.warnings ?? []}
                onOpenGuest={props.onOpenGuest}
              />
              {otherFailure && (
                <Alert color="red" role="alert" data-testid="letter-error">
                  {otherFailure}
                </Alert>
              )}
              <Radio.Group
                label={t('letters.options.language')}
                value={language}
                onChange={(value) => !reissue && isLanguage(value) && changeLanguage(value)}
              >
                <Group gap="lg" mt={6}>
                  {LANGUAGES.map((l) => (
                    <Radio key={l} value={l} label={t(`guest.languages.${l}`)} disabled={Boolean(reissue)} />
                  ))}
                </Group>
              </Radio.Group>
              <LetterOptionsFields
                choices={choices}
                onChange={setChoices}
                institution={institution}
                languages={[language]}
                error={(path) => errors[path]}
                kindLocked={Boolean(reissue)}
                delegationSize={guest.role === 'head' ? visit.guests.length - 1 : 0}
                addressee={
                  <AddresseeField
                    value={addressee}
                    onChange={setAddressee}
                    language={language}
                    country={guest.citizenship}
                    error={errors['addressee.text']}
                  />
                }
              />
            </Stack>
          </ScrollArea>
        </Grid.Col>
        <Grid.Col span={7}>
          {missingTexts.length > 0 ? (
            // The preview cannot be made until the texts exist: their panel takes its place.
            <ScrollArea h={PANE_HEIGHT} type="auto" offsetScrollbars>
              <MissingTextsPanel missing={missingTexts} visitId={visit.id} />
            </ScrollArea>
          ) : (
            <LetterPreview
              base64={preview.data?.base64 ?? null}
              loading={preview.isPending}
              stale={isStale(request)}
              blocked={blocked}
              height={PANE_HEIGHT}
            />
          )}
        </Grid.Col>
      </Grid>
      <Group justify="flex-end" gap="sm" wrap="nowrap">
        {missingTexts.length > 0 && (
          <Text
            size="sm"
            c="orange.9"
            mr="auto"
            style={{ flex: 1, minWidth: 0 }}
            data-testid="letter-texts-blocked"
          >
            {t('letters.texts.blocked', { inLanguage })}
          </Text>
        )}
        {textsPending && (
          <Text size="sm" c="dimmed" mr="auto" style={{ flex: 1, minWidth: 0 }} role="status">
            {t('letters.texts.checking')}
          </Text>
        )}
        <Button variant="default" onClick={props.onClose}>
          {t('common.cancel')}
        </Button>
        <Button
          variant="default"
          onClick={() => preview.mutate(request)}
          loading={preview.isPending}
          disabled={busy || blocked}
        >
          {t('letters.issue.preview')}
        </Button>
        <Button
          {...SAVE_BUTTON}
          onClick={() => issue.mutate(request, { onSuccess: props.onClose })}
          loading={issue.isPending}
          disabled={busy || blocked}
        >
          {reissue ? t('letters.issue.reissue') : t('letters.issue.issue')}
        </Button>
      </Group>
    </Stack>
  );
}
