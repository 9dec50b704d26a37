import { useState, type ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/languages';
import { errorMessage } from '../errors';
import { useFormat } from '../format';
import { useInstitution } from '../settings/use-institution';
import { PageStyle } from './PageStyle';
import { PrintError, PrintLoading, PrintView } from './PrintView';
import { PrintToolbar, type PrintToolbarProps } from './PrintToolbar';

/** The language chosen in the toolbar (null until one is) and the orientation of a print view. */
export function usePrintChoices(landscapeFirst = false) {
  const [chosen, onLanguage] = useState<Language | null>(null);
  const [landscape, onLandscape] = useState(landscapeFirst);
  // `toolbar` is spread into PrintPage: the setters under the names of its props.
  return { chosen, landscape, toolbar: { onLanguage, landscape, onLandscape } };
}

interface Props<T> extends Omit<PrintToolbarProps, 'children'> {
  /** Controls of this view only, in the toolbar (the order of the day's schedule). */
  controls?: ReactNode;
  /** Said under the toolbar, never printed (texts still to be written). */
  notice?: ReactNode;
  /** The running header's right side; its left is the institution's name in the sheet's language. */
  headerRight: string;
  /** What the sheet shows: loading, its error, or the sheet drawn by `children`. */
  query: UseQueryResult<T>;
  /** True while something else the sheet needs is still loading. */
  waiting?: boolean;
  children: (data: T) => ReactNode;
}

/**
 * A print view: the toolbar, the page's @page rule with its running header and page numbers, and
 * the sheet once its data is in (a loader before, the error in the app's language if it fails).
 */
export function PrintPage<T>({
  controls,
  notice,
  headerRight,
  query,
  waiting = false,
  children,
  ...toolbar
}: Props<T>) {
  const { language, landscape } = toolbar;
  const { t: uiT, i18n } = useTranslation();
  const { language: uiLanguage } = useFormat();
  // The page numbers speak the sheet's language, whatever the app's.
  const t = i18n.getFixedT(language);
  const institution = useInstitution();

  let content: ReactNode;
  if (query.isPending || waiting) content = <PrintLoading />;
  else if (query.isError) content = <PrintError message={errorMessage(uiT, query.error, uiLanguage)} />;
  else content = children(query.data);

  return (
    <PrintView
      landscape={landscape}
      toolbar={
        <>
          <PrintToolbar {...toolbar}>{controls}</PrintToolbar>
          {notice}
        </>
      }
    >
      <PageStyle
        landscape={landscape}
        headerLeft={institution.data?.name[language] ?? ''}
        headerRight={headerRight}
        pagePhrase={t('print.page', {
          interpolation: { skipOnVariables: true },
          page: '{{page}}',
          pages: '{{pages}}',
        })}
      />
      {content}
    </PrintView>
  );
}
