import { contract, isMethodName, type Handlers, type MethodName, type ParsedInput } from '../shared/contract';
import { AppError, type Result } from '../shared/errors';
import { toFieldErrors } from '../shared/validation';

/**
 * The boundary every call crosses, from IPC and from HTTP alike: the method name is checked, the
 * input parsed by the contract's schema, and any failure returned as an error code, never thrown.
 */
export async function dispatch(
  handlers: Handlers,
  name: string,
  rawInput: unknown,
): Promise<Result<unknown>> {
  if (!isMethodName(name))
    return { ok: false, error: { code: 'unknownMethod', params: { name: String(name).slice(0, 100) } } };
  const parsed = contract[name].input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    return { ok: false, error: { code: 'validation', fields: toFieldErrors(parsed.error, rawInput ?? {}) } };
  }
  try {
    const handler = handlers[name] as (input: ParsedInput<MethodName>) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: error.toData() };
    // The detail goes to the log of whoever hosts the core; the user gets a code.
    console.error(`[qonaq] ${name} failed:`, error);
    return { ok: false, error: { code: 'internal' } };
  }
}
