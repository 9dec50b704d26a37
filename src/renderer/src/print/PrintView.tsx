import type { ReactNode } from 'react';
import { Alert, Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import classes from './print.module.css';

/** The grey desk on screen with the toolbar above and the sheet of paper on it; bare when printed. */
export function PrintView({
  toolbar,
  landscape,
  children,
}: {
  toolbar: ReactNode;
  landscape: boolean;
  children: ReactNode;
}) {
  return (
    <div className={classes.screen}>
      {toolbar}
      <div className={`${classes.sheet} ${landscape ? classes.landscape : ''}`} data-testid="print-sheet">
        {children}
      </div>
    </div>
  );
}

export function PrintLoading() {
  const { t } = useTranslation();
  return (
    <Center py="xl">
      <Loader aria-label={t('common.loading')} />
    </Center>
  );
}

export function PrintError({ message }: { message: string }) {
  return (
    <Alert color="red" m="md">
      {message}
    </Alert>
  );
}
