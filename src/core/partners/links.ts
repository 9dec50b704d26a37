import type { z } from 'zod';
import type { LinkUndo, linkChoiceSchema } from '../../shared/partners-contract';
import type { Partner } from '../../shared/partners';
import type { Visit } from '../../shared/domain';
import { AppError, type FieldError } from '../../shared/errors';
import type { Store } from '../store/store';
import { newId } from '../ids';
import { checkNotDuplicate } from './directory';

type LinkChoice = z.output<typeof linkChoiceSchema>;

/** A visit links to at most this many partners (`Visit.partnerIds`). */
const MAX_PARTNERS = 10;

/**
 * Checks every choice before anything is written: each names an existing partner or a new one (not
 * both, not a duplicate), and visits that exist and have room for one more partner.
 */
function check(store: Store, choices: readonly LinkChoice[]): FieldError[] {
  const errors: FieldError[] = [];
  const partners = store.partnersDoc.partners;
  const planned: Partner[] = [];
  const added = new Map<string, Set<string>>();
  choices.forEach((choice, i) => {
    if ((choice.partnerId === undefined) === (choice.partner === undefined)) {
      errors.push({ path: `choices.${i}.partnerId`, code: 'required' });
    } else if (choice.partnerId !== undefined && !partners.some((p) => p.id === choice.partnerId)) {
      errors.push({ path: `choices.${i}.partnerId`, code: 'invalid' });
    } else if (choice.partner) {
      try {
        checkNotDuplicate(
          [...partners, ...planned],
          choice.partner,
          undefined,
          `choices.${i}.partner.officialName`,
        );
        planned.push({ ...choice.partner, id: `planned${i}`, createdAt: '', updatedAt: '' });
      } catch (error) {
        if (!(error instanceof AppError) || !error.fields) throw error;
        errors.push(...error.fields);
      }
    }
    choice.visitIds.forEach((visitId, j) => {
      const visit = store.getVisit(visitId);
      const target = choice.partnerId ?? `new${i}`;
      const more = added.get(visitId) ?? new Set<string>();
      if (visit && !visit.partnerIds.includes(target)) more.add(target);
      added.set(visitId, more);
      if (!visit || visit.partnerIds.length + more.size > MAX_PARTNERS) {
        errors.push({ path: `choices.${i}.visitIds.${j}`, code: 'invalid' });
      }
    });
  });
  return errors;
}

/**
 * Links the chosen visits to partners, creating the new ones, as the user confirmed them. Answers
 * what it did and the undo: the partners created and each visit's partner ids before.
 */
export async function applyLinks(
  store: Store,
  choices: readonly LinkChoice[],
  stamp: string,
): Promise<{ created: number; linked: number; undo: LinkUndo }> {
  const errors = check(store, choices);
  if (errors.length > 0) throw new AppError('validation', undefined, errors);
  const targets = choices.map((c) => c.partnerId ?? newId());
  const created: Partner[] = choices.flatMap((c, i) =>
    c.partner ? [{ ...c.partner, id: targets[i] ?? newId(), createdAt: stamp, updatedAt: stamp }] : [],
  );
  if (created.length > 0) {
    await store.updatePartners((doc) => {
      for (const p of created) checkNotDuplicate(doc.partners, p, undefined, 'partner.officialName');
      return { doc: { ...doc, partners: [...doc.partners, ...created] }, result: undefined };
    });
  }
  const before = new Map<string, string[]>();
  const wanted = new Map<string, string[]>();
  choices.forEach((c, i) => {
    for (const id of c.visitIds) wanted.set(id, [...(wanted.get(id) ?? []), targets[i] ?? '']);
  });
  let linked = 0;
  for (const [visitId, partnerIds] of wanted) {
    await store.saveVisit(visitId, (current) => {
      if (!current) throw new AppError('notFound', { id: visitId });
      before.set(visitId, current.partnerIds);
      const next = [...new Set([...current.partnerIds, ...partnerIds])];
      return { ...current, partnerIds: next, updatedAt: stamp };
    });
    linked += 1;
  }
  return {
    created: created.length,
    linked,
    undo: {
      createdPartnerIds: created.map((p) => p.id),
      visits: [...before].map(([id, partnerIds]) => ({ id, partnerIds })),
    },
  };
}

/**
 * Puts each visit's partner ids back, then removes the partners the links created, unless something
 * links to them now (a visit, an agreement): those stay. Visits deleted since are passed over.
 */
export async function undoLinks(store: Store, undo: LinkUndo, stamp: string): Promise<{ restored: number }> {
  let restored = 0;
  for (const { id, partnerIds } of undo.visits) {
    if (!store.getVisit(id)) continue;
    await store.saveVisit(id, (current: Visit | undefined) => {
      if (!current) throw new AppError('notFound', { id });
      return { ...current, partnerIds: [...new Set(partnerIds)], updatedAt: stamp };
    });
    restored += 1;
  }
  const created = new Set(undo.createdPartnerIds);
  if (created.size > 0) {
    const linked = new Set(store.listVisits().flatMap((v) => v.partnerIds));
    await store.updatePartners((doc) => {
      for (const a of [...doc.agreements, ...doc.trash.agreements]) linked.add(a.partnerId);
      const partners = doc.partners.filter((p) => !created.has(p.id) || linked.has(p.id));
      return { doc: { ...doc, partners }, result: undefined };
    });
  }
  return { restored };
}
