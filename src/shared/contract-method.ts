import { z } from 'zod';
/** Ids are checked by the one id schema, in fields.ts. */
export { idSchema } from './fields';

export interface MethodSpec<I extends z.ZodType, O> {
  input: I;
  /** Never set: carries the output type. */
  readonly output?: O;
}

/** A method of the contract: its input schema, and its output as a type. */
export const method =
  <O>() =>
  <I extends z.ZodType>(input: I): MethodSpec<I, O> => ({ input });

/**
 * What a form opened with, sent beside what it saves: a field the officer left alone that changed
 * meanwhile (another officer's change came in from the office) keeps its new value (`form-changes.ts`).
 */
export const formOpenedSchema = z.record(z.string(), z.unknown()).optional();

/** The input of a method that takes none. */
export const none = z.strictObject({});
