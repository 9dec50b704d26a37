import { useCallback, useMemo, useState } from 'react';
import { Alert, Button, Center, Group, Loader, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { LinkProposal } from '../../../../shared/partners-contract';
import { api } from '../../../api/client';
import { offerUndo } from '../../shell/undo';
import { errorMessage, fieldErrors } from '../../errors';
import { useFormat } from '../../format';
import { queryOptions } from '../../queries';
import { AppModal, SAVE_BUTTON } from '../../shell/AppModal';
import { useUnsavedChanges } from '../../shell/use-confirm-close';
import { initialChoices, lacksPartner, linkRequest, type LinkChoice } from './link-choices';
import { partnerLabel, partnersChanged, usePartners } from './partner-data';
import { ProposalCard } from './ProposalCard';

/** Proposals drawn at first; a long list (years of visits typed by hand) shows more on request. */
const PAGE = 30;
const NO_ERRORS: Record<string, string> = {};

/**
 * The migration of free-text partner names to the directory, which the officer confirms: the
 * spellings found in the visits, grouped by the core into proposed partners, each to create, to link
 * to a partner already there, or to skip. Nothing is saved before Apply, which is one change the
 * notice after it can take back.
 */
export function LinkVisitsModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <AppModal
      opened={opened}
      onClose={onClose}
      title={t('partnerLinks.title')}
      size="xl"
      closeOnClickOutside={false}
    >
      {opened && <Proposals onClose={onClose} />}
    </AppModal>
  );
}

function Proposals({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { language } = useFormat();
  // Asked anew at each opening: the visits may have changed since.
  const proposals = useQuery({ ...queryOptions('partners.proposeLinks', {}), gcTime: 0 });
  if (proposals.isPending) {
    return (
      <Center py="xl">
        <Loader aria-label={t('partnerLinks.searching')} />
      </Center>
    );
  }
  if (proposals.isError) return <Alert color="red">{errorMessage(t, proposals.error, language)}</Alert>;
  if (proposals.data.length === 0) {
    return (
      <Stack gap="md">
        <Text data-testid="link-nothing">{t('partnerLinks.nothing')}</Text>
        <Group justify="flex-end">
          <Button onClick={onClose}>{t('common.close')}</Button>
        </Group>
      </Stack>
    );
  }
  return <LinkForm proposals={proposals.data} onClose={onClose} />;
}

function LinkForm({ proposals, onClose }: { proposals: LinkProposal[]; onClose: () => void }) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const [choices, setChoices] = useState<Record<string, LinkChoice>>(() => initialChoices(proposals));
  const [shown, setShown] = useState(PAGE);
  const [applying, setApplying] = useState(false);
  const [error, setError] = useState<{ failure: unknown; keys: string[] } | null>(null);
  useUnsavedChanges(choices);
  const directory = usePartners();
  const partners = useMemo(
    () => (directory.data ?? []).map((p) => ({ value: p.id, label: partnerLabel(p, language) })),
    [directory.data, language],
  );
  const onChange = useCallback(
    (key: string, choice: LinkChoice) => setChoices((current) => ({ ...current, [key]: choice })),
    [],
  );
  const request = linkRequest(proposals, choices);
  const visits = request.choices.reduce((sum, choice) => sum + choice.visitIds.length, 0);
  const incomplete = Object.values(choices).some(lacksPartner);

  // The core names a refused entry by its place in the list sent: its card shows the refusal.
  const errorsOf = (key: string): Record<string, string> => {
    if (!error) return NO_ERRORS;
    const index = error.keys.indexOf(key);
    if (index < 0) return NO_ERRORS;
    const all = fieldErrors(t, error.failure, `choices.${index}.partner.`, language);
    const own = Object.entries(all).filter(([path]) => !path.startsWith('choices.'));
    return own.length > 0 ? Object.fromEntries(own) : NO_ERRORS;
  };

  const apply = async () => {
    setApplying(true);
    setError(null);
    try {
      const done = await api['partners.applyLinks']({ choices: request.choices });
      offerUndo(
        t('partnerLinks.done', { linked: done.linked, created: done.created }),
        () => api['partners.undoLinks']({ undo: done.undo }).then(partnersChanged),
        t,
        language,
      );
      onClose();
      await partnersChanged();
    } catch (failure) {
      setError({ failure, keys: request.keys });
      setApplying(false);
    }
  };

  return (
    <Stack gap="md" data-testid="link-visits">
      <Text size="sm">{t('partnerLinks.intro')}</Text>
      {error !== null && <Alert color="red">{errorMessage(t, error.failure, language)}</Alert>}
      <Stack gap="sm">
        {proposals.slice(0, shown).map((proposal) => {
          const choice = choices[proposal.key];
          return (
            choice && (
              <ProposalCard
                key={proposal.key}
                proposal={proposal}
                choice={choice}
                onChange={onChange}
                partners={partners}
                errors={errorsOf(proposal.key)}
              />
            )
          );
        })}
      </Stack>
      {proposals.length > shown && (
        <Button variant="subtle" onClick={() => setShown((n) => n + PAGE)}>
          {t('partnerLinks.showMore', { count: proposals.length - shown })}
        </Button>
      )}
      <Group justify="space-between" gap="sm" wrap="nowrap">
        <Text size="sm" c="dimmed" data-testid="link-summary">
          {t('partnerLinks.summary', { count: visits })}
        </Text>
        <Group gap="sm" wrap="nowrap">
          <Button variant="default" onClick={onClose} disabled={applying}>
            {t('common.cancel')}
          </Button>
          <Button
            onClick={() => void apply()}
            loading={applying}
            disabled={request.choices.length === 0 || incomplete}
            {...SAVE_BUTTON}
          >
            {t('partnerLinks.apply')}
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}
