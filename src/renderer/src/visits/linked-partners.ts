import { useQueries } from '@tanstack/react-query';
import { useFormat } from '../format';
import { queryOptions } from '../queries';
import { partnerLabel, usePartners } from '../partners/links/partner-data';

export interface LinkedPartner {
  id: string;
  /** Its name in the UI language; '' for a deleted partner the core no longer names. */
  label: string;
  /** In the trash (or gone): the visit keeps the link until the officer removes it or restores the partner. */
  deleted: boolean;
}

/**
 * A visit's partners by name. Those in the directory come from its list; a partner not in it was
 * deleted, and its own page is asked for its name (the trash keeps it), else it is named as deleted.
 */
export function useLinkedPartners(ids: readonly string[]): LinkedPartner[] {
  const { language } = useFormat();
  const partners = usePartners(ids.length > 0);
  const live = new Map((partners.data ?? []).map((p) => [p.id, p]));
  const missing = partners.data ? ids.filter((id) => !live.has(id)) : [];
  const gone = useQueries({
    queries: missing.map((id) => ({ ...queryOptions('partners.get', { id }), retry: false })),
  });
  if (!partners.data) return [];
  return ids.map((id) => {
    const partner = live.get(id);
    if (partner) return { id, label: partnerLabel(partner, language), deleted: false };
    const found = gone[missing.indexOf(id)]?.data?.partner;
    return { id, label: found ? partnerLabel(found, language) : '', deleted: true };
  });
}
