import { dispatch } from '../src/core/dispatch';
import type { Handlers, MethodInput, MethodName, MethodOutput } from '../src/shared/contract';

/** Calls a contract method through the same dispatch as the app; a refusal stops the benchmark. */
export async function call<M extends MethodName>(
  handlers: Handlers,
  method: M,
  input: MethodInput<M>,
): Promise<MethodOutput<M>> {
  const result = await dispatch(handlers, method, input);
  if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
  return result.value as MethodOutput<M>;
}
