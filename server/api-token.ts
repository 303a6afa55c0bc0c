// The API token: ENLACE_API_TOKEN, or one made on first start and kept in the data folder, readable by
// its owner only, so that the local browser app can write without setup while other programs cannot.
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ApiToken {
  token: string;
  /** Where it came from, for the start-up message. */
  source: 'environment' | 'file' | 'new';
  file?: string;
}

export const TOKEN_FILE = 'api-token';

/**
 * @example resolveApiToken(process.env, '/home/me/enlace/data') // { token: '…', source: 'file', file: '…/api-token' }
 */
export function resolveApiToken(env: NodeJS.ProcessEnv, dataDir: string): ApiToken {
  const fromEnv = env.ENLACE_API_TOKEN?.trim();
  if (fromEnv) return { token: fromEnv, source: 'environment' };
  const file = join(dataDir, TOKEN_FILE);
  if (existsSync(file)) {
    const stored = readFileSync(file, 'utf8').trim();
    if (stored) return { token: stored, source: 'file', file };
  }
  mkdirSync(dataDir, { recursive: true });
  const token = randomBytes(24).toString('base64url');
  writeFileSync(file, token + '\n', { mode: 0o600 });
  chmodSync(file, 0o600);
  return { token, source: 'new', file };
}
