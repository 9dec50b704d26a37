import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Alert, Badge, Box, Button, Group, Tabs } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { Guest, Visit } from '../../../shared/domain';
import { errorMessage, fieldErrors } from '../errors';
import { useFormat } from '../format';
import { useCall } from '../queries';
import { AppModal } from '../shell/AppModal';
import { useUnsavedChanges } from '../shell/use-confirm-close';
import { ContactFields } from './ContactFields';
import { guestName } from '../../../shared/guest-name';
import { IdentityFields } from './IdentityFields';
import { PassportFields } from './PassportFields';
import { TravelFields } from './TravelFields';
import {
  errorsByTab,
  GUEST_TABS,
  guestData,
  newGuestValues,
  withTextLanguage,
  type GuestTab,
} from './form-values';
import { tabToShow, useGuestFields } from './use-guest-form';

interface GuestFormProps {
  visit: Visit;
  /** The guest to edit, or null to add a new one. */
  guest: Guest | null;
  onClose: () => void;
}

/**
 * Adds or edits one guest. Mounted afresh for each opening, so it starts from the guest as stored;
 * after a refusal it keeps everything typed and points at the fields (and tabs) to correct.
 */
export function GuestForm({ visit, guest, onClose }: GuestFormProps) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const add = useCall('guests.add');
  const update = useCall('guests.update');
  const call = guest ? update : add;
  const [tab, setTab] = useState<GuestTab>('identity');
  const { model, visibleErrorPaths, refusal, refused, check } = useGuestFields(
    withTextLanguage(guest ? guestData(guest) : newGuestValues(visit), language),
  );
  // What the form opened with: a field left alone that a colleague changed meanwhile keeps their value.
  const [opened] = useState(model.values);
  const counts = errorsByTab(visibleErrorPaths);
  const changed = useUnsavedChanges(model.values);

  // After a refusal the form turns to the tab with a refused field, unless the one shown has one.
  const showTab = (error: unknown) => {
    const paths = Object.keys(fieldErrors(t, error, 'guest.', language));
    setTab((current) => tabToShow(current, paths));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (call.isPending) return;
    const refusedHere = check();
    refused(refusedHere);
    if (refusedHere) {
      showTab(refusedHere);
      return;
    }
    const callbacks = {
      onSuccess: () => {
        const name = guestName(model.values);
        notifications.show({
          color: 'green',
          message: t(guest ? 'guest.notify.updated' : 'guest.notify.added', { name }),
        });
        onClose();
      },
      onError: (error: Error) => {
        refused(error);
        showTab(error);
      },
    };
    if (guest)
      update.mutate({ visitId: visit.id, guestId: guest.id, guest: model.values, opened }, callbacks);
    else add.mutate({ visitId: visit.id, guest: model.values }, callbacks);
  };

  const failure = refusal;
  // errorMessage gives the summary sentence for field errors, which are shown at their fields.
  const summary = failure ? errorMessage(t, failure, language) : '';
  // The Save button is at the foot of a tall dialog: after a refusal, bring its summary into sight.
  const summaryRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (refusal) summaryRef.current?.scrollIntoView({ block: 'nearest' });
  }, [refusal]);

  return (
    <AppModal
      opened
      onClose={onClose}
      changed={changed}
      size="xl"
      closeOnClickOutside={false}
      closeButtonProps={{ 'aria-label': t('guest.form.close') }}
      title={guest ? t('guest.form.editTitle', { name: guestName(guest) }) : t('guest.form.addTitle')}
      styles={{ title: { fontWeight: 600, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      <form onSubmit={submit} noValidate aria-label={t('guest.form.ariaLabel')}>
        {summary && (
          <Alert ref={summaryRef} color="red" mb="md" role="alert" data-testid="guest-form-error">
            {summary}
          </Alert>
        )}
        <Tabs value={tab} onChange={(value) => value && isTab(value) && setTab(value)}>
          <Tabs.List mb="md">
            {GUEST_TABS.map((name) => (
              <Tabs.Tab
                key={name}
                value={name}
                color={counts[name] > 0 ? 'red' : undefined}
                rightSection={
                  counts[name] > 0 ? (
                    <Badge
                      size="sm"
                      circle
                      color="red"
                      aria-label={t('guest.form.tabErrors', { count: counts[name] })}
                    >
                      {counts[name]}
                    </Badge>
                  ) : undefined
                }
              >
                {t(`guest.tabs.${name}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {/* One height for every tab, so the dialog does not jump while the user moves between them. */}
          <Box mih={450}>
            <Tabs.Panel value="identity">
              <IdentityFields model={model} />
            </Tabs.Panel>
            <Tabs.Panel value="passport">
              <PassportFields model={model} visitDeparture={visit.departureDate} />
            </Tabs.Panel>
            <Tabs.Panel value="travel">
              <TravelFields model={model} visitRange={[visit.arrivalDate, visit.departureDate]} />
            </Tabs.Panel>
            <Tabs.Panel value="contacts">
              <ContactFields model={model} />
            </Tabs.Panel>
          </Box>
        </Tabs>
        <Group justify="flex-end" mt="lg" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('guest.form.cancel')}
          </Button>
          <Button type="submit" loading={call.isPending} disabled={call.isPending}>
            {guest ? t('guest.form.save') : t('guest.form.add')}
          </Button>
        </Group>
      </form>
    </AppModal>
  );
}

function isTab(value: string): value is GuestTab {
  return (GUEST_TABS as readonly string[]).includes(value);
}
