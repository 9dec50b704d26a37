import { z } from 'zod';
import { fieldError, isPortableId } from './validation';

/** Ids name files on disk, so they are held to a safe alphabet and never a name Windows reserves (`isPortableId`). */
export const idSchema = z.string(fieldError('invalid')).refine(isPortableId, fieldError('invalid'));

export interface MethodSpec<I extends z.ZodType, O> {
  input: I;
  /** Never set: carries the output type. */
  readonly output?: O;
}

/** A method of the contract: its input schema, and its output as a type. */
export const method =
  <O>() =>
  <I extends z.ZodType>(input: I): MethodSpec<I, O> => ({ input });

/** The input of a method that takes none. */
export const none = z.strictObject({});
