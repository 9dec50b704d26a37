import type { ReactNode } from 'react';
import { Button, Grid, Group, Stack, TextInput, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { hasDottedCapitalI, passportUpperCase } from '../../../shared/passport-case';
import { guestName } from '../../../shared/guest-name';
import {
  azToRussian,
  passportNameToAz,
  passportNameToRussian,
  russianToAz,
} from '../../../shared/transliterate';
import type { GuestFieldsModel } from './use-guest-form';

/** A spelling Qonaq can suggest, shown with the words it would put in, to take with one click. */
interface Suggestion {
  key: string;
  label: string;
  value: string;
}

function Suggestions({
  list,
  current,
  onTake,
}: {
  list: Suggestion[];
  current: string;
  onTake: (v: string) => void;
}) {
  const offered = list.filter((s) => s.value.trim() !== '' && s.value !== current);
  if (offered.length === 0) return null;
  return (
    <Group gap={4} mt={2}>
      {offered.map((s) => (
        <Button key={s.key} variant="subtle" size="compact-xs" onClick={() => onTake(s.value)}>
          {s.label}
        </Button>
      ))}
    </Group>
  );
}

const Col = ({ children }: { children: ReactNode }) => <Grid.Col span={6}>{children}</Grid.Col>;

/**
 * The names: as in the passport (Latin, upper-cased only when the officer asks, by the issuing
 * country's rules), and the spellings letters in Azerbaijani and Russian print, each with the
 * spellings Qonaq can suggest beside it.
 */
export function NameFields({ model }: { model: GuestFieldsModel }) {
  const { t } = useTranslation();
  const { values, error, setField } = model;
  const passportHint = t('guest.form.passportNameHint');
  // The passport's country decides its alphabet; before it is known, the guest's citizenship.
  const country = values.passport.issuingCountry || values.citizenship;
  const passportName = guestName(values);
  const upper = {
    surname: passportUpperCase(values.surname, country),
    givenNames: passportUpperCase(values.givenNames, country),
  };
  const alreadyUpper = upper.surname === values.surname && upper.givenNames === values.givenNames;
  const toUpper = () => {
    setField('surname', upper.surname);
    setField('givenNames', upper.givenNames);
  };

  const cyrillic: Suggestion[] = [
    {
      key: 'az',
      label: t('guest.form.suggest.fromAz', { name: azToRussian(values.nameAz) }),
      value: azToRussian(values.nameAz),
    },
    {
      key: 'passport',
      label: t('guest.form.suggest.fromPassport', { name: passportNameToRussian(passportName, country) }),
      value: passportNameToRussian(passportName, country),
    },
  ];
  const azerbaijani: Suggestion[] = [
    {
      key: 'cyrillic',
      label: t('guest.form.suggest.fromCyrillic', { name: russianToAz(values.nameCyrillic) }),
      value: russianToAz(values.nameCyrillic),
    },
    {
      key: 'passport',
      label: t('guest.form.suggest.fromPassport', { name: passportNameToAz(passportName, country) }),
      value: passportNameToAz(passportName, country),
    },
  ];

  return (
    <>
      <Col>
        <TextInput
          label={t('guest.fields.surname')}
          description={passportHint}
          withAsterisk
          value={values.surname}
          onChange={(e) => setField('surname', e.currentTarget.value)}
          error={error('surname')}
          autoComplete="off"
          data-autofocus
        />
      </Col>
      <Col>
        <Stack gap={2}>
          <TextInput
            label={t('guest.fields.givenNames')}
            description={passportHint}
            withAsterisk
            value={values.givenNames}
            onChange={(e) => setField('givenNames', e.currentTarget.value)}
            error={error('givenNames')}
            autoComplete="off"
          />
          {!alreadyUpper && (
            <Tooltip
              label={t(
                hasDottedCapitalI(country) ? 'guest.form.upperCaseDotted' : 'guest.form.upperCasePlain',
              )}
              multiline
              w={300}
            >
              <Button variant="subtle" size="compact-xs" onClick={toUpper} style={{ alignSelf: 'flex-end' }}>
                {t('guest.form.upperCase')}
              </Button>
            </Tooltip>
          )}
        </Stack>
      </Col>
      <Col>
        <TextInput
          label={t('guest.fields.nameAz')}
          value={values.nameAz}
          onChange={(e) => setField('nameAz', e.currentTarget.value)}
          error={error('nameAz')}
          autoComplete="off"
        />
        <Suggestions list={azerbaijani} current={values.nameAz} onTake={(v) => setField('nameAz', v)} />
      </Col>
      <Col>
        <TextInput
          label={t('guest.fields.nameCyrillic')}
          value={values.nameCyrillic}
          onChange={(e) => setField('nameCyrillic', e.currentTarget.value)}
          error={error('nameCyrillic')}
          autoComplete="off"
        />
        <Suggestions
          list={cyrillic}
          current={values.nameCyrillic}
          onTake={(v) => setField('nameCyrillic', v)}
        />
      </Col>
    </>
  );
}
