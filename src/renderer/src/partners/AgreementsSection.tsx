import { useState } from 'react';
import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Group,
  Stack,
  Table,
  Text,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Agreement, AgreementStatus } from '../../../shared/partners';
import type { PartnerDetail } from '../../../shared/partners-contract';
import { api } from '../../api/client';
import { errorMessage } from '../errors';
import { useFormat } from '../format';
import { EditIcon, PlusIcon, TrashIcon, WarningIcon } from '../icons';
import { SectionTitle } from '../SectionTitle';
import { offerUndo } from '../shell/undo';
import { AgreementFormModal } from './AgreementFormModal';
import { AgreementTitle, useAgreementTitle } from './AgreementTitle';
import { PaperclipIcon } from './PaperclipIcon';
import { partnersChanged } from './links/partner-data';
import { usePartnerCall } from './use-partner-call';

/**
 * Badge colours, each with text dark enough on its light background (axe's 4.5:1): teal, not green,
 * whose light badge reads at 3.8:1; red's text one shade darker than Mantine's.
 */
export const AGREEMENT_STATUS_COLOURS: Record<AgreementStatus, { color: string; text?: string }> = {
  draft: { color: 'gray' },
  negotiation: { color: 'blue' },
  signed: { color: 'teal' },
  expired: { color: 'orange' },
  terminated: { color: 'red', text: 'red.9' },
};

type Editing = { kind: 'closed' } | { kind: 'new' } | { kind: 'edit'; agreement: Agreement };

/** The partner's agreements: what each is, its state, how long it runs, and its signed copy. */
export function AgreementsSection({ detail }: { detail: PartnerDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const titleOf = useAgreementTitle();
  const [editing, setEditing] = useState<Editing>({ kind: 'closed' });
  const remove = usePartnerCall('agreements.delete');
  const renewals = new Map(detail.renewals.map((r) => [r.agreementId, r]));
  const del = (agreement: Agreement) => {
    const title = titleOf(agreement.title)?.text ?? '';
    remove.mutate(
      { id: agreement.id },
      {
        onSuccess: () =>
          offerUndo(
            t('partners.agreements.deleted', { title }),
            () => api['agreements.restore']({ id: agreement.id }).then(partnersChanged),
            t,
            format.language,
            { testId: 'agreement-deleted' },
          ),
      },
    );
  };
  return (
    <Stack component="section" gap="md" aria-labelledby="partner-agreements-title">
      <Group justify="space-between" align="center">
        <SectionTitle
          id="partner-agreements-title"
          title={t('partners.agreements.title')}
          count={detail.agreements.length}
        />
        <Button variant="default" leftSection={<PlusIcon />} onClick={() => setEditing({ kind: 'new' })}>
          {t('partners.agreements.add')}
        </Button>
      </Group>
      {detail.renewals.length > 0 && (
        <Alert color="orange" variant="light" icon={<WarningIcon size={20} />} data-testid="partner-renewals">
          {t('partners.agreements.renewalsDue', { count: detail.renewals.length })}
        </Alert>
      )}
      {remove.error && <Alert color="red">{errorMessage(t, remove.error, format.language)}</Alert>}
      {detail.agreements.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('partners.agreements.empty')}
        </Text>
      ) : (
        <Table withTableBorder verticalSpacing="xs" aria-labelledby="partner-agreements-title">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('partners.agreements.table.kind')}</Table.Th>
              <Table.Th>{t('partners.agreements.table.title')}</Table.Th>
              <Table.Th>{t('partners.agreements.table.status')}</Table.Th>
              <Table.Th>{t('partners.agreements.table.signed')}</Table.Th>
              <Table.Th>{t('partners.agreements.table.validity')}</Table.Th>
              <Table.Th w={1}>
                <Text span size="sm" fw={700} style={{ whiteSpace: 'nowrap' }}>
                  {t('partners.agreements.table.actions')}
                </Text>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {detail.agreements.map((agreement) => {
              const renewal = renewals.get(agreement.id);
              const title = titleOf(agreement.title)?.text ?? '';
              return (
                <Table.Tr
                  key={agreement.id}
                  data-testid="agreement-row"
                  data-renewal={renewal ? 'true' : undefined}
                >
                  {/* Marked by a bar at its start: a tinted row blurs the badges' colours below legibility. */}
                  <Table.Td
                    style={renewal ? { boxShadow: 'inset 4px 0 0 var(--mantine-color-orange-6)' } : undefined}
                  >
                    {t(`partners.agreements.kind.${agreement.kind}`)}
                  </Table.Td>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <AgreementTitle title={agreement.title} />
                      {agreement.attachment && (
                        <Tooltip
                          label={t('partners.agreements.hasCopy', { name: agreement.attachment.fileName })}
                        >
                          <Text
                            span
                            c="dimmed"
                            data-testid="agreement-attachment"
                            style={{ display: 'inline-flex' }}
                          >
                            <PaperclipIcon />
                            <VisuallyHidden>
                              {t('partners.agreements.hasCopy', { name: agreement.attachment.fileName })}
                            </VisuallyHidden>
                          </Text>
                        </Tooltip>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Badge
                      color={AGREEMENT_STATUS_COLOURS[agreement.status].color}
                      c={AGREEMENT_STATUS_COLOURS[agreement.status].text}
                      variant="light"
                      tt="none"
                      style={{ minWidth: 'max-content' }}
                    >
                      {t(`partners.agreements.status.${agreement.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.date(agreement.signedDate)}</Table.Td>
                  <Table.Td>
                    {/* A line may break between the two dates, never inside one. */}
                    <Text size="sm">
                      {agreement.validFrom && (
                        <>
                          <span style={{ whiteSpace: 'nowrap' }}>
                            {format.date(agreement.validFrom)} –
                          </span>{' '}
                        </>
                      )}
                      <span style={{ whiteSpace: 'nowrap' }}>
                        {agreement.validTo
                          ? format.date(agreement.validTo)
                          : t('partners.agreements.openEnded')}
                      </span>
                    </Text>
                    {renewal && (
                      <Badge color="orange" variant="filled" tt="none" data-testid="agreement-days-left">
                        {t('partners.agreements.daysLeft', { count: renewal.daysLeft })}
                      </Badge>
                    )}
                    {agreement.autoRenewal && (
                      <Text size="xs" c="dimmed">
                        {t('partners.agreements.autoRenewal')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Tooltip label={t('partners.agreements.edit', { title })}>
                        <ActionIcon
                          variant="subtle"
                          color="gray"
                          aria-label={t('partners.agreements.edit', { title })}
                          onClick={() => setEditing({ kind: 'edit', agreement })}
                        >
                          <EditIcon />
                        </ActionIcon>
                      </Tooltip>
                      <Tooltip label={t('partners.agreements.delete', { title })}>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={t('partners.agreements.delete', { title })}
                          loading={remove.isPending && remove.variables.id === agreement.id}
                          onClick={() => del(agreement)}
                        >
                          <TrashIcon />
                        </ActionIcon>
                      </Tooltip>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      {editing.kind !== 'closed' && (
        <AgreementFormModal
          partnerId={detail.partner.id}
          agreement={editing.kind === 'edit' ? editing.agreement : undefined}
          onClose={() => setEditing({ kind: 'closed' })}
        />
      )}
    </Stack>
  );
}
