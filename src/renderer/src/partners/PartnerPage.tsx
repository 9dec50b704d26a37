import { useState } from 'react';
import { Alert, Badge, Button, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PageNotFound } from '../shell/PageNotFound';
import { BackLink } from '../shell/BackLink';
import type { PartnerDetail } from '../../../shared/partners-contract';
import { AppError } from '../../../shared/errors';
import { errorMessage } from '../errors';
import { useFormat } from '../format';
import { PencilIcon } from '../icons';
import { useOnceOpened } from '../once-opened';
import { queryOptions } from '../queries';
import { routeHref } from '../route';
import { AgreementsSection } from './AgreementsSection';
import { DeletePartnerButton } from './DeletePartnerButton';
import { PartnerDetails } from './PartnerDetails';
import { PartnerFormModal } from './PartnerFormModal';
import { PartnerHistory } from './PartnerHistory';
import { translatedName } from './partner-values';

function Back() {
  const { t } = useTranslation();
  return <BackLink href={routeHref({ name: 'partners' })} label={t('partners.page.back')} />;
}

function NotFound() {
  const { t } = useTranslation();
  return (
    <PageNotFound
      testId="partner-not-found"
      title={t('partners.page.notFoundTitle')}
      body={t('partners.page.notFoundBody')}
      backLabel={t('partners.page.backToList')}
      backHref={routeHref({ name: 'partners' })}
    />
  );
}

function PartnerHeader({ detail }: { detail: PartnerDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [editing, setEditing] = useState(false);
  const editUsed = useOnceOpened(editing);
  const { partner } = detail;
  const beneath = translatedName(partner, format.language);
  const place = [partner.city, format.country(partner.country)].filter(Boolean).join(', ');
  return (
    <Group justify="space-between" align="flex-start" wrap="nowrap">
      <div>
        <Group gap="sm" align="center">
          <Title order={2}>{partner.officialName}</Title>
          {partner.shortName && (
            <Badge variant="light" color="gray" tt="none" size="lg">
              {partner.shortName}
            </Badge>
          )}
        </Group>
        {beneath && (
          <Text c="dimmed" data-testid="partner-name-in-ui">
            {beneath}
          </Text>
        )}
        <Text size="sm" c="dimmed">
          {[t(`partners.kind.${partner.kind}`), place].filter(Boolean).join(' · ')}
        </Text>
      </div>
      <Group gap="sm" wrap="nowrap">
        <Button variant="default" leftSection={<PencilIcon />} onClick={() => setEditing(true)}>
          {t('common.edit')}
        </Button>
        <DeletePartnerButton partner={partner} agreements={detail.agreements.length} />
      </Group>
      {editUsed && <PartnerFormModal opened={editing} onClose={() => setEditing(false)} partner={partner} />}
    </Group>
  );
}

/** One partner at a glance: who they are and whom to write to, the agreements, its history year by year. */
export function PartnerPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const detail = useQuery(queryOptions('partners.get', { id }));

  let body;
  if (detail.isError && detail.error instanceof AppError && detail.error.code === 'notFound') {
    body = <NotFound />;
  } else if (detail.isError) {
    body = <Alert color="red">{errorMessage(t, detail.error, language)}</Alert>;
  } else if (!detail.data) {
    body = (
      <Center py="xl">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  } else {
    body = (
      <>
        <PartnerHeader detail={detail.data} />
        <PartnerDetails partner={detail.data.partner} />
        <AgreementsSection detail={detail.data} />
        <PartnerHistory detail={detail.data} />
      </>
    );
  }
  return (
    <Stack gap="lg" maw={1280}>
      <Back />
      {body}
    </Stack>
  );
}
