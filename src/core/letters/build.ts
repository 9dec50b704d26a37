import type { LetterKind } from '../../shared/letters';
import { buildOfficialInvitation } from './official-invitation';
import { fillTemplate } from './template';
import type { InvitationInput } from './types';
import { buildVisaInvitation } from './visa-invitation';

/** Builds a letter's bytes; the engine by default, replaced in tests to fail at a chosen moment. */
export type LetterBuilder = (kind: LetterKind, input: InvitationInput) => Promise<Buffer>;

/** The office's own template when Settings holds one, else the standard layout. */
export const buildLetter: LetterBuilder = (kind, input) => {
  const template = input.institution.letterheadTemplate;
  if (template) return fillTemplate(Buffer.from(template.data, 'base64'), kind, input);
  return kind === 'visaInvitation' ? buildVisaInvitation(input) : buildOfficialInvitation(input);
};

/** A letter to build: its kind and everything it prints, its number and date included. */
export interface LetterJob {
  kind: LetterKind;
  input: InvitationInput;
}

/** Several letters' bytes, in order; the first that cannot be built fails the call. */
export async function buildLetters(jobs: readonly LetterJob[]): Promise<Buffer[]> {
  const out: Buffer[] = [];
  for (const job of jobs) out.push(await buildLetter(job.kind, job.input));
  return out;
}
