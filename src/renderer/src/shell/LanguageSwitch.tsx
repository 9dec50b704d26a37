import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../shared/languages';
import classes from './LanguageSwitch.module.css';

const LABELS: Record<Language, string> = { az: 'AZ', en: 'EN', ru: 'RU' };

/** The UI language, one pressed button of three. */
export function LanguageSwitch({
  value,
  onChange,
}: {
  value: Language;
  onChange: (language: Language) => void;
}) {
  const { t } = useTranslation();
  return (
    <div role="group" aria-label={t('app.language')} data-testid="language-switch" className={classes.root}>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          className={classes.option}
          aria-pressed={language === value}
          onClick={() => language !== value && onChange(language)}
        >
          {LABELS[language]}
        </button>
      ))}
    </div>
  );
}
