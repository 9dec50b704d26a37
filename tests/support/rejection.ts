import { AppError } from '../../src/shared/errors';

/** Runs `act` and answers the AppError it rejects with; anything else fails the test. */
export async function rejection(act: () => Promise<unknown>): Promise<AppError> {
  try {
    await act();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a rejection');
}
