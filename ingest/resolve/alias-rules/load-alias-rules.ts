// Reads the curated alias file from disk; a missing file means no curated rules.
import { readFile } from 'node:fs/promises';
import type { AliasRules } from '../types';
import { parseAliasRules } from './parse-alias-rules';

/**
 * Loads and validates aliases.yml.
 *
 * @example
 * const rules = await loadAliasRules('aliases.yml');
 * @throws AliasRulesError when the file is invalid (file, line and field in the message)
 */
export async function loadAliasRules(path: string): Promise<AliasRules> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      return { file: path, merge: [], split: [], rename: [] };
    throw error;
  }
  return parseAliasRules(text, path);
}
