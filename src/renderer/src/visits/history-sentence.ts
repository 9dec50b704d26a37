import type { TFunction } from 'i18next';
import type { HistoryChange } from '../../../shared/visit-history';

/** The changes' fields in the UI language, each once (a programme item's guests are two stored fields). */
function fieldList(t: TFunction, fields: readonly string[] = []): string {
  const words = fields.map((field) => t(`history.field.${field}`, { defaultValue: field }));
  return [...new Set(words)].join(', ');
}

/** One change of a visit's history as a sentence; the label (a guest's name, an item's title) prints as stored. */
export function changeSentence(t: TFunction, change: HistoryChange): string {
  const hotelLike = change.kind === 'stay' || change.kind === 'roomBlock';
  const label = change.label ?? (hotelLike ? t('history.unknownHotel') : '');
  const sentence = t(`history.change.${change.kind}.${change.action}`, {
    label,
    fields: fieldList(t, change.fields),
    interpolation: { escapeValue: false },
  });
  return sentence.charAt(0).toLocaleUpperCase() + sentence.slice(1);
}
