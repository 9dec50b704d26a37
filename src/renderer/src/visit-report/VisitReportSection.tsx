import { useState } from 'react';
import { Alert, Anchor, Badge, Button, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { todayInBaku } from '../../../shared/dates';
import { AppError } from '../../../shared/errors';
import { LANGUAGES } from '../../../shared/languages';
import { REPORT_OUTCOMES_MAX } from '../../../shared/visit-constants';
import { SectionTitle } from '../SectionTitle';
import { errorMessage, fieldErrors, fieldMessage } from '../errors';
import { useFormat } from '../format';
import { MissingTextsPanel } from '../letters/MissingTextsPanel';
import { methodKey, useCall } from '../queries';
import { routeHref } from '../route';
import type { VisitSectionProps } from '../visits/section-props';
import { AgreementsField } from './AgreementsField';
import { FollowUpRows } from './FollowUpRows';
import { ReportExport } from './ReportExport';
import {
  readDraft,
  sameReport,
  stillEmpty,
  stillMissing,
  toInput,
  toValues,
  writeDraft,
  type ReportRefusal,
  type ReportValues,
} from './report-values';

/** Errors of a refused save by the form's fields: `outcomes.en`, and a follow-up's by its row's key. */
function saveErrors(
  t: ReturnType<typeof useTranslation>['t'],
  error: unknown,
  sent: ReportValues | undefined,
  language: string,
): Record<string, string> {
  const byPath = fieldErrors(t, error, 'report.', language);
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(byPath)) {
    const match = /^followUps\.(\d+)\.(.+)$/.exec(path);
    const row = match ? sent?.followUps[Number(match[1])] : undefined;
    out[row && match ? `${row.key}.${match[2]}` : path] = message;
  }
  return out;
}

/**
 * What the visit came to, written once it has started: outcomes in each document language, the
 * follow-ups with their owner and due date, and the report as .docx. What is typed and not yet saved
 * is kept (see `readDraft`) until it is saved.
 */
export function VisitReportSection({ detail }: VisitSectionProps) {
  const { t } = useTranslation();
  const { language, date } = useFormat();
  const { visit } = detail;
  const stored = toValues(visit.report);
  const [values, setValues] = useState<ReportValues>(() => readDraft(visit.id) ?? stored);
  const [refusal, setRefusal] = useState<ReportRefusal | null>(null);
  /** The form as last sent: a refusal numbers follow-ups as they were sent. */
  const [sent, setSent] = useState<ReportValues>();
  const save = useCall('visitReport.save');
  const client = useQueryClient();
  const dirty = !sameReport(values, stored);

  // Saved elsewhere (a follow-up ticked on Today) while nothing was typed here: shown as now stored.
  const [base, setBase] = useState<ReportValues>(stored);
  if (!sameReport(base, stored)) {
    setBase(stored);
    if (sameReport(values, base)) setValues(stored);
  }
  // Texts written in the missing-texts dialog leave the list as soon as the visit has them.
  const missingTexts = refusal ? stillMissing(refusal.texts, visit) : [];

  const change = (next: ReportValues) => {
    setValues(next);
    writeDraft(visit.id, sameReport(next, stored) ? null : next);
  };

  if (visit.arrivalDate > todayInBaku(new Date())) {
    return (
      <Stack component="section" gap="sm" aria-labelledby="report-title" data-testid="visit-report">
        <SectionTitle id="report-title" title={t('visitReport.ui.title')} />
        <Text c="dimmed" size="sm">
          {t('visitReport.ui.notYet', { date: date(visit.arrivalDate) })}
        </Text>
      </Stack>
    );
  }

  const submit = () => {
    setSent(values);
    save.mutate(
      { visitId: visit.id, report: toInput(values) },
      {
        onSuccess: (saved) => {
          writeDraft(visit.id, null);
          setValues(toValues(saved.visit.report));
          setRefusal(null);
          void client.invalidateQueries({ queryKey: methodKey('followUps.open') });
          notifications.show({ color: 'teal', message: t('visitReport.ui.saved') });
        },
      },
    );
  };

  const errors: Record<string, string> = save.isError ? saveErrors(t, save.error, sent, language) : {};
  const notIn = fieldMessage(t, { path: '', code: 'notInLanguage' }, language);
  for (const field of refusal?.reportFields ?? []) if (stillEmpty(values, field)) errors[field] ??= notIn;
  const general =
    save.isError && !(save.error instanceof AppError && save.error.code === 'validation')
      ? errorMessage(t, save.error, language)
      : save.isError && Object.keys(errors).length === 0
        ? errorMessage(t, save.error, language)
        : '';
  const inLanguage = refusal ? t(`letters.texts.in.${refusal.language}`) : '';

  return (
    <Stack component="section" gap="sm" aria-labelledby="report-title" data-testid="visit-report">
      <Group justify="space-between" align="flex-end">
        <Group gap="sm">
          <SectionTitle id="report-title" title={t('visitReport.ui.title')} />
          {dirty && (
            <Badge color="orange" variant="light" data-testid="report-unsaved">
              {t('visitReport.ui.unsaved')}
            </Badge>
          )}
        </Group>
        <ReportExport visitId={visit.id} values={values} onRefused={setRefusal} />
      </Group>

      {refusal && refusal.reportFields.size > 0 && (
        <Alert color="orange" data-testid="report-missing">
          {t('visitReport.ui.missingReport', { inLanguage })}
        </Alert>
      )}
      {refusal?.agreements.map((a) => (
        <Alert key={a.id} color="orange">
          <Anchor href={routeHref({ name: 'partner', id: a.partnerId })} inherit>
            {t('visitReport.ui.missingAgreement', { title: a.original, inLanguage })}
          </Anchor>
        </Alert>
      ))}
      {refusal?.partners.map((p) => (
        <Alert key={p.id} color="orange">
          <Anchor href={routeHref({ name: 'partner', id: p.id })} inherit>
            {t('visitReport.ui.missingPartner', { name: p.original, inLanguage })}
          </Anchor>
        </Alert>
      ))}
      {missingTexts.length > 0 && (
        <MissingTextsPanel
          missing={missingTexts}
          visitId={visit.id}
          intro={t('visitReport.ui.missingIntro', { inLanguage })}
        />
      )}

      <Title order={4}>{t('visitReport.ui.outcomes')}</Title>
      <Stack gap="xs">
        {LANGUAGES.map((l) => (
          <Textarea
            key={l}
            lang={l}
            label={t(`visitReport.ui.outcomesIn.${l}`)}
            autosize
            minRows={2}
            maxRows={10}
            maxLength={REPORT_OUTCOMES_MAX}
            value={values.outcomes[l]}
            onChange={(e) =>
              change({ ...values, outcomes: { ...values.outcomes, [l]: e.currentTarget.value } })
            }
            error={errors[`outcomes.${l}`]}
          />
        ))}
      </Stack>

      <AgreementsField
        partnerIds={visit.partnerIds}
        value={values.agreementIds}
        onChange={(agreementIds) => change({ ...values, agreementIds })}
        error={Object.entries(errors).find(([path]) => path.startsWith('agreementIds'))?.[1]}
      />

      <Title order={4}>{t('visitReport.ui.followUps')}</Title>
      <FollowUpRows
        rows={values.followUps}
        onChange={(followUps) => change({ ...values, followUps })}
        errors={errors}
      />

      {general && (
        <Alert color="red" role="alert">
          {general}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button onClick={submit} loading={save.isPending} disabled={!dirty && !save.isError}>
          {t('visitReport.ui.save')}
        </Button>
      </Group>
    </Stack>
  );
}
