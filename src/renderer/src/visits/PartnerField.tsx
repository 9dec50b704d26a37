import { useMemo } from 'react';
import { MultiSelect, type OptionsFilter } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PartnerSummary } from '../../../shared/partners-contract';
import { foldForSearch, matchesQuery } from '../../../shared/fold';
import { useFormat } from '../format';
import { partnerLabel, usePartners } from '../partners/links/partner-data';
import { useLinkedPartners } from './linked-partners';
import { isItem } from './visit-options';

/** Every name a partner goes by, to find it by any of them whatever the script typed in. */
const searchText = (p: PartnerSummary) =>
  [p.officialName, p.shortName, p.names.az, p.names.en, p.names.ru, p.city].join('\n');

interface PartnerFieldProps {
  value: readonly string[];
  /** `added`: the partners just chosen (to fill what the visit does not say yet). */
  onChange: (ids: string[], added: PartnerSummary[]) => void;
  error?: string | undefined;
}

/** The visit's partners from the directory (several for a joint delegation), found by any of their names. */
export function PartnerField({ value, onChange, error }: PartnerFieldProps) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const partners = usePartners();
  // Partners linked before they were deleted stay on the visit until the officer removes them.
  const linked = useLinkedPartners(value);
  const byId = useMemo(() => new Map((partners.data ?? []).map((p) => [p.id, p])), [partners.data]);
  const data = useMemo(() => {
    const live = (partners.data ?? []).map((p) => ({ value: p.id, label: partnerLabel(p, language) }));
    const gone = linked
      .filter((p) => p.deleted)
      .map((p) => ({
        value: p.id,
        label: p.label
          ? t('partnerLinks.visit.deletedPartner', { name: p.label })
          : t('partnerLinks.visit.unknownPartner'),
      }));
    return [...live, ...gone];
  }, [partners.data, linked, language, t]);
  const filter = useMemo<OptionsFilter>(
    () =>
      ({ options, search }) => {
        if (!search.trim()) return options;
        return options.filter((option) => {
          if (!isItem(option)) return false;
          const partner = byId.get(option.value);
          return matchesQuery(foldForSearch(partner ? searchText(partner) : option.label), search);
        });
      },
    [byId],
  );
  return (
    <MultiSelect
      label={t('partnerLinks.visit.partners')}
      description={t('partnerLinks.visit.partnersHint')}
      placeholder={value.length === 0 ? t('partnerLinks.visit.partnersPlaceholder') : undefined}
      data={data}
      filter={filter}
      value={[...value]}
      onChange={(ids) => {
        const added = ids.filter((id) => !value.includes(id)).flatMap((id) => byId.get(id) ?? []);
        onChange(ids, added);
      }}
      searchable
      clearable
      hidePickedOptions
      maxValues={10}
      nothingFoundMessage={
        partners.isError ? t('partnerLinks.visit.partnersUnavailable') : t('common.nothingFound')
      }
      error={error}
      comboboxProps={{ withinPortal: true }}
      data-mantine-stop-propagation
    />
  );
}
