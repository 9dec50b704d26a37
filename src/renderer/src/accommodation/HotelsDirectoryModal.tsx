import { useState } from 'react';
import { ActionIcon, Alert, Box, Button, Fieldset, Group, Stack, Table, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { Hotel, HotelData } from '../../../shared/accommodation';
import { errorMessage, fieldErrors } from '../errors';
import { useFormat } from '../format';
import { EditIcon, PlusIcon, TrashIcon } from '../icons';
import { AppModal, SAVE_BUTTON } from '../shell/AppModal';
import { useUnsavedChanges } from '../shell/use-confirm-close';
import { TranslationFields } from '../texts/TranslationFields';
import { initialLanguage, type TextsState } from '../texts/translation-values';
import { HotelFields } from './HotelFields';
import { useDeleteHotel, useHotels, useUpdateHotel } from './hotels';
import { NewHotelFields } from './NewHotelFields';

type Mode = { kind: 'list' } | { kind: 'new' } | { kind: 'edit'; hotel: Hotel };

function EditHotel({ hotel, onDone }: { hotel: Hotel; onDone: () => void }) {
  const { t } = useTranslation();
  const { language } = useFormat();
  // Who changed it last is the store's to record, not the form's to send.
  const { id, changedBy: _by, changedAt: _at, ...initial } = hotel;
  const [values, setValues] = useState<HotelData>(initial);
  const [texts, setTexts] = useState<TextsState<'name' | 'address' | 'city'>>(() => ({
    lang: initialLanguage(initial.lang, [initial.name, initial.address, initial.city], language),
    translations: initial.translations ?? {},
  }));
  // What the form opened with: a field left alone that a colleague changed meanwhile keeps their value.
  const [opened] = useState(() => ({ ...initial, ...texts }));
  const update = useUpdateHotel();
  useUnsavedChanges({ values, texts });
  const errors = fieldErrors(t, update.error, 'hotel.', language);
  const general =
    update.error && Object.keys(errors).length === 0 ? errorMessage(t, update.error, language) : null;
  const submit = () =>
    update.mutate(
      // Sent whole with the language and translations: what was given in other languages stays.
      { id, hotel: { ...values, lang: texts.lang, translations: texts.translations }, opened },
      {
        onSuccess: (saved) => {
          notifications.show({
            color: 'green',
            message: t('accommodation.directory.saved', { name: saved.name }),
          });
          onDone();
        },
      },
    );
  return (
    <Fieldset legend={t('accommodation.directory.editTitle', { name: hotel.name })} data-testid="edit-hotel">
      {general && (
        <Alert color="red" mb="sm">
          {general}
        </Alert>
      )}
      <HotelFields values={values} onChange={setValues} errors={errors} />
      <Box mt="sm">
        <TranslationFields
          texts={[
            { field: 'name', label: t('accommodation.hotel.name'), original: values.name },
            { field: 'address', label: t('accommodation.hotel.address'), original: values.address },
            { field: 'city', label: t('accommodation.hotel.city'), original: values.city },
          ]}
          value={texts}
          onChange={setTexts}
          errors={errors}
        />
      </Box>
      <Group justify="flex-end" mt="sm" gap="sm">
        <Button variant="default" onClick={onDone}>
          {t('common.cancel')}
        </Button>
        <Button onClick={submit} loading={update.isPending} {...SAVE_BUTTON}>
          {t('common.save')}
        </Button>
      </Group>
    </Fieldset>
  );
}

function HotelRow({ hotel, onEdit }: { hotel: Hotel; onEdit: () => void }) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const [confirming, setConfirming] = useState(false);
  const remove = useDeleteHotel();
  const contact = [hotel.phone, hotel.email].filter(Boolean).join(' · ');
  const del = () =>
    remove.mutate(hotel.id, {
      onSuccess: () =>
        notifications.show({
          color: 'green',
          message: t('accommodation.directory.deleted', { name: hotel.name }),
        }),
      onError: () => setConfirming(false),
    });
  return (
    <>
      <Table.Tr data-testid="hotel-row">
        <Table.Td>
          <Text size="sm" fw={500}>
            {hotel.name}
          </Text>
          <Text size="xs" c="dimmed">
            {[hotel.address, hotel.city].filter(Boolean).join(', ')}
          </Text>
        </Table.Td>
        <Table.Td>
          <Text size="sm">{contact}</Text>
        </Table.Td>
        <Table.Td w={confirming ? 220 : 90}>
          {confirming ? (
            <Group gap={6} wrap="nowrap" justify="flex-end">
              <Button size="compact-sm" variant="default" onClick={() => setConfirming(false)}>
                {t('common.cancel')}
              </Button>
              <Button size="compact-sm" color="red" onClick={del} loading={remove.isPending}>
                {t('accommodation.directory.confirmDelete')}
              </Button>
            </Group>
          ) : (
            <Group gap={4} wrap="nowrap" justify="flex-end">
              <Tooltip label={t('accommodation.directory.edit', { name: hotel.name })}>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  aria-label={t('accommodation.directory.edit', { name: hotel.name })}
                  onClick={onEdit}
                >
                  <EditIcon />
                </ActionIcon>
              </Tooltip>
              <Tooltip label={t('accommodation.directory.delete', { name: hotel.name })}>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t('accommodation.directory.delete', { name: hotel.name })}
                  onClick={() => {
                    remove.reset();
                    setConfirming(true);
                  }}
                >
                  <TrashIcon />
                </ActionIcon>
              </Tooltip>
            </Group>
          )}
        </Table.Td>
      </Table.Tr>
      {remove.error && (
        <Table.Tr>
          <Table.Td colSpan={3}>
            <Alert color="red" variant="light" p="xs" data-testid="hotel-error">
              {errorMessage(t, remove.error, language)}
            </Alert>
          </Table.Td>
        </Table.Tr>
      )}
    </>
  );
}

/** The office's hotels, shared by all visits: correct a hotel's details, add one, or delete one no stay uses. */
export function HotelsDirectoryModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const hotels = useHotels();
  const [mode, setMode] = useState<Mode>({ kind: 'list' });
  const list = hotels.data ?? [];
  return (
    <AppModal opened onClose={onClose} size="xl" title={t('accommodation.directory.title')}>
      <Stack gap="md">
        {mode.kind === 'edit' && (
          <EditHotel key={mode.hotel.id} hotel={mode.hotel} onDone={() => setMode({ kind: 'list' })} />
        )}
        {mode.kind === 'new' && (
          <NewHotelFields
            onAdded={() => setMode({ kind: 'list' })}
            onCancel={() => setMode({ kind: 'list' })}
          />
        )}
        {list.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('accommodation.directory.empty')}
          </Text>
        ) : (
          <Table withTableBorder verticalSpacing={6} data-testid="hotels-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('accommodation.directory.hotel')}</Table.Th>
                <Table.Th>{t('accommodation.directory.contact')}</Table.Th>
                <Table.Th>
                  <Text span size="sm" fw={700} style={{ visibility: 'hidden' }}>
                    {t('accommodation.table.actions')}
                  </Text>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.map((hotel) => (
                <HotelRow key={hotel.id} hotel={hotel} onEdit={() => setMode({ kind: 'edit', hotel })} />
              ))}
            </Table.Tbody>
          </Table>
        )}
        <Group justify="space-between">
          {mode.kind === 'list' ? (
            <Button variant="default" leftSection={<PlusIcon />} onClick={() => setMode({ kind: 'new' })}>
              {t('accommodation.form.newHotel')}
            </Button>
          ) : (
            <span />
          )}
          <Button variant="default" onClick={onClose}>
            {t('common.close')}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
