// What the researcher reads when a request fails: the server's own detail, and for a missing or
// wrong token how to get the right one.
import { ApiError } from '../../api/client';
import type { AppHost } from '../../app/host';

export function errorDetail(error: unknown): string {
  if (error instanceof ApiError) return error.problem?.detail ?? error.message;
  return error instanceof Error ? error.message : String(error);
}

/** The message for a failed write: the token's when it was missing or refused, the server's otherwise. */
export function writeErrorMessage(host: AppHost, error: unknown): string {
  if (error instanceof ApiError && error.status === 401) return host.t('tools.noToken');
  if (error instanceof ApiError && error.status === 403) return host.t('tools.badToken');
  return errorDetail(error);
}

/** Whether the page has a token for writes; says how to get one when it has not. */
export function haveToken(host: AppHost): boolean {
  if (host.api.token()) return true;
  host.notify(host.t('tools.noToken'), 'error');
  return false;
}
