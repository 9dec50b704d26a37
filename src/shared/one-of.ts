/** Whether `value` is one of `list`: the one guard for a choice read back from a select, a file or a message. */
export function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}
