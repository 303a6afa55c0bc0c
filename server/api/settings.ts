// API settings from the environment, each checked with a message naming the variable.
import { DEFAULT_SETTINGS, type ApiSettings } from './context';

function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number, max: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new Error(`${name} must be a whole number from 1 to ${max}; got "${raw}"`);
  }
  return value;
}

/**
 * @example apiSettingsFromEnv({ ENLACE_QUERY_TIMEOUT_MS: '5000' }).queryTimeoutMs // 5000
 */
export function apiSettingsFromEnv(env: NodeJS.ProcessEnv): ApiSettings {
  return {
    queryTimeoutMs: positiveInteger(env, 'ENLACE_QUERY_TIMEOUT_MS', DEFAULT_SETTINGS.queryTimeoutMs, 600_000),
    maxRows: positiveInteger(env, 'ENLACE_MAX_ROWS', DEFAULT_SETTINGS.maxRows, 100_000),
    readTimeoutMs: DEFAULT_SETTINGS.readTimeoutMs,
  };
}
