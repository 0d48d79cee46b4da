import { notifications } from '@mantine/notifications';
import { RequestError } from './client.js';

/** The message to show for a failed request: the server's reason, never a stack trace. */
export function errorMessage(error: unknown): string {
  if (error instanceof RequestError) return error.message;
  return 'Something went wrong; nothing was changed.';
}

/** Shows a failed request as a red notification titled with what was being done. */
export function showError(title: string, error: unknown): void {
  notifications.show({ color: 'red', title, message: errorMessage(error), autoClose: 8_000 });
}

/** Shows that something worked. */
export function showDone(message: string): void {
  notifications.show({ color: 'teal', message, autoClose: 4_000 });
}

/** Shows why the app did not do what was asked, when the reason is known without asking the server. */
export function showRefusal(title: string, message: string): void {
  notifications.show({ color: 'red', title, message, autoClose: 8_000 });
}
