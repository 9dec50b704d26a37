import { Group, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, isLanguage, type Language } from '../../../shared/languages';
import { isLetterKind, LETTER_KINDS, type LetterKind } from '../../../shared/letter-constants';
import { SearchIcon } from '../icons';

export interface RegisterFilterValues {
  text: string;
  kind: LetterKind | '';
  language: Language | '';
  year: number | null;
}

export const NO_REGISTER_FILTERS: RegisterFilterValues = { text: '', kind: '', language: '', year: null };

/** This year and the nine before it: an office keeps ten years of letters. */
function recentYears(thisYear: number): number[] {
  return Array.from({ length: 10 }, (_, i) => thisYear - i);
}

interface RegisterFiltersProps {
  value: RegisterFilterValues;
  onChange: (next: RegisterFilterValues) => void;
  thisYear: number;
}

export function RegisterFilters({ value, onChange, thisYear }: RegisterFiltersProps) {
  const { t } = useTranslation();
  const patch = (part: Partial<RegisterFilterValues>) => onChange({ ...value, ...part });
  return (
    <Group gap="sm" wrap="wrap" role="search" aria-label={t('register.filter.label')}>
      <TextInput
        type="search"
        aria-label={t('register.filter.text')}
        placeholder={t('register.filter.textPlaceholder')}
        leftSection={<SearchIcon />}
        value={value.text}
        onChange={(e) => patch({ text: e.currentTarget.value })}
        miw={240}
        style={{ flex: 1 }}
      />
      <Select
        aria-label={t('register.filter.kind')}
        placeholder={t('register.filter.anyKind')}
        data={LETTER_KINDS.map((kind) => ({ value: kind, label: t(`letters.kind.${kind}`) }))}
        value={value.kind || null}
        onChange={(next) => patch({ kind: isLetterKind(next) ? next : '' })}
        clearable
        w={220}
      />
      <Select
        aria-label={t('register.filter.language')}
        placeholder={t('register.filter.anyLanguage')}
        data={LANGUAGES.map((l) => ({ value: l, label: t(`guest.languages.${l}`) }))}
        value={value.language || null}
        onChange={(next) => patch({ language: isLanguage(next) ? next : '' })}
        clearable
        w={180}
      />
      <Select
        aria-label={t('register.filter.year')}
        placeholder={t('register.filter.anyYear')}
        data={recentYears(thisYear).map(String)}
        value={value.year === null ? null : String(value.year)}
        onChange={(next) => patch({ year: next ? Number(next) : null })}
        clearable
        w={140}
      />
    </Group>
  );
}
