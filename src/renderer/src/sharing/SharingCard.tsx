import { useState, type FormEvent } from 'react';
import {
  Alert,
  Button,
  Card,
  Group,
  Modal,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { AppError } from '../../../shared/errors';
import { SHARING_NAME_MAX, SHARING_URL_MAX, type SharingStatus } from '../../../shared/sharing-contract';
import { api } from '../../api/client';
import { errorMessage, fieldErrors } from '../errors';
import { useFormat } from '../format';
import { queryClient, queryKey } from '../queries';
import { useSharing } from './use-sharing';
import { useSharingWords } from './SharingIndicator';
import { RecordConflictsPanel } from './RecordConflictsPanel';

const keep = (status: SharingStatus) => queryClient.setQueryData(queryKey('sharing.status', {}), status);

/** Settings → Office sharing: the office server's address and sign-in; once on, its state, sync now and off. */
export function SharingCard() {
  const { t } = useTranslation();
  const sharing = useSharing();
  const title = t('sharing.settings.title');
  const status = sharing.data;
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-label={title}>
      <Title order={4}>{title}</Title>
      <Text size="sm" c="dimmed" mt={4} maw={760}>
        {t('sharing.settings.hint')}
      </Text>
      {status && status.state !== 'off' && <Connected status={status} />}
      {status && <RecordConflictsPanel records={status.recordConflicts} />}
      {status && (status.state === 'off' || status.state === 'signIn') && (
        <SignIn initialUrl={status.url ?? ''} initialUser={status.username ?? ''} />
      )}
    </Card>
  );
}

function SignIn({ initialUrl, initialUser }: { initialUrl: string; initialUser: string }) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const [url, setUrl] = useState(initialUrl);
  const [username, setUsername] = useState(initialUser);
  const [password, setPassword] = useState('');
  const connect = useMutation({
    mutationFn: () => api['sharing.connect']({ url, username, password }),
    onSuccess: (status) => {
      keep(status);
      setPassword('');
      notifications.show({ color: 'green', message: t('sharing.settings.synced') });
    },
  });
  const refused = fieldErrors(t, connect.error, '', language);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    connect.mutate();
  };
  return (
    <form onSubmit={submit}>
      <Stack gap="sm" mt="md" maw={520}>
        <TextInput
          label={t('sharing.settings.url')}
          placeholder={t('sharing.settings.urlPlaceholder')}
          value={url}
          onChange={(event) => setUrl(event.currentTarget.value)}
          maxLength={SHARING_URL_MAX}
          error={refused.url}
          required
        />
        <Group grow align="flex-start">
          <TextInput
            label={t('sharing.settings.username')}
            value={username}
            onChange={(event) => setUsername(event.currentTarget.value)}
            maxLength={SHARING_NAME_MAX}
            error={refused.username}
            autoComplete="username"
            required
          />
          <PasswordInput
            label={t('sharing.settings.password')}
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
            maxLength={SHARING_NAME_MAX}
            error={refused.password}
            autoComplete="current-password"
          />
        </Group>
        {connect.isError && Object.keys(refused).length === 0 && (
          <Alert color="red" role="alert">
            {errorMessage(t, connect.error, language)}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={connect.isPending}>
            {t('sharing.settings.connect')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function Connected({ status }: { status: SharingStatus }) {
  const { t } = useTranslation();
  const format = useFormat();
  const words = useSharingWords();
  const [confirming, setConfirming] = useState(false);
  const syncNow = useMutation({ mutationFn: () => api['sharing.syncNow']({}), onSuccess: keep });
  const disconnect = useMutation({
    mutationFn: () => api['sharing.disconnect']({}),
    onSuccess: (next) => {
      keep(next);
      setConfirming(false);
      notifications.show({ color: 'green', message: t('sharing.settings.disconnected') });
    },
  });
  const when = status.lastSyncAt && format.moment(status.lastSyncAt);
  const failed = syncNow.error ?? disconnect.error;
  return (
    <Stack gap="xs" mt="md" data-testid="sharing-connected">
      <Text size="sm">{t('sharing.settings.connected', { url: status.url, username: status.username })}</Text>
      <Text size="sm" fw={600} data-testid="sharing-state">
        {words(status)}
      </Text>
      <Text size="sm" c="dimmed">
        {when ? t('sharing.settings.lastSync', { when }) : t('sharing.settings.notYet')}
      </Text>
      {status.refused > 0 && (
        <Alert color="yellow" data-testid="sharing-refused">
          {t('sharing.settings.refused', { count: status.refused })}
        </Alert>
      )}
      {status.unreadable > 0 && (
        <Alert color="yellow" data-testid="sharing-unreadable">
          {t('sharing.settings.unreadable', { count: status.unreadable })}
        </Alert>
      )}
      {status.error && (
        <Alert color="red" role="alert">
          {errorMessage(t, new AppError(status.error.code, status.error.params), format.language)}
        </Alert>
      )}
      {failed && (
        <Alert color="red" role="alert">
          {errorMessage(t, failed, format.language)}
        </Alert>
      )}
      <Group mt="xs">
        <Button variant="default" onClick={() => syncNow.mutate()} loading={syncNow.isPending}>
          {t('sharing.settings.syncNow')}
        </Button>
        <Button variant="subtle" color="red" onClick={() => setConfirming(true)}>
          {t('sharing.settings.disconnect')}
        </Button>
      </Group>
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('sharing.settings.confirmTitle')}
      >
        <Text size="sm">{t('sharing.settings.confirmBody')}</Text>
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={() => setConfirming(false)}>
            {t('common.cancel')}
          </Button>
          <Button color="red" onClick={() => disconnect.mutate()} loading={disconnect.isPending}>
            {t('sharing.settings.disconnect')}
          </Button>
        </Group>
      </Modal>
    </Stack>
  );
}
