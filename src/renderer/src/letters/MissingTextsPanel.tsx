import { useState, type ReactNode } from 'react';
import { Alert, Box, Button, Group, Paper, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { AppError } from '../../../shared/errors';
import { missingKey, type MissingText } from '../../../shared/texts';
import { api } from '../../api/client';
import { errorMessage, fieldMessage } from '../errors';
import { useFormat } from '../format';
import { queryOptions, textsChanged, useVisit } from '../queries';
import { languagesOf, missingTextLabel } from './missing-texts';

/** Fields whose text runs over several lines (a purpose, an item's hosts one per line). */
const LONG_FIELDS = new Set(['purpose', 'hosts', 'address']);

export interface MissingTextsPanelProps {
  missing: readonly MissingText[];
  /** The visit the lines belong to, to name its guests and programme items. */
  visitId: string;
  /** What the missing texts stop, said under the title (a letter, a printout). */
  intro?: ReactNode;
}

/**
 * The texts a letter or printout would print that are not written in its language, each beside the
 * text as typed: the officer writes them (or takes a proper name as written) and saves them all at
 * once. Whoever shows the panel asks again what is missing once they are saved (`textsChanged`).
 */
export function MissingTextsPanel({ missing, visitId, intro }: MissingTextsPanelProps) {
  const { t } = useTranslation();
  const { language: uiLanguage } = useFormat();
  // Kept by line, so that a line still missing after a save, or after another re-check, keeps its text.
  const [values, setValues] = useState<Record<string, string>>({});
  const visit = useVisit(visitId);
  const needsHotels = missing.some((m) => m.owner === 'hotel');
  const hotels = useQuery({ ...queryOptions('hotels.list', {}), enabled: needsHotels });
  const context = { visit: visit.data?.visit, hotels: hotels.data };
  const filled = missing.filter((m) => (values[missingKey(m)] ?? '').trim() !== '');
  const save = useMutation({
    mutationFn: (lines: readonly MissingText[]) =>
      api['texts.translate']({
        texts: lines.map((m) => ({
          owner: m.owner,
          ...(m.visitId ? { visitId: m.visitId } : {}),
          id: m.id,
          field: m.field,
          language: m.language,
          value: (values[missingKey(m)] ?? '').trim(),
        })),
      }),
    onSuccess: () => textsChanged(),
  });

  if (missing.length === 0) return null;
  const languages = languagesOf(missing);
  const only = languages.length === 1 ? languages[0] : undefined;
  const title = only
    ? t('letters.texts.title', { count: missing.length, inLanguage: t(`letters.texts.in.${only}`) })
    : t('letters.texts.titleMany', { count: missing.length });
  // A refusal of one line (too long) is shown under that line: the call numbers lines as sent.
  const lineErrors: Record<string, string> = {};
  const failure = save.error;
  if (failure instanceof AppError && failure.code === 'validation') {
    for (const field of failure.fields ?? []) {
      const line = save.variables?.[Number(field.path.split('.')[1])];
      if (line) lineErrors[missingKey(line)] ??= fieldMessage(t, field, uiLanguage);
    }
  }
  const generalError =
    failure && Object.keys(lineErrors).length === 0 ? errorMessage(t, failure, uiLanguage) : '';

  return (
    <Alert
      color="orange"
      variant="light"
      title={title}
      data-testid="missing-texts"
      role="region"
      aria-label={title}
    >
      <Stack gap="sm">
        <Text size="sm">{intro ?? t('letters.texts.intro')}</Text>
        {missing.map((m) => {
          const key = missingKey(m);
          const label = missingTextLabel(t, m, context, uiLanguage);
          const Input = LONG_FIELDS.has(m.field) ? Textarea : TextInput;
          return (
            <Paper
              key={key}
              withBorder
              p="sm"
              radius="sm"
              role="group"
              aria-label={label}
              data-testid="missing-text"
            >
              <Stack gap={6}>
                <Text size="sm" fw={600}>
                  {label}
                </Text>
                <Box>
                  <Text size="xs" c="dimmed">
                    {t(`letters.texts.writtenIn.${m.from}`)}
                  </Text>
                  <Text
                    size="sm"
                    lang={m.from}
                    dir="auto"
                    style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
                    data-testid="missing-text-original"
                  >
                    {m.original}
                  </Text>
                </Box>
                <Input
                  label={t(`letters.texts.inputIn.${m.language}`)}
                  aria-label={t('letters.texts.inputLabel', {
                    what: label,
                    inLanguage: t(`letters.texts.in.${m.language}`),
                  })}
                  lang={m.language}
                  value={values[key] ?? ''}
                  onChange={(e) => {
                    const value = e.currentTarget.value;
                    setValues((v) => ({ ...v, [key]: value }));
                  }}
                  error={lineErrors[key]}
                  {...(Input === Textarea ? { autosize: true, minRows: 1, maxRows: 6 } : {})}
                />
                <Group justify="flex-end">
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    onClick={() => setValues((v) => ({ ...v, [key]: m.original }))}
                  >
                    {t('letters.texts.useAsWritten')}
                  </Button>
                </Group>
              </Stack>
            </Paper>
          );
        })}
        {generalError && (
          <Alert color="red" role="alert">
            {generalError}
          </Alert>
        )}
        <Group justify="space-between" gap="sm">
          <Text size="xs" c="dimmed">
            {t('letters.texts.progress', { done: filled.length, total: missing.length })}
          </Text>
          <Button
            size="sm"
            onClick={() => save.mutate(filled)}
            loading={save.isPending}
            disabled={filled.length === 0}
          >
            {filled.length > 0
              ? t('letters.texts.save', { count: filled.length })
              : t('letters.texts.saveEmpty')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
