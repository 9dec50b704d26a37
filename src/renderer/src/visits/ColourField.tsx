import { CheckIcon, ColorSwatch, Group, Input, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { VISIT_COLOUR_NAMES, VISIT_COLOURS, type VisitColourName } from '../../../shared/visit-constants';

/** The name of an offered visit colour, for screen readers and tooltips. */
function colourKey(hex: string): VisitColourName | undefined {
  const named = Object.entries(VISIT_COLOUR_NAMES).find(([, value]) => value === hex.toLowerCase());
  return named?.[0] as VisitColourName | undefined;
}

interface ColourFieldProps {
  value: string;
  onChange: (colour: string) => void;
  error?: string | undefined;
}

/** The visit's colour on calendars and lists, picked from a small palette that prints well. */
export function ColourField({ value, onChange, error }: ColourFieldProps) {
  const { t } = useTranslation();
  const labelId = 'visit-colour-label';
  return (
    <Input.Wrapper label={t('visit.field.colour')} labelProps={{ id: labelId }} error={error}>
      <Group gap={8} mt={4} role="radiogroup" aria-labelledby={labelId}>
        {VISIT_COLOURS.map((colour) => {
          const name = t(`visit.colour.${colourKey(colour) ?? 'blue'}`);
          const checked = value.toLowerCase() === colour;
          return (
            <Tooltip key={colour} label={name} withArrow openDelay={300}>
              <ColorSwatch
                component="button"
                type="button"
                role="radio"
                aria-checked={checked}
                aria-label={name}
                color={colour}
                size={28}
                onClick={() => onChange(colour)}
                style={{ cursor: 'pointer', color: '#fff' }}
              >
                {checked && <CheckIcon size={12} />}
              </ColorSwatch>
            </Tooltip>
          );
        })}
      </Group>
    </Input.Wrapper>
  );
}
