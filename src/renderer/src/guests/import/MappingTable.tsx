import { Badge, Group, NativeSelect, Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IMPORT_FIELDS, type ColumnTarget } from '../../../../shared/guest-import-constants';
import type { ImportMapping, ReadSheet } from '../../../../shared/guest-import';
import { isOneOf } from '../../../../shared/one-of';
import { fieldLabel } from './import-text';

interface MappingTableProps {
  sheet: ReadSheet;
  mapping: ImportMapping;
  remembered: readonly boolean[];
  onChange: (mapping: ImportMapping) => void;
}

const isTarget = (value: string): value is ColumnTarget => value === '' || isOneOf(IMPORT_FIELDS, value);

/** Each column of the file, an example of what it holds, and the guest field it fills (the officer may change it). */
export function MappingTable({ sheet, mapping, remembered, onChange }: MappingTableProps) {
  const { t } = useTranslation();
  const options = [
    { value: '', label: t('guestImport.mapping.ignore') },
    ...IMPORT_FIELDS.map((field) => ({ value: field, label: fieldLabel(t, field) })),
  ];
  return (
    <SimpleGrid
      cols={{ base: 2, sm: 3, lg: 4 }}
      spacing="sm"
      verticalSpacing="xs"
      data-testid="import-mapping"
    >
      {sheet.headers.map((header, column) => {
        const example = sheet.rows.find((r) => (r.cells[column] ?? '') !== '')?.cells[column] ?? '';
        const name = header || t('guestImport.mapping.unnamed', { number: column + 1 });
        return (
          <Paper key={column} withBorder radius="sm" p={6}>
            <Group justify="space-between" gap={4} wrap="nowrap">
              <Text size="sm" fw={600} truncate>
                {name}
              </Text>
              {remembered[column] && (
                <Badge size="xs" variant="light" color="teal">
                  {t('guestImport.mapping.remembered')}
                </Badge>
              )}
            </Group>
            <Text size="xs" c="dimmed" truncate>
              {t('guestImport.mapping.example', { value: example || '—' })}
            </Text>
            <NativeSelect
              mt={4}
              size="xs"
              aria-label={t('guestImport.mapping.fieldOf', { column: name })}
              data={options}
              value={mapping[column] ?? ''}
              onChange={(event) => {
                const value = event.currentTarget.value;
                if (!isTarget(value)) return;
                const next = [...mapping];
                next[column] = value;
                onChange(next);
              }}
            />
          </Paper>
        );
      })}
    </SimpleGrid>
  );
}
