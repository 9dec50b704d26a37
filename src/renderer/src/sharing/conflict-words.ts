import type { TFunction } from 'i18next';
import type { RecordKind } from '../../../shared/sharing-contract';
import { DELETED_PATH, RECORD_PATH, VISIT_PATH, type SyncConflict } from '../../../shared/sync-conflicts';

/** The lists of a visit whose records a conflict's path names by id. */
const LISTS = new Set(['guests', 'programme', 'stays', 'roomBlocks']);

/**
 * What a conflict is about, in the UI language: the record's label as stored (a guest's name, an
 * item's title) and the field's name, or the whole entry when a record was removed on one side.
 */
export function conflictSubject(t: TFunction, conflict: SyncConflict): string {
  if (conflict.path === DELETED_PATH) return t('sharing.conflict.deleted');
  if (conflict.path === VISIT_PATH) return t('sharing.conflict.datesClash');
  const segments = conflict.path.split('.');
  const fields: string[] = [];
  for (let at = 0; at < segments.length; at += 1) {
    const segment = segments[at] ?? '';
    if (LISTS.has(segment)) at += 1;
    else fields.push(segment);
  }
  const field = fields[0];
  const what =
    field === undefined ? t('sharing.conflict.record') : t(`history.field.${field}`, { defaultValue: field });
  const sentence = conflict.label && conflict.label !== '' ? `${conflict.label}: ${what}` : what;
  return sentence.charAt(0).toLocaleUpperCase() + sentence.slice(1);
}

/**
 * What a conflict of the office's records is about: the field's name, in the UI language (a name in one
 * language is the field "name in each language"); the whole entry when it was deleted on one side.
 */
export function recordConflictSubject(t: TFunction, conflict: SyncConflict): string {
  if (conflict.path === DELETED_PATH) return t('sharing.conflict.recordDeleted');
  if (conflict.path === RECORD_PATH) return t('sharing.conflict.recordClash');
  const field = conflict.path.split('.')[0] ?? '';
  const what = t(`sharing.field.${field}`, { defaultValue: field });
  return what.charAt(0).toLocaleUpperCase() + what.slice(1);
}

/** How a record of the office is named in a list of conflicts: its kind, then its name as stored. */
export function recordName(t: TFunction, kind: RecordKind, label: string): string {
  return label === '' ? t(`sharing.record.${kind}`) : `${t(`sharing.record.${kind}`)}: ${label}`;
}

/** The names a list of records holds (contacts, signatories), or undefined when they hold none. */
function namesIn(list: unknown[]): string | undefined {
  const names = list.map((item) =>
    typeof item === 'string'
      ? item
      : typeof item === 'object' && item !== null && 'name' in item && typeof item.name === 'string'
        ? item.name
        : undefined,
  );
  return names.every((n) => n !== undefined) && names.length > 0 ? names.join(', ') : undefined;
}

/** One side's value as the officer reads it; a record or the whole visit is named, not printed. */
export function conflictValue(t: TFunction, conflict: SyncConflict, side: 'mine' | 'theirs'): string {
  const value = conflict[side];
  if (conflict.path === DELETED_PATH) {
    return t(value === undefined ? 'sharing.conflict.deletedValue' : 'sharing.conflict.keptValue');
  }
  if (conflict.path === VISIT_PATH) {
    return side === 'mine' ? t('sharing.conflict.wholeVisit') : t('sharing.conflict.shown');
  }
  if (conflict.path === RECORD_PATH) {
    return side === 'mine' ? t('sharing.conflict.record') : t('sharing.conflict.current');
  }
  if (value === undefined || value === null) return t('sharing.conflict.removed');
  if (value === '') return t('sharing.conflict.empty');
  if (Array.isArray(value)) return namesIn(value) ?? t('sharing.conflict.record');
  if (typeof value === 'object') return t('sharing.conflict.record');
  return String(value);
}
