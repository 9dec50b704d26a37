import { useRef, type FormEvent, type ReactNode } from 'react';
import {
  Alert,
  Button,
  Card,
  Center,
  Group,
  Loader,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Institution } from '../../../shared/institution';
import { api } from '../../api/client';
import { errorMessage } from '../errors';
import { useFormat } from '../format';
import { EMPTY_INSTITUTION } from './institution-values';
import { InstitutionTextFields } from './InstitutionTextFields';
import { LetterDefaultsCard } from './LetterDefaultsCard';
import { LogoField } from './LogoField';
import { NumberFormatFields } from './NumberFormatFields';
import { OfficerNameCard } from './OfficerNameCard';
import { SharingCard } from '../sharing/SharingCard';
import { RenewalWindowCard } from './RenewalWindowCard';
import { SignatoriesField } from './SignatoriesField';
import { TemplateCard } from './TemplateCard';
import { VerificationFields } from './VerificationFields';
import { institutionKey, useInstitution } from './use-institution';
import { useInstitutionForm, type InstitutionFormModel } from './use-institution-form';

function Section({ title, hint, children }: { title: string; hint?: string; children: ReactNode }) {
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-label={title}>
      <Title order={4}>{title}</Title>
      {hint && (
        <Text size="sm" c="dimmed" mt={4}>
          {hint}
        </Text>
      )}
      <Stack mt="md" gap="md">
        {children}
      </Stack>
    </Card>
  );
}

function ContactFields({ model }: { model: InstitutionFormModel }) {
  const { t } = useTranslation();
  const { values, error, setContact } = model;
  return (
    <SimpleGrid cols={4} spacing="md">
      <TextInput
        label={t('settings.contacts.phone')}
        value={values.phone}
        onChange={(e) => setContact('phone', e.currentTarget.value)}
        error={error('phone')}
      />
      <TextInput
        label={t('settings.contacts.email')}
        type="email"
        value={values.email}
        onChange={(e) => setContact('email', e.currentTarget.value)}
        error={error('email')}
      />
      <TextInput
        label={t('settings.contacts.website')}
        value={values.website}
        onChange={(e) => setContact('website', e.currentTarget.value)}
        error={error('website')}
      />
      <TextInput
        label={t('settings.contacts.taxId')}
        description={t('settings.contacts.taxIdHint')}
        inputWrapperOrder={['label', 'input', 'description', 'error']}
        value={values.taxId}
        onChange={(e) => setContact('taxId', e.currentTarget.value)}
        error={error('taxId')}
      />
    </SimpleGrid>
  );
}

/** The institution form, mounted once the stored settings are known so it starts from them. */
function InstitutionForm({ initial, isNew }: { initial: Institution; isNew: boolean }) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const client = useQueryClient();
  // What the form opened with, or last saved: a field left alone that a colleague changed meanwhile
  // (office sharing) keeps their value.
  const opened = useRef<Institution>(initial);
  const save = useMutation({
    // The template is saved by its own card; the core keeps the stored one whatever the form sends.
    // Letter defaults are saved by their own card too: the form sends back the stored ones, not its own copy.
    mutationFn: ({ letterheadTemplate: _template, letterDefaults, ...institution }: Institution) => {
      const stored = client.getQueryData(institutionKey)?.institution?.letterDefaults ?? letterDefaults;
      const { letterheadTemplate: _opened, ...openedWith } = opened.current;
      return api['institution.update']({
        institution: stored ? { ...institution, letterDefaults: stored } : institution,
        opened: stored ? { ...openedWith, letterDefaults: stored } : openedWith,
      });
    },
    onSuccess: (result) => {
      opened.current = result.institution;
      client.setQueryData(institutionKey, result);
      notifications.show({ color: 'green', message: t('settings.saved') });
    },
  });
  const { model, refusal, refused, check } = useInstitutionForm(initial);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    const refusedHere = check();
    refused(refusedHere);
    if (!refusedHere) save.mutate(model.values, { onError: refused });
  };
  const failure = refusal;
  // errorMessage gives the summary sentence for field errors, which are shown at their fields.
  const summary = failure ? errorMessage(t, failure, language) : '';
  const saveButton = (
    <Button type="submit" loading={save.isPending}>
      {t('settings.save')}
    </Button>
  );

  return (
    <form onSubmit={submit} noValidate aria-label={t('settings.title')}>
      <Stack gap="lg">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <div>
            <Title order={2}>{t('settings.title')}</Title>
            <Text c="dimmed" size="sm" maw={720}>
              {t('settings.intro')}
            </Text>
          </div>
          {saveButton}
        </Group>
        {isNew && (
          <Alert color="blue" variant="light" data-testid="institution-not-set">
            {t('settings.notSetYet')}
          </Alert>
        )}
        {summary && (
          <Alert color="red" role="alert" data-testid="settings-error">
            {summary}
          </Alert>
        )}
        <Section title={t('settings.sections.letterhead')} hint={t('settings.sections.letterheadHint')}>
          <InstitutionTextFields model={model} />
          <ContactFields model={model} />
        </Section>
        <Section title={t('settings.sections.logo')}>
          <LogoField model={model} />
        </Section>
        <Section title={t('settings.sections.signatories')} hint={t('settings.sections.signatoriesHint')}>
          <SignatoriesField model={model} />
        </Section>
        <Section title={t('settings.sections.number')} hint={t('settings.sections.numberHint')}>
          <NumberFormatFields model={model} />
        </Section>
        <Section title={t('settings.sections.verification')} hint={t('settings.sections.verificationHint')}>
          <VerificationFields model={model} />
        </Section>
        <Group justify="flex-end">{saveButton}</Group>
      </Stack>
    </form>
  );
}

export function SettingsPage() {
  const { t } = useTranslation();
  const { language } = useFormat();
  const institution = useInstitution();
  return (
    <Stack maw={1180}>
      <OfficerNameCard />
      <SharingCard />
      {institution.isError && <Alert color="red">{errorMessage(t, institution.error, language)}</Alert>}
      {institution.isPending && (
        <Center py="xl">
          <Loader aria-label={t('common.loading')} />
        </Center>
      )}
      {institution.isSuccess && (
        <>
          <InstitutionForm
            initial={institution.data ?? EMPTY_INSTITUTION}
            isNew={institution.data === null}
          />
          <TemplateCard institution={institution.data} />
          <LetterDefaultsCard institution={institution.data} />
          <RenewalWindowCard />
        </>
      )}
    </Stack>
  );
}
