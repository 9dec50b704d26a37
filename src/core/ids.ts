import { randomUUID } from 'node:crypto';

/**
 * A new id: 20 lower-case hexadecimal digits of a random UUID. Made of `0-9a-f` only, it can never be
 * a name Windows reserves (`CON`, `NUL`, `COM1`, `LPT1` all need other letters), and no two ids made
 * here differ only in case: each is a portable file name (`isPortableId`) on every system.
 */
export const newId = (): string => randomUUID().replace(/-/g, '').slice(0, 20);
