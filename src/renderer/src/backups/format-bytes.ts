import type { TFunction } from 'i18next';

const UNITS = ['b', 'kb', 'mb', 'gb'] as const;

/**
 * A size as Windows Explorer shows it (1 KB = 1024 bytes), with at most one decimal, written with the
 * UI language's decimal sign and unit: not through Intl, whose Azerbaijani data Chromium may lack.
 */
export function formatBytes(t: TFunction, bytes: number): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const rounded =
    unit === 0 || value >= 10 ? String(Math.round(value)) : value.toFixed(1).replace(/\.0$/, '');
  return t(`backups.space.unit.${UNITS[unit] ?? 'gb'}`, {
    value: rounded.replace('.', t('backups.space.decimal')),
  });
}
