import { notifications } from '@mantine/notifications';
import i18n from './i18n';
import { isApiError } from './api';

/** The message to show for a failed call: the server's `detail`, else its `title`. */
export function errorMessage(error: unknown): string {
  if (isApiError(error)) {
    if (error.status === 0) return i18n.t('errors.network');
    if (error.status === 429) return error.problem?.detail ?? i18n.t('errors.tooManyRequests');
    return error.problem?.detail ?? error.problem?.title ?? i18n.t('errors.unexpected');
  }
  return i18n.t('errors.unexpected');
}

export function notifyError(error: unknown) {
  notifications.show({ color: 'red', title: i18n.t('errors.title'), message: errorMessage(error) });
}

export function notifySuccess(message: string) {
  notifications.show({ color: 'teal', message });
}
