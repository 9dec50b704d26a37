import { Select, type ComboboxItem, type ComboboxItemGroup } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../format';
import { inLanguage, partnerLabel, useVisitAgreements } from '../partners/links/partner-data';

interface AgreementFieldProps {
  /** The visit's partners: their agreements are offered. */
  partnerIds: readonly string[];
  value: string;
  onChange: (agreementId: string) => void;
  error?: string | undefined;
}

/** The agreement a signing ceremony signs, among those of the visit's partners, by partner. */
export function AgreementField({ partnerIds, value, onChange, error }: AgreementFieldProps) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const { partners, agreements, pending } = useVisitAgreements(partnerIds);
  const data: ComboboxItemGroup<ComboboxItem>[] = partners
    .filter((detail) => detail.agreements.length > 0)
    .map((detail) => ({
      group: partnerLabel(detail.partner, language),
      items: detail.agreements.map((agreement) => ({
        value: agreement.id,
        label: t('partnerLinks.ceremony.option', {
          title: inLanguage(agreement.title, language),
          status: t(`partnerLinks.status.${agreement.status}`),
        }),
      })),
    }));
  // One chosen before its partner left the visit is still named, so that saving does not drop it unseen.
  if (value && !pending && !agreements.some((a) => a.id === value)) {
    data.push({ group: '', items: [{ value, label: t('partnerLinks.ceremony.elsewhere') }] });
  }
  const none =
    partnerIds.length === 0 ? 'noPartners' : agreements.length === 0 && !pending ? 'noAgreements' : '';
  return (
    <Select
      label={t('partnerLinks.ceremony.agreement')}
      description={none ? t(`partnerLinks.ceremony.${none}`) : undefined}
      placeholder={t('partnerLinks.ceremony.agreementPlaceholder')}
      data={data}
      value={value || null}
      onChange={(id) => onChange(id ?? '')}
      error={error}
      disabled={data.length === 0}
      clearable
      searchable
      nothingFoundMessage={t('common.nothingFound')}
      comboboxProps={{ withinPortal: true }}
      data-mantine-stop-propagation
    />
  );
}
