/**
 * Who pays: the host institution, the sending partner organisation, or the guest, in the order every
 * choice lists them and a letter prints its costs. A stay and a letter's costs name payers alike.
 */
export const PAYERS = ['host', 'partner', 'guest'] as const;
export type Payer = (typeof PAYERS)[number];
