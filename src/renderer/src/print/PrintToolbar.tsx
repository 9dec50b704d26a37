import type { ReactNode } from 'react';
import { Button, Group, SegmentedControl, Select, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_NAMES, LANGUAGES, isLanguage, type Language } from '../../../shared/languages';
import { ArrowLeftIcon } from '../icons';
import classes from './print.module.css';
import type { usePrintActions } from './use-print-actions';

export interface PrintToolbarProps {
  backHref: string;
  language: Language;
  onLanguage: (language: Language) => void;
  landscape: boolean;
  onLandscape: (landscape: boolean) => void;
  actions: ReturnType<typeof usePrintActions>;
  /** Controls of one view only (the order of the day's schedule). */
  children?: ReactNode;
}

/** Language, orientation and the ways out: print, PDF, .docx, back. Never printed. */
export function PrintToolbar({
  backHref,
  language,
  onLanguage,
  landscape,
  onLandscape,
  actions,
  children,
}: PrintToolbarProps) {
  const { t } = useTranslation();
  return (
    <Group
      className={classes.toolbar}
      justify="space-between"
      wrap="wrap"
      gap="sm"
      data-testid="print-toolbar"
    >
      <Group gap="sm" wrap="wrap">
        <Button component="a" href={backHref} variant="subtle" leftSection={<ArrowLeftIcon />}>
          {t('print.toolbar.back')}
        </Button>
        <Select
          aria-label={t('print.toolbar.language')}
          data-testid="print-language"
          w={150}
          allowDeselect={false}
          value={language}
          onChange={(value) => value && isLanguage(value) && onLanguage(value)}
          data={LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))}
        />
        <SegmentedControl
          aria-label={t('print.toolbar.orientation')}
          value={landscape ? 'landscape' : 'portrait'}
          onChange={(value) => onLandscape(value === 'landscape')}
          data={[
            { value: 'portrait', label: t('print.toolbar.portrait') },
            { value: 'landscape', label: t('print.toolbar.landscape') },
          ]}
        />
        {children}
      </Group>
      <Group gap="xs">
        <Button onClick={actions.print}>{t('print.toolbar.print')}</Button>
        <Tooltip
          label={t('print.toolbar.savePdfBrowser')}
          disabled={actions.host !== 'browser'}
          multiline
          w={260}
        >
          <Button variant="default" onClick={actions.savePdf} loading={actions.busy === 'pdf'}>
            {t('print.toolbar.savePdf')}
          </Button>
        </Tooltip>
        <Button variant="default" onClick={actions.exportDocx} loading={actions.busy === 'docx'}>
          {t('print.toolbar.exportDocx')}
        </Button>
      </Group>
    </Group>
  );
}
