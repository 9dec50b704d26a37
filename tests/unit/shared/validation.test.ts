import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldError, toFieldErrors } from '../../../src/shared/validation';
import { FIELD_ERROR_CODES } from '../../../src/shared/errors';

function errorsOf(schema: z.ZodType, input: unknown) {
  const result = schema.safeParse(input);
  if (result.success) throw new Error('expected the input to be refused');
  return toFieldErrors(result.error);
}

describe('toFieldErrors', () => {
  it('joins nested paths with dots, array indexes included', () => {
    const schema = z.strictObject({
      guests: z.array(z.strictObject({ passport: z.strictObject({ number: z.string() }) })),
    });

    expect(
      errorsOf(schema, { guests: [{ passport: { number: 'A' } }, { passport: { number: 7 } }] }),
    ).toEqual([{ path: 'guests.1.passport.number', code: 'invalid' }]);
  });

  it('uses a field error code carried as the message', () => {
    expect(
      errorsOf(
        z.string().refine(() => false, { error: 'latinOnly' }),
        'x',
      ),
    ).toEqual([{ path: '', code: 'latinOnly' }]);
  });

  it('says required for a missing value and invalid for a wrong one, also with fieldError', () => {
    const schema = z.strictObject({
      id: z.string(fieldError('invalid')),
      kind: z.enum(['a', 'b'], fieldError('invalidChoice')),
    });

    expect(errorsOf(schema, {})).toEqual([
      { path: 'id', code: 'required' },
      { path: 'kind', code: 'required' },
    ]);
    expect(errorsOf(schema, { id: 1, kind: 'c' })).toEqual([
      { path: 'id', code: 'invalid' },
      { path: 'kind', code: 'invalidChoice' },
    ]);
  });

  it('maps zod codes without a message of ours onto field codes', () => {
    expect(errorsOf(z.strictObject({ a: z.string().max(3) }), { a: 'abcd' })).toEqual([
      { path: 'a', code: 'tooLong', params: { max: 3 } },
    ]);
    expect(errorsOf(z.strictObject({ a: z.enum(['x']) }), { a: 'y' })).toEqual([
      { path: 'a', code: 'invalidChoice' },
    ]);
    expect(errorsOf(z.strictObject({ a: z.number().int() }), { a: 1.5 })).toEqual([
      { path: 'a', code: 'invalid' },
    ]);
  });

  it('says required for a missing value whatever the schema, when given the input', () => {
    const schema = z.strictObject({
      a: z.strictObject({ b: z.number() }),
      c: z.string({ error: 'invalid' }),
    });
    const input = { a: {} };
    const result = schema.safeParse(input);
    if (result.success) throw new Error('expected the input to be refused');

    expect(toFieldErrors(result.error, input)).toEqual([
      { path: 'a.b', code: 'required' },
      { path: 'c', code: 'required' },
    ]);
  });

  it('does not take an inherited property for a present value', () => {
    const schema = z.strictObject({ constructor: z.string(), toString: z.string() });
    const result = schema.safeParse({});
    if (result.success) throw new Error('expected the input to be refused');

    expect(toFieldErrors(result.error, {}).map((e) => e.code)).toEqual(['required', 'required']);
  });

  it('gives one unknownField per unknown key, under the object that has it', () => {
    const schema = z.strictObject({ inner: z.strictObject({}) });

    expect(errorsOf(schema, { inner: { x: 1, y: 2 }, z: 3 })).toEqual(
      expect.arrayContaining([
        { path: 'inner.x', code: 'unknownField' },
        { path: 'inner.y', code: 'unknownField' },
        { path: 'z', code: 'unknownField' },
      ]),
    );
  });

  it('only ever answers codes the UI can translate', () => {
    const schema = z.strictObject({
      a: z.string().email(),
      b: z.number().min(3),
      c: z.array(z.string()).length(2),
    });
    const codes = errorsOf(schema, { a: 'x', b: 1, c: [], d: null }).map((e) => e.code);

    for (const code of codes) expect(FIELD_ERROR_CODES).toContain(code);
  });
});
