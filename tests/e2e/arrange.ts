import type { MethodInput, MethodName, MethodOutput } from '../../src/shared/contract';
import type { Result } from '../../src/shared/errors';
import type { RunningHost } from '../support/web-host';

/**
 * Puts data in place through the browser host's API, as the UI would, so that a test spends its
 * time on the behaviour it is about rather than on typing its arrangement.
 */
export async function callApi<M extends MethodName>(
  host: RunningHost,
  name: M,
  input: MethodInput<M>,
): Promise<MethodOutput<M>> {
  const response = await fetch(`${host.origin}/api/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-qonaq-token': host.token },
    body: JSON.stringify(input),
  });
  const result = (await response.json()) as Result<MethodOutput<M>>;
  if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result.error)}`);
  return result.value;
}

export async function createVisit(host: RunningHost, visit: MethodInput<'visits.create'>['visit']) {
  return (await callApi(host, 'visits.create', { visit })).visit;
}
