// Who may write: uploads and curation need `Authorization: Bearer <token>`; reads need nothing.
// Missing token: 401; wrong token: 403. The token is compared in constant time and never logged.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Request } from 'express';
import { HttpProblem } from './problem';

const digest = (value: string) => createHash('sha256').update(value).digest();

/** The bearer token a request carries, if any. */
export function bearerToken(req: Request): string | undefined {
  const header = req.get('authorization');
  const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  return match?.[1];
}

/**
 * Throws the right problem unless the request carries `expected`.
 * @example assertToken(req, settings.token)
 */
export function assertToken(req: Request, expected: string): void {
  const given = bearerToken(req);
  if (!given) {
    throw new HttpProblem(
      401,
      'Unauthorized',
      'This operation changes the graph: send the API token as "Authorization: Bearer <token>" ' +
        '(enlace start prints it, or set ENLACE_API_TOKEN).',
      { headers: { 'WWW-Authenticate': 'Bearer realm="enlace"' } },
    );
  }
  if (!timingSafeEqual(digest(given), digest(expected))) {
    throw new HttpProblem(403, 'Forbidden', 'The API token is not valid for this server.');
  }
}

/**
 * Names a token in records (the curation log) without revealing it: the first 12 hex digits of its sha256.
 * @example tokenFingerprint('s3cret') // 'a4d1b2…' (12 characters)
 */
export function tokenFingerprint(token: string): string {
  return digest(token).toString('hex').slice(0, 12);
}
