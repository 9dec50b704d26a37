import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  guestInputSchema,
  passportSchema,
  visitInputSchema,
  passportValidUntilRequired,
} from '../../../src/shared/domain';
import { toFieldErrors } from '../../../src/shared/validation';
import type { FieldError } from '../../../src/shared/errors';
import { guestInput, visitInput } from '../../support/builders';

/** The field errors a schema gives for an input, or [] when it passes. */
function fieldErrors(schema: z.ZodType, input: unknown): FieldError[] {
  const result = schema.safeParse(input);
  return result.success ? [] : toFieldErrors(result.error);
}

describe('visit input', () => {
  it('accepts a complete visit and fills the optional fields with their defaults', () => {
    const visit = visitInputSchema.parse({
      title: '  MoU signing ',
      arrivalDate: '2026-05-12',
      departureDate: '2026-05-15',
    });

    expect(visit).toMatchObject({
      title: 'MoU signing',
      status: 'draft',
      colour: '#1c7ed6',
      partnerName: '',
      notes: '',
    });
  });

  it('names every missing required field as required', () => {
    expect(fieldErrors(visitInputSchema, {})).toEqual([
      { path: 'title', code: 'required' },
      { path: 'arrivalDate', code: 'required' },
      { path: 'departureDate', code: 'required' },
    ]);
  });

  it('treats a title of spaces as missing', () => {
    expect(fieldErrors(visitInputSchema, visitInput({ title: '   ' }))).toEqual([
      { path: 'title', code: 'required' },
    ]);
  });

  it('tells a wrong type from a missing value', () => {
    expect(fieldErrors(visitInputSchema, visitInput({ title: 42 as unknown as string }))).toEqual([
      { path: 'title', code: 'invalid' },
    ]);
  });

  it('refuses a departure before the arrival, on the departure field', () => {
    expect(
      fieldErrors(visitInputSchema, visitInput({ arrivalDate: '2026-05-15', departureDate: '2026-05-12' })),
    ).toEqual([{ path: 'departureDate', code: 'departureBeforeArrival' }]);
  });

  it('accepts a one-day visit', () => {
    expect(
      fieldErrors(visitInputSchema, visitInput({ arrivalDate: '2026-05-12', departureDate: '2026-05-12' })),
    ).toEqual([]);
  });

  it.each(['2026-02-30', '2026-13-01', '12.05.2026', 'tomorrow'])('refuses the date %j', (date) => {
    expect(fieldErrors(visitInputSchema, visitInput({ arrivalDate: date }))).toEqual([
      { path: 'arrivalDate', code: 'invalidDate' },
    ]);
  });

  it('refuses an unknown status, colour and country', () => {
    const errors = fieldErrors(
      visitInputSchema,
      visitInput({ status: 'postponed' as 'draft', colour: 'red', partnerCountry: 'XX' }),
    );

    expect(errors).toEqual(
      expect.arrayContaining([
        { path: 'status', code: 'invalidChoice' },
        { path: 'colour', code: 'invalidColour' },
        { path: 'partnerCountry', code: 'invalidChoice' },
      ]),
    );
  });

  it('accepts a country code in lower case and stores it in upper case', () => {
    expect(visitInputSchema.parse(visitInput({ partnerCountry: 'tr' })).partnerCountry).toBe('TR');
  });

  it('refuses a title over 200 characters with the limit as a parameter', () => {
    expect(fieldErrors(visitInputSchema, visitInput({ title: 'x'.repeat(201) }))).toEqual([
      { path: 'title', code: 'tooLong', params: { max: 200 } },
    ]);
  });

  it('refuses unknown keys, one error per key', () => {
    expect(fieldErrors(visitInputSchema, { ...visitInput(), budget: 1000, owner: 'x' })).toEqual([
      { path: 'budget', code: 'unknownField' },
      { path: 'owner', code: 'unknownField' },
    ]);
  });

  it('refuses a "__proto__" key that JSON.parse made an own property, and is not polluted by it', () => {
    const input: unknown = JSON.parse(
      `{"title":"T","arrivalDate":"2026-05-12","departureDate":"2026-05-15","__proto__":{"status":"completed"}}`,
    );

    expect(fieldErrors(visitInputSchema, input)).toEqual([{ path: '__proto__', code: 'unknownField' }]);
    expect(({} as Record<string, unknown>).status).toBeUndefined();
  });
});

