// API settings from the environment, each checked with a message naming the variable.
import { DEFAULT_SETTINGS, type ApiSettings } from './context';

const MB = 1024 * 1024;

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
    uploadMaxFileBytes:
      positiveInteger(env, 'ENLACE_UPLOAD_MAX_MB', DEFAULT_SETTINGS.uploadMaxFileBytes / MB, 2_048) * MB,
    uploadMaxFiles: positiveInteger(env, 'ENLACE_UPLOAD_MAX_FILES', DEFAULT_SETTINGS.uploadMaxFiles, 100_000),
    uploadMaxTotalBytes:
      positiveInteger(env, 'ENLACE_UPLOAD_MAX_TOTAL_MB', DEFAULT_SETTINGS.uploadMaxTotalBytes / MB, 100_000) *
      MB,
    eventHeartbeatMs: DEFAULT_SETTINGS.eventHeartbeatMs,
  };
}
