import { useState } from 'react';
import {
  Alert,
  Button,
  Center,
  EmptyState,
  Group,
  Loader,
  Paper,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isPartnerKind, PARTNER_KINDS, type PartnerKind } from '../../../shared/partner-constants';
import { errorMessage } from '../errors';
import { useFormat } from '../format';
import { PlusIcon, SearchIcon, UsersIcon } from '../icons';
import { useOnceOpened } from '../once-opened';
import { queryOptions } from '../queries';
import { navigate } from '../route';
import { useCountryOptions } from '../visits/visit-options';
import { LinkVisitsButton } from './links/LinkVisitsButton';
import { PartnerFormModal } from './PartnerFormModal';
import { PartnersTable } from './PartnersTable';

const SEARCH_DELAY_MS = 250;

function Filters({
  text,
  kind,
  country,
  onText,
  onKind,
  onCountry,
}: {
  text: string;
  kind: PartnerKind | '';
  country: string;
  onText: (text: string) => void;
  onKind: (kind: PartnerKind | '') => void;
  onCountry: (country: string) => void;
}) {
  const { t } = useTranslation();
  const [countriesOpened, setCountriesOpened] = useState(false);
  const countries = useCountryOptions(countriesOpened || country !== '');
  return (
    <Group gap="sm" wrap="wrap" role="search" aria-label={t('partners.filter.label')}>
      <TextInput
        type="search"
        aria-label={t('partners.filter.text')}
        placeholder={t('partners.filter.textPlaceholder')}
        leftSection={<SearchIcon />}
        value={text}
        onChange={(event) => onText(event.currentTarget.value)}
        miw={260}
        style={{ flex: 1 }}
      />
      <Select
        aria-label={t('partners.filter.kind')}
        placeholder={t('partners.filter.anyKind')}
        data={PARTNER_KINDS.map((k) => ({ value: k, label: t(`partners.kind.${k}`) }))}
        value={kind || null}
        onChange={(value) => onKind(isPartnerKind(value) ? value : '')}
        clearable
        w={200}
      />
      <Select
        aria-label={t('partners.filter.country')}
        placeholder={t('partners.filter.anyCountry')}
        data={countries.data}
        filter={countries.filter}
        searchable
        clearable
        nothingFoundMessage={t('common.nothingFound')}
        onDropdownOpen={() => setCountriesOpened(true)}
        value={country || null}
        onChange={(value) => onCountry(value ?? '')}
        w={220}
      />
    </Group>
  );
}

/** The directory of the organisations the university works with, searched across scripts and spellings. */
export function PartnersPage() {
  const { t } = useTranslation();
  const { language } = useFormat();
  const [typed, setTyped] = useState('');
  const [text] = useDebouncedValue(typed.trim(), SEARCH_DELAY_MS);
  const [kind, setKind] = useState<PartnerKind | ''>('');
  const [country, setCountry] = useState('');
  const [creating, setCreating] = useState(false);
  const begun = useOnceOpened(creating);
  const partners = useQuery({
    ...queryOptions('partners.list', { text, kind, country }),
    placeholderData: keepPreviousData,
  });
  const list = partners.data ?? [];
  const filtered = typed.trim() !== '' || kind !== '' || country !== '';

  return (
    <Stack gap="lg" maw={1280}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <Title order={2}>{t('partners.title')}</Title>
          <Text c="dimmed" size="sm" maw={720}>
            {t('partners.intro')}
          </Text>
        </div>
        <Group gap="sm" wrap="nowrap" style={{ flexShrink: 0 }}>
          {/* The visits' free-text partner names, matched to partners once the officer confirms. */}
          <LinkVisitsButton />
          <Button leftSection={<PlusIcon />} onClick={() => setCreating(true)}>
            {t('partners.new')}
          </Button>
        </Group>
      </Group>
      <Filters
        text={typed}
        kind={kind}
        country={country}
        onText={setTyped}
        onKind={setKind}
        onCountry={setCountry}
      />
      {partners.isError && <Alert color="red">{errorMessage(t, partners.error, language)}</Alert>}
      {partners.isPending && (
        <Center py="xl">
          <Loader aria-label={t('common.loading')} />
        </Center>
      )}
      {partners.isSuccess && list.length === 0 && (
        <Paper withBorder radius="md" py="xl" data-testid="partners-empty">
          <EmptyState
            variant="light"
            icon={<UsersIcon size={28} />}
            title={filtered ? t('partners.noMatchesTitle') : t('partners.emptyTitle')}
            description={filtered ? t('partners.noMatchesBody') : t('partners.emptyBody')}
          >
            {!filtered && (
              <EmptyState.Actions>
                <Button variant="default" leftSection={<PlusIcon />} onClick={() => setCreating(true)}>
                  {t('partners.new')}
                </Button>
              </EmptyState.Actions>
            )}
          </EmptyState>
        </Paper>
      )}
      {list.length > 0 && (
        <>
          <Text size="sm" c="dimmed" role="status">
            {t('partners.count', { count: list.length })}
          </Text>
          <PartnersTable partners={list} />
        </>
      )}
      {begun && (
        <PartnerFormModal
          opened={creating}
          onClose={() => setCreating(false)}
          onSaved={(partner) => navigate({ name: 'partner', id: partner.id })}
        />
      )}
    </Stack>
  );
}
