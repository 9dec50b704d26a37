import type { PartnerData } from '../../../../shared/partners';
import type { LinkProposal, linkChoiceSchema } from '../../../../shared/partners-contract';
import type { z } from 'zod';
import { isOneOf } from '../../../../shared/one-of';

export const LINK_ACTIONS = ['create', 'link', 'skip'] as const;
export type LinkAction = (typeof LINK_ACTIONS)[number];
export const isLinkAction = (value: unknown): value is LinkAction => isOneOf(LINK_ACTIONS, value);

/** What the officer decided for one proposal: nothing of it is saved before Apply. */
export interface LinkChoice {
  action: LinkAction;
  /** The partner to link to (`link`): the one the names matched, or one the officer picked. */
  partnerId: string;
  /** The partner to create (`create`), as suggested and then edited. */
  partner: PartnerData;
}

/** A proposal that matched a partner links to it; any other creates the partner suggested. */
export function initialChoices(proposals: readonly LinkProposal[]): Record<string, LinkChoice> {
  return Object.fromEntries(
    proposals.map((p) => [
      p.key,
      { action: p.partnerId ? 'link' : 'create', partnerId: p.partnerId ?? '', partner: p.suggested },
    ]),
  );
}

export type LinkRequest = z.input<typeof linkChoiceSchema>;

/**
 * The choices as `partners.applyLinks` takes them, skipped ones left out, with the proposal each
 * entry came from (the core names a refused entry by its place in the list).
 */
export function linkRequest(
  proposals: readonly LinkProposal[],
  choices: Readonly<Record<string, LinkChoice>>,
): { choices: LinkRequest[]; keys: string[] } {
  const out: { choices: LinkRequest[]; keys: string[] } = { choices: [], keys: [] };
  for (const proposal of proposals) {
    const choice = choices[proposal.key];
    if (!choice || choice.action === 'skip') continue;
    if (choice.action === 'link' && !choice.partnerId) continue;
    out.choices.push(
      choice.action === 'link'
        ? { visitIds: proposal.visitIds, partnerId: choice.partnerId }
        : { visitIds: proposal.visitIds, partner: choice.partner },
    );
    out.keys.push(proposal.key);
  }
  return out;
}

/** A proposal to link to an existing partner, with none chosen: Apply waits for one. */
export const lacksPartner = (choice: LinkChoice | undefined) =>
  choice?.action === 'link' && !choice.partnerId;
