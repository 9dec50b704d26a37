import { useMutation } from '@tanstack/react-query';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/contract';
import { api } from '../../api/client';
import { partnersChanged } from './links/partner-data';

/**
 * A call that changes partners or agreements: once the core has it on disk, the directory, the
 * partners' pages, the renewals and the visits that show partners are asked for again.
 */
export function usePartnerCall<M extends MethodName>(name: M) {
  return useMutation<MethodOutput<M>, Error, MethodInput<M>>({
    mutationFn: (input) => api[name](input),
    onSuccess: () => partnersChanged(),
  });
}
