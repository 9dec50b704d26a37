import { useContext, useState } from 'react';
import { Badge, Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { ProgrammeItem } from '../../../shared/planning';
import { api } from '../../api/client';
import { offerUndo } from '../shell/undo';
import { errorMessage } from '../errors';
import { useFormat } from '../format';
import { inLanguage, partnersChanged } from '../partners/links/partner-data';
import { VisitAgreements } from './ceremony-agreements';

/**
 * Under a signing ceremony: the agreement it signs and its status, and while it is not signed yet,
 * "Mark as signed", which signs it on the ceremony's date (the notice after it can take that back).
 */
export function CeremonyAgreement({ item }: { item: ProgrammeItem }) {
  const { t } = useTranslation();
  const { language, date } = useFormat();
  const agreements = useContext(VisitAgreements);
  const [signing, setSigning] = useState(false);
  const agreement =
    item.type === 'ceremony' && item.agreementId ? agreements.get(item.agreementId) : undefined;
  if (!agreement) return null;
  const title = inLanguage(agreement.title, language);

  const sign = async () => {
    setSigning(true);
    try {
      const { undo } = await api['agreements.sign']({ id: agreement.id, date: item.startDate });
      await partnersChanged();
      offerUndo(
        t('partnerLinks.ceremony.signedNotice', { title, date: date(item.startDate) }),
        () => api['agreements.unsign']({ undo }).then(partnersChanged),
        t,
        language,
      );
    } catch (error) {
      notifications.show({ color: 'red', message: errorMessage(t, error, language) });
    } finally {
      setSigning(false);
    }
  };

  return (
    <Group gap={6} mt={2} wrap="wrap" data-testid="ceremony-agreement">
      <Text size="xs">{t('partnerLinks.ceremony.signs', { title })}</Text>
      <Badge size="xs" variant="light" color={agreement.status === 'signed' ? 'green' : 'gray'}>
        {agreement.status === 'signed' && agreement.signedDate
          ? t('partnerLinks.ceremony.signedOn', { date: date(agreement.signedDate) })
          : t(`partnerLinks.status.${agreement.status}`)}
      </Badge>
      {agreement.status !== 'signed' && (
        <Button
          size="compact-xs"
          variant="light"
          loading={signing}
          onClick={() => void sign()}
          aria-label={t('partnerLinks.ceremony.markSignedNamed', { title })}
        >
          {t('partnerLinks.ceremony.markSigned')}
        </Button>
      )}
    </Group>
  );
}
