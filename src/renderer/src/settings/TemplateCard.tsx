import { useState } from 'react';
import { Alert, Button, Card, Code, FileButton, Group, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { AppError } from '../../../shared/errors';
import type { Institution } from '../../../shared/institution';
import { inspectTemplateBase64 } from '../../../shared/letterhead-template';
import { megabytes, TEMPLATE_MAX_BYTES } from '../../../shared/size-limits';
import { TEMPLATE_PLACEHOLDERS } from '../../../shared/template-placeholders';
import { api } from '../../api/client';
import { errorMessage } from '../errors';
import { useFormat } from '../format';
import { institutionKey } from './use-institution';
import { fileToBase64 } from '../read-file';

const DOCX_TYPES = '.docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const tag = (name: string) => `{{${name}}}`;

/** Every placeholder with what it is replaced by, in the UI language. */
function PlaceholderTable() {
  const { t } = useTranslation();
  return (
    <Table striped withTableBorder verticalSpacing={4} fz="sm" data-testid="template-placeholders">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('settings.template.column.placeholder')}</Table.Th>
          <Table.Th>{t('settings.template.column.meaning')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {TEMPLATE_PLACEHOLDERS.map((name) => (
          <Table.Tr key={name}>
            <Table.Td>
              <Code>{tag(name)}</Code>
            </Table.Td>
            <Table.Td>{t(`settings.template.placeholder.${name}`)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/**
 * The office's own .docx letterhead. Saved on its own, apart from the Settings form: the file is
 * checked and stored at once, and the form's Save never carries its bytes.
 */
export function TemplateCard({ institution }: { institution: Institution | null }) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const client = useQueryClient();
  const [problem, setProblem] = useState<unknown>(null);
  const done = (message: string) => (result: { institution: Institution }) => {
    client.setQueryData(institutionKey, result);
    setProblem(null);
    notifications.show({ color: 'green', message });
  };
  const upload = useMutation({
    mutationFn: async (file: File) => {
      const base64 = await fileToBase64(file);
      // The core checks again; checking here spares sending a file it would refuse.
      const reason = inspectTemplateBase64(base64);
      if (reason) throw new AppError('templateInvalid', { reason });
      return api['institution.setTemplate']({ fileName: file.name, base64 });
    },
    onSuccess: done(t('settings.template.saved')),
    onError: setProblem,
  });
  const remove = useMutation({
    mutationFn: () => api['institution.clearTemplate']({}),
    onSuccess: done(t('settings.template.removed')),
    onError: setProblem,
  });
  const template = institution?.letterheadTemplate;
  const title = t('settings.sections.template');

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-label={title}>
      <Title order={4}>{title}</Title>
      <Text size="sm" c="dimmed" mt={4}>
        {t('settings.sections.templateHint', {
          example: tag('guest_full_name'),
          max: megabytes(TEMPLATE_MAX_BYTES),
        })}
      </Text>
      <Stack mt="md" gap="md">
        <Text size="sm">{t('settings.template.howTo', { body: tag('body') })}</Text>
        {institution === null ? (
          <Alert color="blue" variant="light">
            {t('settings.template.saveInstitutionFirst')}
          </Alert>
        ) : (
          <Group gap="sm">
            <Text size="sm" fw={template ? 600 : 400} data-testid="template-file-name" style={{ flex: 1 }}>
              {template
                ? t('settings.template.current', { fileName: template.fileName })
                : t('settings.template.none')}
            </Text>
            <FileButton onChange={(file) => file && upload.mutate(file)} accept={DOCX_TYPES}>
              {(props) => (
                <Button variant="default" loading={upload.isPending} {...props}>
                  {template ? t('settings.template.replace') : t('settings.template.choose')}
                </Button>
              )}
            </FileButton>
            {template && (
              <Button variant="subtle" color="red" loading={remove.isPending} onClick={() => remove.mutate()}>
                {t('settings.template.remove')}
              </Button>
            )}
          </Group>
        )}
        {problem !== null && (
          <Text size="sm" c="red" role="alert" data-testid="template-error">
            {errorMessage(t, problem, language)}
          </Text>
        )}
        <Title order={5}>{t('settings.template.placeholdersTitle')}</Title>
        <PlaceholderTable />
      </Stack>
    </Card>
  );
}
