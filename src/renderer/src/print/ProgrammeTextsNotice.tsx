import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/languages';
import type { MissingText } from '../../../shared/texts';
import { MissingTextsPanel } from '../letters/MissingTextsPanel';
import classes from './missing-texts.module.css';

/**
 * The programme's texts that have no version in the sheet's language: the sheet prints them as typed,
 * so the officer is warned and writes them here. Shown on screen above the sheet, never printed.
 */
export function ProgrammeTextsNotice({
  missing,
  visitId,
  language,
  landscape,
}: {
  missing: readonly MissingText[];
  visitId: string;
  language: Language;
  landscape: boolean;
}) {
  const { t } = useTranslation();
  if (missing.length === 0) return null;
  return (
    <div
      className={`${classes.notice} ${landscape ? classes.landscape : ''}`}
      data-testid="print-missing-texts"
    >
      <MissingTextsPanel
        missing={missing}
        visitId={visitId}
        intro={t('print.missingTexts.warning', { inLanguage: t(`letters.texts.in.${language}`) })}
      />
    </div>
  );
}
