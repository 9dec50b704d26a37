/**
 * Upper case as a passport prints a name, by the passport's issuing country: Turkish and
 * Azerbaijani passports write the dotted `İ` for `i` and a plain `I` for the dotless `ı`; every
 * other passport uses the locale-independent mapping (`i` -> `I`), so PETROVICH never becomes
 * PETROVİCH. The rule is written out here rather than left to `toLocaleUpperCase`: Chromium builds
 * without Azerbaijani locale data would quietly fall back to the other rule.
 *
 * Offered to the officer as an action at entry, never applied when printing: a passport name prints
 * exactly as typed.
 */

/** Countries (ISO 3166 alpha-2) whose alphabet has a dotted and a dotless i. */
const DOTTED_I_COUNTRIES: ReadonlySet<string> = new Set(['TR', 'AZ']);

export function hasDottedCapitalI(issuingCountry: string): boolean {
  return DOTTED_I_COUNTRIES.has(issuingCountry.toUpperCase());
}

export function passportUpperCase(text: string, issuingCountry: string): string {
  if (!hasDottedCapitalI(issuingCountry)) return text.toUpperCase();
  return text.replace(/i/g, 'İ').replace(/ı/g, 'I').toUpperCase();
}
