import { useQueries, useQuery } from '@tanstack/react-query';
import type { Agreement } from '../../../../shared/partners';
import type { PartnerDetail, PartnerSummary } from '../../../../shared/partners-contract';
import { LANGUAGES, type Language } from '../../../../shared/languages';
import { methodKey, queryClient, queryOptions } from '../../queries';

/** The whole directory, as the pickers offer it (searched in the renderer, across every name). */
export const ALL_PARTNERS = { text: '', kind: '', country: '' } as const;

export function usePartners(enabled = true) {
  return useQuery({ ...queryOptions('partners.list', ALL_PARTNERS), enabled });
}

/** A text in the UI language where it was given, else the first given in the order Qonaq lists languages. */
export function inLanguage(names: Record<Language, string>, language: Language, fallback = ''): string {
  if (names[language].trim()) return names[language];
  return LANGUAGES.map((l) => names[l]).find((name) => name.trim() !== '') ?? fallback;
}

/** The name of a partner the officer reads: in the UI language, else as the organisation writes it. */
export const partnerLabel = (partner: Pick<PartnerSummary, 'names' | 'officialName'>, language: Language) =>
  partner.names[language].trim() || partner.officialName;

/**
 * The agreements of a visit's partners (each partner's page asked for once, shared with any other
 * view of it), with whether they are all known yet.
 */
export function useVisitAgreements(partnerIds: readonly string[]): {
  partners: PartnerDetail[];
  agreements: Agreement[];
  pending: boolean;
} {
  return useQueries({
    queries: partnerIds.map((id) => queryOptions('partners.get', { id })),
    combine: (results) => {
      const partners = results.flatMap((result) => result.data ?? []);
      return {
        partners,
        agreements: partners.flatMap((detail) => detail.agreements),
        pending: results.some((result) => result.isPending),
      };
    },
  });
}

/**
 * After a change to partners or agreements: the directory, partners' pages, renewals, reports and the
 * visits (whose partners may have changed) are asked for again.
 */
export async function partnersChanged(): Promise<void> {
  await Promise.all(
    (
      [
        'partners.list',
        'partners.get',
        'agreements.renewals',
        'visits.get',
        'visits.list',
        'reports.figures',
        'backups.list',
      ] as const
    ).map((method) => queryClient.invalidateQueries({ queryKey: methodKey(method) })),
  );
}
