import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import type { AccommodationIssue, HotelInput } from '../../../shared/accommodation';
import { formatDateLong } from '../../../shared/dates';
import type { Language } from '../../../shared/languages';
import { api } from '../../api/client';
import { methodKey, queryOptions } from '../queries';

const hotelsKey = methodKey('hotels.list');

export function useHotels() {
  return useQuery(queryOptions('hotels.list', {}));
}

/** Adds a hotel to the directory; every picker showing the directory is refreshed. */
export function useSaveHotel() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (hotel: HotelInput) => api['hotels.save']({ hotel }),
    onSuccess: () => client.invalidateQueries({ queryKey: hotelsKey }),
  });
}

/** A visit names its hotels in its accommodation issues, so the visits are fetched anew too. */
function useRefreshHotels() {
  const client = useQueryClient();
  return async () => {
    await client.invalidateQueries({ queryKey: hotelsKey });
    await client.invalidateQueries({ queryKey: methodKey('visits.get') });
  };
}

/** Corrects a hotel of the directory. */
export function useUpdateHotel() {
  const refresh = useRefreshHotels();
  return useMutation({
    mutationFn: (input: { id: string; hotel: HotelInput; opened: Record<string, unknown> }) =>
      api['hotels.save'](input),
    onSuccess: refresh,
  });
}

/** Deletes a hotel of the directory; the core refuses (`hotelInUse`) while a stay is in it. */
export function useDeleteHotel() {
  const refresh = useRefreshHotels();
  return useMutation({ mutationFn: (id: string) => api['hotels.delete']({ id }), onSuccess: refresh });
}

const DATE_PARAMS = new Set(['date', 'lastDate', 'checkIn', 'checkOut', 'arrival', 'departure']);

/** An issue as a sentence: a run of nights reads "from ... to ...", a single night names its date. */
export function issueMessage(t: TFunction, issue: AccommodationIssue, language: Language): string {
  const params: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(issue.params)) {
    params[key] = DATE_PARAMS.has(key) && typeof value === 'string' ? formatDateLong(language, value) : value;
  }
  const range = issue.params.lastDate !== undefined && issue.params.lastDate !== issue.params.date;
  return t(`accommodation.issues.${issue.code}${range ? 'Range' : ''}`, params);
}