describe('guest input', () => {
  it('accepts a complete guest', () => {
    expect(fieldErrors(guestInputSchema, guestInput())).toEqual([]);
  });

  it('requires a category, a surname and given names', () => {
    expect(fieldErrors(guestInputSchema, { surname: '', givenNames: undefined })).toEqual(
      expect.arrayContaining([
        { path: 'category', code: 'required' },
        { path: 'surname', code: 'required' },
        { path: 'givenNames', code: 'required' },
      ]),
    );
  });

  it.each(['Öztürk', "O'Neil", 'O’Neil', 'Anne-Marie', 'Ğüləsər', 'Đặng', 'José María', 'St. John'])(
    'accepts the passport name %j',
    (surname) => {
      expect(fieldErrors(guestInputSchema, guestInput({ surname }))).toEqual([]);
    },
  );

  it.each(['Иван', 'Ivanov Иван', '李', 'Smith2', 'a@b'])(
    'refuses the passport name %j as not Latin',
    (surname) => {
      expect(fieldErrors(guestInputSchema, guestInput({ surname }))).toEqual([
        { path: 'surname', code: 'latinOnly' },
      ]);
    },
  );

  it('turns a line break or tab inside a name into one space, as a passport prints it', () => {
    expect(guestInputSchema.parse(guestInput({ givenNames: 'Mehmet\n\tAli ' })).givenNames).toBe(
      'Mehmet Ali',
    );
  });

  it('keeps Cyrillic and Azerbaijani spellings in their own fields', () => {
    const guest = guestInputSchema.parse(guestInput({ nameCyrillic: 'Айше Озтюрк', nameAz: 'Ayşə Öztürk' }));

    expect(guest).toMatchObject({ nameCyrillic: 'Айше Озтюрк', nameAz: 'Ayşə Öztürk' });
  });

  it('refuses a guest who leaves before arriving, on departure.date', () => {
    const input = guestInput({
      arrival: { date: '2026-05-14' },
      departure: { date: '2026-05-13' },
    });

    expect(fieldErrors(guestInputSchema, input)).toEqual([
      { path: 'departure.date', code: 'departureBeforeArrival' },
    ]);
  });

  it('refuses a passport that expires before (or on the day) it was issued', () => {
    const passport = {
      number: 'X1',
      issuingCountry: 'DE',
      issueDate: '2024-01-10',
      expiryDate: '2024-01-10',
    };

    expect(fieldErrors(guestInputSchema, guestInput({ passport }))).toEqual([
      { path: 'passport.expiryDate', code: 'expiryBeforeIssue' },
    ]);
    expect(fieldErrors(passportSchema, { ...passport, expiryDate: '2023-12-31' })).toEqual([
      { path: 'expiryDate', code: 'expiryBeforeIssue' },
    ]);
  });

  it.each(['not-an-email', 'a@b', 'two words@x.org', 'a@b.c d'])('refuses the e-mail %j', (email) => {
    expect(fieldErrors(guestInputSchema, guestInput({ email }))).toEqual([
      { path: 'email', code: 'invalidEmail' },
    ]);
  });

  it('accepts an e-mail with spaces around it and keeps it trimmed', () => {
    expect(guestInputSchema.parse(guestInput({ email: ' m.yilmaz@example.edu.tr ' })).email).toBe(
      'm.yilmaz@example.edu.tr',
    );
  });

  it('refuses a date of birth in the future', () => {
    expect(fieldErrors(guestInputSchema, guestInput({ dateOfBirth: '2199-01-01' }))).toEqual([
      { path: 'dateOfBirth', code: 'inTheFuture' },
    ]);
  });

  it('refuses a bad time, gender and letter language with their own codes', () => {
    const errors = fieldErrors(
      guestInputSchema,
      guestInput({
        arrival: { date: '2026-05-12', time: '25:00' },
        gender: 'x' as 'male',
        letterLanguage: 'de' as 'en',
      }),
    );

    expect(errors).toEqual(
      expect.arrayContaining([
        { path: 'arrival.time', code: 'invalidTime' },
        { path: 'gender', code: 'invalidChoice' },
        { path: 'letterLanguage', code: 'invalidChoice' },
      ]),
    );
  });

  it('refuses unknown keys at any depth, with their full path', () => {
    const input = { ...guestInput(), passport: { number: 'X', visa: 'yes' }, nickname: 'Ali' };

    expect(fieldErrors(guestInputSchema, input)).toEqual(
      expect.arrayContaining([
        { path: 'passport.visa', code: 'unknownField' },
        { path: 'nickname', code: 'unknownField' },
      ]),
    );
  });
});

describe('passportValidUntilRequired', () => {
  it('is three calendar months after departure, clamped to the month end', () => {
    expect(passportValidUntilRequired('2026-05-15')).toBe('2026-08-15');
    expect(passportValidUntilRequired('2026-11-30')).toBe('2027-02-28');
  });
});
