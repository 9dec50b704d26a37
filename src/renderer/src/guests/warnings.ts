import type { TFunction } from 'i18next';
import type { Warning } from '../../../shared/visits-contract';

/** A warning in the UI language, its dates written as people read them. */
export function warningMessage(t: TFunction, warning: Warning, date: (iso: string) => string): string {
  const param = (key: string) => {
    const value = warning.params[key];
    return typeof value === 'string' ? value : '';
  };
  return t(`guest.warnings.${warning.code}`, {
    name: param('name'),
    expiry: date(param('expiry')),
    needed: date(param('needed')),
    departure: date(param('departure')),
  });
}
