import { useTranslation } from 'react-i18next';
import type { Visit } from '../../../shared/domain';
import { api } from '../../api/client';
import { changed } from '../queries';
import { navigate } from '../route';
import { DeleteWithUndo } from '../shell/DeleteWithUndo';

/** Deleting asks first; afterwards a notice offers to undo, since the core keeps the file in its trash. */
export function DeleteVisitButton({ visit }: { visit: Visit }) {
  const { t } = useTranslation();
  return (
    <DeleteWithUndo
      title={t('visit.delete.title')}
      question={t('visit.delete.question', { title: visit.title })}
      confirm={t('visit.delete.confirm')}
      remove={() => api['visits.delete']({ id: visit.id })}
      leave={() => navigate({ name: 'visits' })}
      changed={() => changed('visits.delete')}
      done={t('visit.delete.done', { title: visit.title })}
      undo={async () => {
        // Brought back from the trash and opened.
        await changed('visits.restore', await api['visits.restore']({ id: visit.id }));
        navigate({ name: 'visit', id: visit.id });
      }}
    />
  );
}
