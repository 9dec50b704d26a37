import { memo, useState } from 'react';
import {
  Button,
  Group,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  type ComboboxItem,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../../../shared/languages';
import type { LinkProposal } from '../../../../shared/partners-contract';
import { useFormat } from '../../format';
import { PencilIcon } from '../../icons';
import { isLinkAction, LINK_ACTIONS, type LinkChoice } from './link-choices';

interface ProposalCardProps {
  proposal: LinkProposal;
  choice: LinkChoice;
  onChange: (key: string, choice: LinkChoice) => void;
  /** The directory, to link to a partner other than the one proposed. */
  partners: ComboboxItem[];
  /** Refusals of the partner to create, by its field (`officialName`, `names.ru`). */
  errors: Record<string, string>;
}

/** One group of spellings found in the visits, and what to do with it: a new partner, an existing one, or nothing. */
export const ProposalCard = memo(function ProposalCard({
  proposal,
  choice,
  onChange,
  partners,
  errors,
}: ProposalCardProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const refused = Object.keys(errors).length > 0;
  const [editing, setEditing] = useState(false);
  const heading = proposal.names[0]?.name ?? '';
  const set = (next: Partial<LinkChoice>) => onChange(proposal.key, { ...choice, ...next });
  const setPartner = (next: Partial<LinkChoice['partner']>) =>
    set({ partner: { ...choice.partner, ...next } });
  return (
    <Paper
      withBorder
      p="sm"
      radius="md"
      role="group"
      aria-label={heading}
      data-testid="link-proposal"
      bg={choice.action === 'skip' ? 'var(--mantine-color-gray-0)' : undefined}
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
        <Stack gap={2}>
          {proposal.names.map((found) => (
            <Text key={found.name} size="sm">
              <Text span fw={600}>
                {found.name}
              </Text>
              <Text span c="dimmed">
                {' · '}
                {t('partnerLinks.proposal.visits', { count: found.visits })}
              </Text>
            </Text>
          ))}
          {proposal.country && (
            <Text size="xs" c="dimmed">
              {format.country(proposal.country)}
            </Text>
          )}
        </Stack>
        <SegmentedControl
          size="xs"
          aria-label={t('partnerLinks.proposal.action', { name: heading })}
          data={LINK_ACTIONS.map((action) => ({
            value: action,
            label: t(`partnerLinks.proposal.actions.${action}`),
            disabled: action === 'link' && partners.length === 0,
          }))}
          value={choice.action}
          onChange={(action) => isLinkAction(action) && set({ action })}
        />
      </Group>
      {choice.action === 'link' && (
        <Stack gap={4} mt="sm">
          {proposal.partnerId && proposal.partnerId === choice.partnerId && (
            <Text size="xs" c="dimmed">
              {t('partnerLinks.proposal.matched')}
            </Text>
          )}
          <Select
            label={t('partnerLinks.proposal.existing')}
            placeholder={t('partnerLinks.proposal.existingPlaceholder')}
            data={partners}
            value={choice.partnerId || null}
            onChange={(id) => set({ partnerId: id ?? '' })}
            error={choice.partnerId ? undefined : t('partnerLinks.proposal.choosePartner')}
            searchable
            nothingFoundMessage={t('common.nothingFound')}
            comboboxProps={{ withinPortal: true }}
            data-mantine-stop-propagation
          />
        </Stack>
      )}
      {choice.action === 'create' && (editing || refused) && (
        <Stack gap="xs" mt="sm">
          <TextInput
            label={t('partnerLinks.proposal.officialName')}
            description={t('partnerLinks.proposal.officialNameHint')}
            value={choice.partner.officialName}
            onChange={(event) => setPartner({ officialName: event.currentTarget.value })}
            error={errors.officialName}
            withAsterisk
          />
          <SimpleGrid cols={3} spacing="xs">
            {LANGUAGES.map((language) => (
              <TextInput
                key={language}
                label={t(`partnerLinks.proposal.nameIn.${language}`)}
                value={choice.partner.names[language]}
                onChange={(event) =>
                  setPartner({ names: { ...choice.partner.names, [language]: event.currentTarget.value } })
                }
                error={errors[`names.${language}`]}
              />
            ))}
          </SimpleGrid>
        </Stack>
      )}
      {choice.action === 'create' && !editing && !refused && (
        <Group justify="space-between" wrap="nowrap" mt="xs" gap="sm">
          <Text size="sm">
            {t('partnerLinks.proposal.newPartner', { name: choice.partner.officialName })}
            <Text span size="xs" c="dimmed">
              {' '}
              {LANGUAGES.filter((l) => choice.partner.names[l])
                .map((l) => `${l.toUpperCase()}: ${choice.partner.names[l]}`)
                .join(' · ')}
            </Text>
          </Text>
          <Button
            variant="subtle"
            size="compact-sm"
            leftSection={<PencilIcon size={14} />}
            onClick={() => setEditing(true)}
            aria-label={t('partnerLinks.proposal.edit', { name: choice.partner.officialName })}
          >
            {t('common.edit')}
          </Button>
        </Group>
      )}
    </Paper>
  );
});
