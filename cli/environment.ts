// Where the CLI finds its configuration: the process environment, plus a `.env` file if present.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import dotenv from 'dotenv';

/** The folder holding Enlace's package.json (seeds, client and neo4j/ live there). */
export const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Reads `.env` from the working directory without overriding variables already set. */
export function loadEnvironment(cwd: string = process.cwd()): NodeJS.ProcessEnv {
  const file = join(cwd, '.env');
  if (existsSync(file)) dotenv.config({ path: file, quiet: true });
  return process.env;
}

/** The curated alias file: ENLACE_ALIASES, else ./aliases.yml, else the one shipped with Enlace. */
export function aliasFilePath(env: NodeJS.ProcessEnv, cwd: string = process.cwd()): string | null {
  if (env.ENLACE_ALIASES) return resolve(cwd, env.ENLACE_ALIASES);
  for (const candidate of [join(cwd, 'aliases.yml'), join(PACKAGE_ROOT, 'aliases.yml')]) {
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

/** ENLACE_DATA_DIR, absolute: the embedded database, the API token and uploads live there. */
export function databaseConfigDataDir(env: NodeJS.ProcessEnv, cwd: string = process.cwd()): string {
  return resolve(cwd, env.ENLACE_DATA_DIR?.trim() || './data');
}

/** The curation file: ENLACE_CURATIONS, else curations.jsonl in the data folder. */
export function curationFilePath(env: NodeJS.ProcessEnv, cwd: string = process.cwd()): string {
  const explicit = env.ENLACE_CURATIONS?.trim();
  return explicit ? resolve(cwd, explicit) : join(databaseConfigDataDir(env, cwd), 'curations.jsonl');
}
