import { ActionIcon, Button, Fieldset, Group, Select, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_NAMES, LANGUAGES, isLanguage } from '../../../shared/languages';
import type { Contact } from '../../../shared/partners';
import { PlusIcon, TrashIcon } from '../icons';
import { emptyContact } from './partner-values';

interface ContactsFieldsProps {
  value: Contact[];
  onChange: (contacts: Contact[]) => void;
  /** Messages by the path under the partner (`contacts.0.email`). */
  errors: Record<string, string | undefined>;
}

/** The people to write to at a partner, a row each, added and removed as the officer needs. */
export function ContactsFields({ value, onChange, errors }: ContactsFieldsProps) {
  const { t } = useTranslation();
  const set = (index: number, patch: Partial<Contact>) =>
    onChange(value.map((contact, i) => (i === index ? { ...contact, ...patch } : contact)));
  const languages = [
    { value: '', label: t('partners.form.contact.anyLanguage') },
    ...LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] })),
  ];
  return (
    <Fieldset legend={t('partners.form.contacts')} variant="filled" data-testid="partner-contacts">
      <Stack gap="sm">
        {value.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('partners.form.noContacts')}
          </Text>
        )}
        {value.map((contact, index) => {
          const n = index + 1;
          const err = (field: keyof Contact) => errors[`contacts.${index}.${field}`];
          const label = (field: string) => t(`partners.form.contact.${field}`);
          return (
            <Group key={index} gap="xs" align="flex-start" wrap="nowrap" data-testid="contact-row">
              <TextInput
                label={label('name')}
                aria-label={t('partners.form.contact.nameOf', { n })}
                withAsterisk
                value={contact.name}
                onChange={(e) => set(index, { name: e.currentTarget.value })}
                error={err('name')}
                style={{ flex: 3 }}
              />
              <TextInput
                label={label('position')}
                aria-label={t('partners.form.contact.positionOf', { n })}
                value={contact.position}
                onChange={(e) => set(index, { position: e.currentTarget.value })}
                error={err('position')}
                style={{ flex: 3 }}
              />
              <TextInput
                label={label('email')}
                aria-label={t('partners.form.contact.emailOf', { n })}
                type="email"
                value={contact.email}
                onChange={(e) => set(index, { email: e.currentTarget.value })}
                error={err('email')}
                style={{ flex: 3 }}
              />
              <TextInput
                label={label('phone')}
                aria-label={t('partners.form.contact.phoneOf', { n })}
                type="tel"
                value={contact.phone}
                onChange={(e) => set(index, { phone: e.currentTarget.value })}
                error={err('phone')}
                style={{ flex: 2 }}
              />
              <Select
                label={label('language')}
                aria-label={t('partners.form.contact.languageOf', { n })}
                data={languages}
                allowDeselect={false}
                value={contact.language}
                onChange={(l) => set(index, { language: isLanguage(l) ? l : '' })}
                error={err('language')}
                comboboxProps={{ withinPortal: true }}
                style={{ flex: 2 }}
              />
              <Tooltip label={t('partners.form.removeContact', { n })}>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  mt={26}
                  aria-label={t('partners.form.removeContact', { n })}
                  onClick={() => onChange(value.filter((_, i) => i !== index))}
                >
                  <TrashIcon />
                </ActionIcon>
              </Tooltip>
            </Group>
          );
        })}
        <div>
          <Button
            variant="default"
            size="xs"
            leftSection={<PlusIcon />}
            onClick={() => onChange([...value, emptyContact()])}
          >
            {t('partners.form.addContact')}
          </Button>
        </div>
      </Stack>
    </Fieldset>
  );
}
