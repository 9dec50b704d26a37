/**
 * The code a thrown error carries (`ENOENT`, `EEXIST`, an `AppError`'s code), or undefined when it
 * carries none. The one reading of `error.code` in Qonaq; each caller says what no code means to it.
 */
export function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
}
