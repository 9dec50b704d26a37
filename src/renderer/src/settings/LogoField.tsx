import { useState } from 'react';
import { Box, Button, FileButton, Group, Image, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { inspectLogo, LOGO_MIME_TYPES, type ImageProblem, type Logo } from '../../../shared/institution';
import { LOGO_MAX_BYTES } from '../../../shared/institution-constants';
import { megabytes } from '../../../shared/size-limits';
import type { InstitutionFormModel } from './use-institution-form';
import { fileToBase64 } from '../read-file';

/**
 * The logo is read from its bytes with the same check the core applies, rather than from the
 * <img>'s natural size: a JPEG's orientation tag makes the browser report the size turned, which
 * the core, reading the frame header, would then refuse.
 */
async function readLogo(file: File): Promise<Logo | ImageProblem> {
  const data = await fileToBase64(file);
  const info = inspectLogo(data);
  return typeof info === 'string' ? info : { ...info, data };
}

export function LogoField({ model }: { model: InstitutionFormModel }) {
  const { t } = useTranslation();
  const { values, error, setLogo } = model;
  const [problem, setProblem] = useState<ImageProblem | null>(null);
  const logo = values.logo;
  const message = problem
    ? t(`settings.logo.problem.${problem}`, { max: megabytes(LOGO_MAX_BYTES) })
    : (error('logo.data') ?? error('logo'));

  const choose = async (file: File | null) => {
    if (!file) return;
    const read = await readLogo(file);
    if (typeof read === 'string') {
      setProblem(read);
    } else {
      setProblem(null);
      setLogo(read);
    }
  };

  return (
    <Group align="flex-start" gap="lg">
      <Box
        w={180}
        h={120}
        bd="1px dashed var(--mantine-color-gray-4)"
        style={{ borderRadius: 'var(--mantine-radius-sm)', display: 'grid', placeItems: 'center' }}
      >
        {logo ? (
          <Image
            src={`data:${logo.mime};base64,${logo.data}`}
            alt={t('settings.logo.previewAlt')}
            maw={164}
            mah={104}
            fit="contain"
          />
        ) : (
          <Text size="xs" c="dimmed">
            {t('settings.logo.none')}
          </Text>
        )}
      </Box>
      <Stack gap="xs" style={{ flex: 1 }}>
        <Text size="sm">{t('settings.logo.hint', { max: megabytes(LOGO_MAX_BYTES) })}</Text>
        {logo && (
          <Text size="xs" c="dimmed">
            {t('settings.logo.size', { width: logo.width, height: logo.height })}
          </Text>
        )}
        <Group gap="sm">
          <FileButton onChange={(file) => void choose(file)} accept={LOGO_MIME_TYPES.join(',')}>
            {(props) => (
              <Button variant="default" {...props}>
                {logo ? t('settings.logo.replace') : t('settings.logo.choose')}
              </Button>
            )}
          </FileButton>
          {logo && (
            <Button variant="subtle" color="red" onClick={() => setLogo(null)}>
              {t('settings.logo.remove')}
            </Button>
          )}
        </Group>
        {message && (
          <Text size="sm" c="red" role="alert" data-testid="logo-error">
            {message}
          </Text>
        )}
      </Stack>
    </Group>
  );
}
