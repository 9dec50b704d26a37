import az from '../../../locales/az/ics.json';
import en from '../../../locales/en/ics.json';
import ru from '../../../locales/ru/ics.json';
import type { Language } from '../../shared/languages';

export type IcsPhrases = typeof en;
/** The words of calendar files; typed against English so a phrase missing from az or ru fails the build. */
export const ICS_PHRASES: Record<Language, IcsPhrases> = { az, en, ru };
