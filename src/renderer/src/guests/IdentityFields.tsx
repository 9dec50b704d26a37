import type { ReactNode } from 'react';
import { Grid, Group, Radio, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { GENDERS, GUEST_CATEGORIES, GUEST_ROLES, HONORIFICS } from '../../../shared/visit-constants';
import { LANGUAGES } from '../../../shared/languages';
import { isOneOf as oneOf } from '../../../shared/one-of';
import { useFormat } from '../format';
import { TranslationFields, type TranslatedText } from '../texts/TranslationFields';
import { CountrySelect, DateField } from './fields';
import { NameFields } from './NameFields';
import type { GuestFieldsModel } from './use-guest-form';

const Col = ({ span, children }: { span: number; children: ReactNode }) => (
  <Grid.Col span={span}>{children}</Grid.Col>
);

/** Who the guest is: role, category, how to address them, and names as written in each script. */
export function IdentityFields({ model }: { model: GuestFieldsModel }) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const { values, error, setField } = model;
  const translated: TranslatedText<'position' | 'organisation'>[] = [
    { field: 'position', label: t('guest.fields.position'), original: values.position },
    { field: 'organisation', label: t('guest.fields.organisation'), original: values.organisation },
  ];
  return (
    <Grid gap="md" rowGap="sm">
      <Col span={6}>
        <Radio.Group
          label={t('guest.fields.role')}
          withAsterisk
          value={values.role}
          onChange={(value) => oneOf(GUEST_ROLES, value) && setField('role', value)}
          error={error('role')}
        >
          <Group gap="lg" mt={8}>
            {GUEST_ROLES.map((role) => (
              <Radio key={role} value={role} label={t(`guest.roles.${role}`)} />
            ))}
          </Group>
        </Radio.Group>
      </Col>
      <Col span={6}>
        <Select
          label={t('guest.fields.category')}
          withAsterisk
          allowDeselect={false}
          data={GUEST_CATEGORIES.map((c) => ({ value: c, label: t(`guest.categories.${c}`) }))}
          value={values.category}
          onChange={(value) => oneOf(GUEST_CATEGORIES, value) && setField('category', value)}
          error={error('category')}
        />
      </Col>
      <NameFields model={model} />
      <Col span={4}>
        <Select
          label={t('guest.fields.honorific')}
          allowDeselect={false}
          data={HONORIFICS.map((h) => ({ value: h, label: t(`guest.honorifics.${h}`) }))}
          value={values.honorific}
          onChange={(value) => oneOf(HONORIFICS, value) && setField('honorific', value)}
          error={error('honorific')}
        />
      </Col>
      <Col span={4}>
        <Select
          label={t('guest.fields.gender')}
          clearable
          placeholder={t('guest.form.notSpecified')}
          data={GENDERS.map((g) => ({ value: g, label: t(`guest.genders.${g}`) }))}
          value={values.gender || null}
          onChange={(value) => setField('gender', oneOf(GENDERS, value) ? value : '')}
          error={error('gender')}
        />
      </Col>
      <Col span={4}>
        <DateField
          label={t('guest.fields.dateOfBirth')}
          value={values.dateOfBirth}
          onChange={(value) => setField('dateOfBirth', value)}
          error={error('dateOfBirth')}
        />
      </Col>
      <Col span={6}>
        <TextInput
          label={t('guest.fields.placeOfBirth')}
          placeholder={t('guest.form.placeOfBirthPlaceholder')}
          value={values.placeOfBirth}
          onChange={(e) => setField('placeOfBirth', e.currentTarget.value)}
          error={error('placeOfBirth')}
        />
      </Col>
      <Col span={6}>
        <CountrySelect
          label={t('guest.fields.citizenship')}
          value={values.citizenship}
          onChange={(value) => setField('citizenship', value)}
          error={error('citizenship')}
        />
      </Col>
      <Col span={6}>
        <TextInput
          label={t('guest.fields.position')}
          value={values.position}
          onChange={(e) => setField('position', e.currentTarget.value)}
          error={error('position')}
        />
      </Col>
      <Col span={6}>
        <TextInput
          label={t('guest.fields.organisation')}
          value={values.organisation}
          onChange={(e) => setField('organisation', e.currentTarget.value)}
          error={error('organisation')}
        />
      </Col>
      <Col span={12}>
        <TranslationFields
          texts={translated}
          value={{ lang: values.lang ?? language, translations: values.translations ?? {} }}
          onChange={(next) => {
            setField('lang', next.lang);
            setField('translations', next.translations);
          }}
          errors={model.errors}
        />
      </Col>
      <Col span={6}>
        <Select
          label={t('guest.fields.letterLanguage')}
          clearable
          placeholder={t('guest.form.notSpecified')}
          data={LANGUAGES.map((l) => ({ value: l, label: t(`guest.languages.${l}`) }))}
          value={values.letterLanguage || null}
          onChange={(value) => setField('letterLanguage', oneOf(LANGUAGES, value) ? value : '')}
          error={error('letterLanguage')}
        />
      </Col>
    </Grid>
  );
}
