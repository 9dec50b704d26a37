import { MultiSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../format';
import { inLanguage, useVisitAgreements } from '../partners/links/partner-data';

/**
 * The agreements signed or discussed during the visit, chosen among its partners' agreements. Not
 * drawn for a visit whose partners have none (and that names none already).
 */
export function AgreementsField({
  partnerIds,
  value,
  onChange,
  error,
}: {
  partnerIds: readonly string[];
  value: readonly string[];
  onChange: (ids: string[]) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const { agreements, pending } = useVisitAgreements(partnerIds);
  if (pending || (agreements.length === 0 && value.length === 0)) return null;
  const known = new Set(agreements.map((a) => a.id));
  const data = [
    ...agreements.map((a) => ({ value: a.id, label: inLanguage(a.title, language, a.id) })),
    // One named before its partner was unlinked from the visit stays, under its id.
    ...value.filter((id) => !known.has(id)).map((id) => ({ value: id, label: id })),
  ];
  return (
    <MultiSelect
      label={t('visitReport.ui.agreements')}
      data={data}
      value={[...value]}
      onChange={onChange}
      error={error}
      clearable
      searchable
      comboboxProps={{ withinPortal: true }}
      data-testid="report-agreements"
    />
  );
}
