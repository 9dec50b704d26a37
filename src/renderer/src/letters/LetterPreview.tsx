import { useEffect, useRef, useState } from 'react';
import { Alert, Box, Center, Loader, ScrollArea, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { base64ToBytes } from './save-files';
import classes from './LetterPreview.module.css';

interface LetterPreviewProps {
  /** The .docx to show, or null before the first preview. */
  base64: string | null;
  loading: boolean;
  /** The choices changed since this preview was made. */
  stale: boolean;
  /** The letter cannot be built yet: fields are missing. */
  blocked: boolean;
  height: number | string;
}

/**
 * The letter as Word would lay it out, drawn from the very bytes that would be issued, on an A4 page.
 * docx-preview writes plain DOM and <style> elements, which the content security policy allows.
 */
export function LetterPreview({ base64, loading, stale, blocked, height }: LetterPreviewProps) {
  const { t } = useTranslation();
  const body = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const container = body.current;
    if (!container || !base64) return;
    let cancelled = false;
    container.replaceChildren();
    // docx-preview (and the zip library under it) is loaded the first time a letter is previewed,
    // not with the app: most sessions never open a letter.
    import('docx-preview')
      .then(({ renderAsync }) =>
        renderAsync(base64ToBytes(base64), container, container, {
          inWrapper: true,
          breakPages: true,
          ignoreLastRenderedPageBreak: true,
          useBase64URL: true,
          renderHeaders: true,
          renderFooters: true,
        }),
      )
      .then(
        () => !cancelled && setFailed(false),
        () => !cancelled && setFailed(true),
      );
    return () => {
      cancelled = true;
    };
  }, [base64]);

  return (
    <Box className={classes.frame} h={height} pos="relative" data-testid="letter-preview">
      {stale && base64 && (
        <Text className={classes.stale} size="xs" role="status">
          {t('letters.preview.stale')}
        </Text>
      )}
      {failed && <Alert color="red">{t('letters.preview.failed')}</Alert>}
      {!base64 && !loading && (
        <Center h="100%" px="xl">
          <Text c="dimmed" ta="center" size="sm">
            {blocked ? t('letters.preview.blocked') : t('letters.preview.empty')}
          </Text>
        </Center>
      )}
      {loading && (
        <Center className={classes.overlay}>
          <Loader aria-label={t('letters.preview.loading')} />
        </Center>
      )}
      <ScrollArea h="100%" type="auto">
        <div className={classes.page} ref={body} aria-label={t('letters.preview.label')} role="document" />
      </ScrollArea>
    </Box>
  );
}
