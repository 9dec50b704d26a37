import { visitSchema, type Visit } from '../../shared/domain';
import { AppError } from '../../shared/errors';
import { DELETED_PATH, VISIT_PATH } from '../../shared/sync-conflicts';
import { asJson, isObject, type Json, type JsonObject } from './json';
import { BOOKKEEPING, inOrder, RECORD_KEYS, recordKey } from './merge';

/** Sets (or, for undefined, removes) the value at a conflict's path; a record of a list is found by its key. */
export function setAt(node: Json, path: string[], value: Json | undefined): void {
  const [head, ...rest] = path;
  if (head === undefined) return;
  if (Array.isArray(node)) {
    const key =
      recordKey([node]) ?? RECORD_KEYS.find((k) => isObject(value) && typeof value[k] === 'string') ?? 'id';
    const at = node.findIndex((r) => isObject(r) && r[key] === head);
    if (rest.length > 0) {
      const record = node[at];
      if (record !== undefined) setAt(record, rest, value);
    } else if (value === undefined) {
      if (at >= 0) node.splice(at, 1);
    } else if (at >= 0) node[at] = value;
    else node.push(value);
    return;
  }
  if (!isObject(node)) return;
  if (rest.length > 0) {
    const child = node[head];
    if (child !== undefined) setAt(child, rest, value);
  } else if (value === undefined) delete node[head];
  else node[head] = value;
}

/**
 * A visit with one conflict settled by the officer: the field takes the value of the chosen side, and
 * the conflict goes. Undefined when the choice is a deletion (`deleted`, the side that deleted it).
 * Refused (`validation`) when the value chosen no longer fits the visit as it now stands.
 */
export function resolveConflict(visit: Visit, path: string, choice: 'mine' | 'theirs'): Visit | undefined {
  const conflict = visit.syncConflicts?.find((c) => c.path === path);
  if (!conflict) throw new AppError('notFound', { id: path });
  const rest = (visit.syncConflicts ?? []).filter((c) => c.path !== path);
  const json = asJson({ ...visit, syncConflicts: rest.length === 0 ? undefined : rest }) as JsonObject;
  const chosen = choice === 'mine' ? conflict.mine : conflict.theirs;
  if (path === DELETED_PATH && chosen === undefined) return undefined;
  const whole = asJson(chosen ?? null);
  if (path === VISIT_PATH && choice === 'mine' && isObject(whole)) {
    const kept = new Set<string>(BOOKKEEPING);
    for (const key of Object.keys(json)) if (!kept.has(key)) delete json[key];
    Object.assign(json, whole);
  } else if (path !== DELETED_PATH && path !== VISIT_PATH) {
    setAt(json, path.split('.'), chosen === undefined ? undefined : asJson(chosen));
  }
  const parsed = visitSchema.safeParse(json);
  if (!parsed.success || !inOrder(parsed.data)) throw new AppError('validation', { id: path });
  return parsed.data;
}
