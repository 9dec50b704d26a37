import { Alert, Anchor, Button, Group, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LetterFile } from '../../../shared/letters';
import { useFormat } from '../format';
import { routeHref } from '../route';
import { isGuestField, missingFieldLabel } from './missing-fields';

/** The fields a letter still needs, named as the guest form labels them. */
export function MissingFieldsAlert({
  paths,
  onOpenGuest,
}: {
  paths: readonly string[];
  onOpenGuest?: (() => void) | undefined;
}) {
  const { t, i18n } = useTranslation();
  if (paths.length === 0) return null;
  const exists = (key: string) => i18n.exists(key);
  return (
    <Alert
      color="red"
      variant="light"
      title={t('letters.check.refusedTitle')}
      data-testid="letter-missing-fields"
    >
      <Stack gap="xs">
        <Text size="sm">{t('letters.check.refusedBody', { count: paths.length })}</Text>
        <List size="sm" spacing={2}>
          {paths.map((path) => (
            <List.Item key={path}>{missingFieldLabel(t, path, exists)}</List.Item>
          ))}
        </List>
        <Group gap="md">
          {onOpenGuest && paths.some(isGuestField) && (
            <Button size="xs" variant="light" color="red" onClick={onOpenGuest}>
              {t('letters.check.openGuest')}
            </Button>
          )}
          {paths.some((p) => p.startsWith('institution.')) && (
            <Anchor href={routeHref({ name: 'settings' })} size="sm">
              {t('letters.issue.openSettings')}
            </Anchor>
          )}
        </Group>
      </Stack>
    </Alert>
  );
}

/** Warnings do not stop a letter: the guest may renew the passport before applying. */
export function LetterWarningsAlert({ warnings }: { warnings: LetterFile['warnings'] }) {
  const { t } = useTranslation();
  const { date } = useFormat();
  if (warnings.length === 0) return null;
  return (
    <Alert
      color="orange"
      variant="light"
      title={t('letters.check.warningTitle')}
      data-testid="letter-warnings"
    >
      {warnings.map((w) => (
        <Text size="sm" key={w.code}>
          {t('letters.check.passportExpiresSoon', {
            expiry: date(w.params.expiryDate ?? ''),
            needed: date(w.params.requiredUntil ?? ''),
          })}
        </Text>
      ))}
    </Alert>
  );
}

/** Both of the above, as the letter dialog shows them before anything is issued. */
export function LetterCheckAlerts(props: {
  missing: readonly string[];
  warnings: LetterFile['warnings'];
  onOpenGuest?: (() => void) | undefined;
}) {
  return (
    <>
      <MissingFieldsAlert paths={props.missing} onOpenGuest={props.onOpenGuest} />
      <LetterWarningsAlert warnings={props.warnings} />
    </>
  );
}
