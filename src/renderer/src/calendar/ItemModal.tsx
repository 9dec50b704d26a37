import { useState } from 'react';
import {
  Alert,
  Autocomplete,
  Button,
  Grid,
  Group,
  Select,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { VisitDetail } from '../../../shared/visits-contract';
import { LANGUAGES } from '../../../shared/languages';
import type { ProgrammeItem, ProgrammeItemInput } from '../../../shared/planning';
import { PROGRAMME_TYPES } from '../../../shared/planning-constants';
import { errorMessage, fieldErrors } from '../errors';
import { useFormat } from '../format';
import { TrashIcon } from '../icons';
import { queryOptions } from '../queries';
import { AppModal, SAVE_BUTTON } from '../shell/AppModal';
import { useUnsavedChanges } from '../shell/use-confirm-close';
import {
  itemTexts,
  itemValues,
  removeItem,
  saveItem,
  usePlanningSuggestions,
  visitsOn,
  withItemTexts,
  type ItemText,
  type ItemValues,
  type VisitChoice,
} from './item-values';
import { TranslationFields } from '../texts/TranslationFields';
import type { TextsState } from '../texts/translation-values';
import { offerUndo } from '../shell/undo';
import { AgreementField } from './AgreementField';
import { ItemGuestsField } from './ItemGuestsField';
import { ItemWhenFields } from './ItemWhenFields';

export interface ItemModalProps {
  opened: boolean;
  onClose: () => void;
  /** The visits the item may belong to; a choice is offered when more than one includes its day. */
  visits: VisitChoice[];
  visitId?: string;
  /** Prefilled values of a new item (its dates and times from a selection on the calendar). */
  initial?: Partial<ProgrammeItemInput>;
  /** The item to edit; without it a new one is added. */
  item?: ProgrammeItem;
  onSaved?: (detail: VisitDetail) => void;
}

/** The only visit offered, or the only one whose stay includes the day. */
function defaultVisit(visits: VisitChoice[], date: string): string {
  if (visits.length === 1) return visits[0]?.id ?? '';
  const onDay = visitsOn(visits, date);
  return onDay.length === 1 ? (onDay[0]?.id ?? '') : '';
}

/** Adds a programme item or edits one: what, when, where, with whom, and who looks after it. */
export function ItemModal(props: ItemModalProps) {
  const { t } = useTranslation();
  return (
    <AppModal
      opened={props.opened}
      onClose={props.onClose}
      size="xl"
      title={t(props.item ? 'calendar.item.titleEdit' : 'calendar.item.titleNew')}
    >
      {props.opened && <ItemForm {...props} />}
    </AppModal>
  );
}

function ItemForm({ onClose, visits, visitId: givenVisit, initial, item, onSaved }: ItemModalProps) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const [values, setValues] = useState<ItemValues>(() => itemValues(item, initial));
  const [texts, setTexts] = useState<TextsState<ItemText>>(() => itemTexts(values, language));
  const [visitId, setVisitId] = useState<string>(() => givenVisit ?? defaultVisit(visits, values.startDate));
  const [visitMissing, setVisitMissing] = useState(false);
  useUnsavedChanges({ values, texts, visitId });
  // What the item was as the form opened: a field left alone that a colleague changed meanwhile keeps their value.
  const [opened] = useState(() => (item ? { ...withItemTexts(values, texts), id: item.id } : undefined));
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const visit = useQuery({ ...queryOptions('visits.get', { id: visitId }), enabled: visitId !== '' });
  const suggestions = usePlanningSuggestions();
  const errors = fieldErrors(t, error, 'item.', language);
  // The per-language titles are shown among the translations, and their messages with them.
  const textErrors: Record<string, string | undefined> = { ...errors };
  for (const l of LANGUAGES) textErrors[`translations.${l}.title`] = errors[`titles.${l}`];
  const generalError = error && Object.keys(errors).length === 0 ? errorMessage(t, error, language) : null;
  const set = <K extends keyof ItemValues>(key: K, value: ItemValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const choices = visitsOn(visits, values.startDate);
  const chooseVisit = !item && !givenVisit && visits.length > 1;

  const submit = async () => {
    if (!visitId) {
      setVisitMissing(true);
      return;
    }
    setSaving(true);
    setError(null);
    try {
      const typed = { ...withItemTexts(values, texts), ...(item ? { id: item.id } : {}) };
      const detail = await saveItem(visitId, typed, undefined, opened);
      onSaved?.(detail);
      onClose();
    } catch (failure) {
      setError(failure);
    } finally {
      setSaving(false);
    }
  };

  const remove = async () => {
    if (!item || !visitId) return;
    setSaving(true);
    try {
      await removeItem(visitId, item.id);
      offerUndo(
        t('calendar.notify.removed', { title: item.title }),
        () => saveItem(visitId, item),
        t,
        language,
      );
      onClose();
    } catch (failure) {
      setError(failure);
    } finally {
      setSaving(false);
    }
  };

  const guests = visit.data?.visit.guests ?? [];
  return (
    <Stack gap="md">
      {generalError && <Alert color="red">{generalError}</Alert>}
      {!chooseVisit && visit.data && (
        <Text size="sm" c="dimmed">
          {t('calendar.item.visitOf', { title: visit.data.visit.title })}
        </Text>
      )}
      {chooseVisit && (
        <Select
          label={t('calendar.item.visit')}
          placeholder={t('calendar.item.visitPlaceholder')}
          data={choices.map((v) => ({ value: v.id, label: v.title }))}
          value={visitId || null}
          onChange={(id) => {
            setVisitId(id ?? '');
            setVisitMissing(false);
            set('guestIds', []);
          }}
          error={visitMissing ? t('common.required') : undefined}
          nothingFoundMessage={t('calendar.item.noVisitThatDay')}
          required
          data-mantine-stop-propagation
        />
      )}
      <Grid gap="sm">
        <Grid.Col span={4}>
          <Select
            label={t('calendar.item.type')}
            data={PROGRAMME_TYPES.map((type) => ({ value: type, label: t(`calendar.type.${type}`) }))}
            value={values.type}
            onChange={(type) => {
              const known = PROGRAMME_TYPES.find((p) => p === type);
              // Only a ceremony signs an agreement.
              if (known)
                setValues((v) => ({
                  ...v,
                  type: known,
                  agreementId: known === 'ceremony' ? v.agreementId : '',
                }));
            }}
            allowDeselect={false}
            data-mantine-stop-propagation
          />
        </Grid.Col>
        <Grid.Col span={8}>
          <TextInput
            label={t('calendar.item.title')}
            value={values.title}
            onChange={(e) => set('title', e.currentTarget.value)}
            error={errors.title}
            required
            data-autofocus
            autoComplete="off"
          />
        </Grid.Col>
      </Grid>
      {values.type === 'ceremony' && (
        <AgreementField
          partnerIds={visit.data?.visit.partnerIds ?? []}
          value={values.agreementId}
          onChange={(id) => set('agreementId', id)}
          error={errors.agreementId}
        />
      )}
      <ItemWhenFields values={values} set={set} errors={errors} />
      <Autocomplete
        label={t('calendar.item.venue')}
        data={suggestions.data?.venues ?? []}
        value={values.venue}
        onChange={(v) => set('venue', v)}
        error={errors.venue}
        data-mantine-stop-propagation
      />
      <ItemGuestsField guests={guests} values={values} set={set} error={errors.guestIds} />
      <TagsInput
        label={t('calendar.item.hosts')}
        description={t('calendar.item.hostsHint')}
        data={suggestions.data?.hosts ?? []}
        value={values.hosts}
        onChange={(hosts) => set('hosts', hosts)}
        error={errors.hosts}
        data-mantine-stop-propagation
      />
      <TranslationFields
        texts={[
          { field: 'title', label: t('calendar.item.title'), original: values.title },
          { field: 'venue', label: t('calendar.item.venue'), original: values.venue },
          {
            field: 'hosts',
            label: t('calendar.item.hosts'),
            original: values.hosts.join('\n'),
            kind: 'lines',
          },
        ]}
        value={texts}
        onChange={setTexts}
        errors={textErrors}
      />
      <Grid gap="sm">
        <Grid.Col span={6}>
          <Autocomplete
            label={t('calendar.item.staff')}
            data={suggestions.data?.staff ?? []}
            value={values.staff}
            onChange={(v) => set('staff', v)}
            error={errors.staff}
            data-mantine-stop-propagation
          />
        </Grid.Col>
        <Grid.Col span={6}>
          <Autocomplete
            label={t('calendar.item.vehicle')}
            data={suggestions.data?.vehicles ?? []}
            value={values.vehicle}
            onChange={(v) => set('vehicle', v)}
            error={errors.vehicle}
            data-mantine-stop-propagation
          />
        </Grid.Col>
      </Grid>
      <Textarea
        label={t('calendar.item.notes')}
        value={values.notes}
        onChange={(e) => set('notes', e.currentTarget.value)}
        error={errors.notes}
        autosize
        minRows={2}
      />
      <Group justify="space-between" gap="sm">
        <div>
          {item && (
            <Button
              color="red"
              variant="subtle"
              leftSection={<TrashIcon />}
              onClick={() => void remove()}
              disabled={saving}
            >
              {t('common.delete')}
            </Button>
          )}
        </div>
        <Group gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => void submit()} loading={saving} {...SAVE_BUTTON}>
            {t('common.save')}
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}
