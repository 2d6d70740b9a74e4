import { isAPIError } from 'better-auth/api';
import { AppError } from '../../platform/errors.js';

/**
 * Turns better-auth's errors into Rapport's. better-auth answers 403 for a record of another
 * workspace; callers check ownership first, so a 403 here is a real permission refusal.
 */
export async function callAuth<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (!isAPIError(err)) throw err;
    const message = (err as { body?: { message?: string } }).body?.message ?? err.message;
    switch (err.statusCode) {
      case 400:
      case 422:
        throw new AppError('validation_failed', message);
      case 401:
        throw new AppError('unauthenticated', message);
      case 403:
        throw new AppError('forbidden', message);
      case 404:
        throw new AppError('not_found', message);
      case 409:
        throw new AppError('conflict', message);
      default:
        throw err;
    }
  }
}
