import { useState } from 'react';
import { Alert, Button, Card, Group, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DEFAULT_LETTER_DEFAULTS, type Institution, type LetterDefaults } from '../../../shared/institution';
import { LANGUAGES } from '../../../shared/languages';
import { api } from '../../api/client';
import { errorMessage, fieldErrors } from '../errors';
import { useFormat } from '../format';
import { VisaRequestFields } from '../letters/VisaRequestFields';
import { institutionKey } from './use-institution';

/**
 * The visa a new visa invitation asks for, set once. Saved on its own, onto the institution as it is
 * stored: the Settings form keeps whatever this card saved (it sends the stored defaults back).
 */
export function LetterDefaultsCard({ institution }: { institution: Institution | null }) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const client = useQueryClient();
  const [values, setValues] = useState<LetterDefaults>(
    institution?.letterDefaults ?? DEFAULT_LETTER_DEFAULTS,
  );
  const save = useMutation({
    mutationFn: (letterDefaults: LetterDefaults) => {
      const stored = client.getQueryData(institutionKey)?.institution ?? institution;
      if (!stored) throw new Error('institution not set');
      // The template is set by its own card; the core keeps the stored one whatever is sent.
      const { letterheadTemplate: _template, ...rest } = stored;
      // Only the defaults are this card's: the rest is sent as it was, and stays as it now is.
      return api['institution.update']({ institution: { ...rest, letterDefaults }, opened: rest });
    },
    onSuccess: (result) => {
      client.setQueryData(institutionKey, result);
      notifications.show({ color: 'green', message: t('settings.letterDefaults.saved') });
    },
  });
  const errors = fieldErrors(t, save.error, 'institution.letterDefaults.', language);
  const title = t('settings.sections.letterDefaults');

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-label={title}>
      <Title order={4}>{title}</Title>
      <Text size="sm" c="dimmed" mt={4}>
        {t('settings.sections.letterDefaultsHint')}
      </Text>
      {institution === null ? (
        <Alert color="blue" variant="light" mt="md">
          {t('settings.letterDefaults.saveInstitutionFirst')}
        </Alert>
      ) : (
        <Stack mt="md" gap="md">
          <VisaRequestFields
            value={{
              type: values.visaType,
              entries: values.visaEntries,
              validityDays: values.validityDays,
              collection: values.collection,
            }}
            onChange={(visa) =>
              setValues((v) => ({
                ...v,
                visaType: visa.type,
                visaEntries: visa.entries,
                validityDays: visa.validityDays,
                collection: visa.collection,
              }))
            }
            validityError={errors.validityDays}
          />
          {values.collection === 'embassy' && (
            <SimpleGrid cols={3} spacing="md">
              {LANGUAGES.map((l) => (
                <TextInput
                  key={l}
                  label={t(`settings.letterDefaults.placeIn.${l}`)}
                  value={values.collectionPlace[l]}
                  onChange={(e) => {
                    const text = e.currentTarget.value;
                    setValues((v) => ({ ...v, collectionPlace: { ...v.collectionPlace, [l]: text } }));
                  }}
                  error={errors[`collectionPlace.${l}`]}
                />
              ))}
            </SimpleGrid>
          )}
          {save.error !== null && Object.keys(errors).length === 0 && (
            <Text size="sm" c="red" role="alert">
              {errorMessage(t, save.error, language)}
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" loading={save.isPending} onClick={() => save.mutate(values)}>
              {t('settings.letterDefaults.save')}
            </Button>
          </Group>
        </Stack>
      )}
    </Card>
  );
}
