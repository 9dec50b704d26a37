import { Checkbox, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Guest } from '../../../shared/domain';
import { LANGUAGES, type Language } from '../../../shared/languages';
import { guestName } from '../../../shared/guest-name';

/** Which guests get letters, and in which languages: a guest with no language gets none. */
export type BulkSelection = Record<string, Language[]>;

interface BulkGuestPickerProps {
  guests: readonly Guest[];
  value: BulkSelection;
  onChange: (next: BulkSelection) => void;
  /** The languages a guest is given when ticked again: their preferred one. */
  preferred: (guest: Guest) => Language;
}

export function BulkGuestPicker({ guests, value, onChange, preferred }: BulkGuestPickerProps) {
  const { t } = useTranslation();
  const included = guests.filter((g) => (value[g.id] ?? []).length > 0);
  const toggleGuest = (guest: Guest, on: boolean) =>
    onChange({ ...value, [guest.id]: on ? [preferred(guest)] : [] });
  const toggleLanguage = (guest: Guest, language: Language, on: boolean) => {
    const current = value[guest.id] ?? [];
    const next = on ? [...current, language] : current.filter((l) => l !== language);
    onChange({ ...value, [guest.id]: LANGUAGES.filter((l) => next.includes(l)) });
  };
  const toggleAll = (on: boolean) =>
    onChange(
      Object.fromEntries(
        guests.map((g) => {
          const current = value[g.id] ?? [];
          if (!on) return [g.id, []];
          return [g.id, current.length > 0 ? current : [preferred(g)]];
        }),
      ),
    );

  return (
    <Table withTableBorder verticalSpacing={6} aria-label={t('letters.bulk.guestsLabel')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={40}>
            <Checkbox
              aria-label={t('letters.bulk.allGuests')}
              checked={included.length === guests.length}
              indeterminate={included.length > 0 && included.length < guests.length}
              onChange={(e) => toggleAll(e.currentTarget.checked)}
            />
          </Table.Th>
          <Table.Th>{t('letters.bulk.guest')}</Table.Th>
          <Table.Th>{t('letters.bulk.languages')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {guests.map((guest) => {
          const name = guestName(guest);
          const languages = value[guest.id] ?? [];
          return (
            <Table.Tr key={guest.id} data-testid="bulk-guest">
              <Table.Td>
                <Checkbox
                  aria-label={name}
                  checked={languages.length > 0}
                  onChange={(e) => toggleGuest(guest, e.currentTarget.checked)}
                />
              </Table.Td>
              <Table.Td>
                <Text size="sm">{name}</Text>
              </Table.Td>
              <Table.Td>
                <Group gap="md">
                  {LANGUAGES.map((language) => (
                    <Checkbox
                      key={language}
                      size="xs"
                      label={language.toUpperCase()}
                      aria-label={t('letters.bulk.languageFor', {
                        language: t(`guest.languages.${language}`),
                        name,
                      })}
                      checked={languages.includes(language)}
                      onChange={(e) => toggleLanguage(guest, language, e.currentTarget.checked)}
                    />
                  ))}
                </Group>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
