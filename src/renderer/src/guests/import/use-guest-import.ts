import { useMemo, useState } from 'react';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type {
  CountryAnswers,
  DateOrder,
  ImportMapping,
  ImportRowInput,
  ImportRowPreview,
  ReadResult,
} from '../../../../shared/guest-import';
import { IMPORT_MAX_BYTES } from '../../../../shared/guest-import-constants';
import { AppError } from '../../../../shared/errors';
import { api } from '../../../api/client';
import { queryOptions } from '../../queries';
import { fileToBase64 } from '../../read-file';

/** What the officer decided for a row: add it, update the guest it duplicates, or leave it out. */
export type RowChoice = 'add' | 'update' | 'skip';

/** The choice a row starts with: a row that repeats a guest of this visit (or of this file) is left out until the officer says. */
export function defaultChoice(row: ImportRowPreview): RowChoice {
  if (row.blocked) return 'skip';
  if (row.problems.some((p) => p.code === 'repeatedInFile')) return 'skip';
  const first = row.duplicates[0];
  if (!first) return 'add';
  return first.sameVisit ? 'skip' : 'update';
}

/** The file read, the mapping as corrected, the date order, the preview and each row's choice. */
export function useGuestImport(visitId: string) {
  const [read, setRead] = useState<ReadResult | null>(null);
  const [mapping, setMapping] = useState<ImportMapping>([]);
  const [dateOrder, setDateOrder] = useState<DateOrder | null>(null);
  const [choices, setChoices] = useState<Map<number, RowChoice>>(new Map());
  const [countries, setCountries] = useState<CountryAnswers>({});

  const readFile = useMutation({
    mutationFn: async (file: File): Promise<ReadResult> => {
      // Refused here too, before the bytes travel: the core would refuse them the same way.
      if (file.size > IMPORT_MAX_BYTES) throw new AppError('importUnreadable', { reason: 'tooLarge' });
      return api['guestImport.read']({ visitId, fileName: file.name, base64: await fileToBase64(file) });
    },
    onSuccess: (result) => {
      setRead(result);
      setMapping(result.mapping);
      setDateOrder(null);
      setChoices(new Map());
      setCountries({});
    },
  });

  const sheet = read ? { headers: read.sheet.headers, rows: read.sheet.rows } : null;
  const preview = useQuery({
    ...queryOptions('guestImport.preview', {
      visitId,
      sheet: sheet ?? { headers: [''], rows: [] },
      mapping,
      dateOrder,
      countries,
    }),
    enabled: sheet !== null,
    staleTime: Infinity,
    gcTime: 0,
    placeholderData: keepPreviousData,
  });

  const rows = useMemo(() => preview.data?.rows ?? [], [preview.data]);
  const choiceOf = (row: ImportRowPreview): RowChoice =>
    row.blocked ? 'skip' : (choices.get(row.line) ?? defaultChoice(row));
  const choose = (line: number, choice: RowChoice) => setChoices((held) => new Map(held).set(line, choice));

  /** The rows to send: those not left out, each with what to do. */
  const chosenRows = (): ImportRowInput[] =>
    rows.flatMap((row): ImportRowInput[] => {
      const choice = choiceOf(row);
      if (choice === 'skip') return [];
      const target = row.duplicates[0];
      if (choice === 'update' && target) {
        return [
          {
            line: row.line,
            action: 'update',
            guest: row.guest,
            target: { visitId: target.visitId, guestId: target.guestId },
          },
        ];
      }
      return [{ line: row.line, action: 'add', guest: row.guest }];
    });

  const counts = { add: 0, update: 0, skip: 0, blocked: 0 };
  for (const row of rows) {
    if (row.blocked) counts.blocked += 1;
    else counts[choiceOf(row)] += 1;
  }
  const datesUnanswered =
    preview.data !== undefined && preview.data.dates.ambiguous > 0 && preview.data.dates.order === null;

  /** The country a value of the file is; '' takes the answer back. */
  const answerCountry = (value: string, code: string) =>
    setCountries((held) => {
      const { [value]: _old, ...rest } = held;
      return code ? { ...rest, [value]: code } : rest;
    });

  const reset = () => {
    setRead(null);
    setMapping([]);
    readFile.reset();
  };

  return {
    read,
    readFile,
    mapping,
    setMapping,
    dateOrder,
    setDateOrder,
    preview,
    rows,
    choiceOf,
    choose,
    chosenRows,
    counts,
    datesUnanswered,
    countries,
    answerCountry,
    reset,
  };
}
