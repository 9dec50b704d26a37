import { useTranslation } from 'react-i18next';
import type { Partner } from '../../../shared/partners';
import { api } from '../../api/client';
import { navigate } from '../route';
import { DeleteWithUndo } from '../shell/DeleteWithUndo';
import { partnersChanged } from './links/partner-data';

/** Deleting asks first; afterwards a notice offers to undo, since the core keeps the partner in its trash. */
export function DeletePartnerButton({ partner, agreements }: { partner: Partner; agreements: number }) {
  const { t } = useTranslation();
  return (
    <DeleteWithUndo
      title={t('partners.delete.title')}
      question={t('partners.delete.question', { name: partner.officialName, count: agreements })}
      confirm={t('partners.delete.confirm')}
      remove={() => api['partners.delete']({ id: partner.id })}
      leave={() => navigate({ name: 'partners' })}
      changed={partnersChanged}
      done={t('partners.delete.done', { name: partner.officialName })}
      undo={async () => {
        // Brought back from the trash (with its agreements) and opened.
        await api['partners.restore']({ id: partner.id });
        await partnersChanged();
        navigate({ name: 'partner', id: partner.id });
      }}
      undoOptions={{ testId: 'partner-deleted' }}
    />
  );
}
