import { useState } from 'react';
import { Button, type ButtonProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useOnceOpened } from '../../once-opened';
import { LinkVisitsModal } from './LinkVisitsModal';

/** "Link visits to partners": opens the proposals to confirm (see `LinkVisitsModal`). */
export function LinkVisitsButton({ variant = 'default' }: { variant?: ButtonProps['variant'] }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const used = useOnceOpened(opened);
  return (
    <>
      <Button variant={variant} onClick={() => setOpened(true)}>
        {t('partnerLinks.open')}
      </Button>
      {used && <LinkVisitsModal opened={opened} onClose={() => setOpened(false)} />}
    </>
  );
}
