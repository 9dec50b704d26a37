import { isDeepStrictEqual } from 'node:util';

/** JSON values as a visit is sent to and read from the office server. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };
export const asJson = (value: unknown): Json => JSON.parse(JSON.stringify(value)) as Json;
export const same = (a: Json | undefined, b: Json | undefined): boolean => isDeepStrictEqual(a, b);
export const isObject = (v: Json | undefined): v is JsonObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
