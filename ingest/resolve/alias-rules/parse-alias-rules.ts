// Parses and validates the curated alias file; every error names the file, line and field.
import yaml from 'js-yaml';
import { curatedKey } from '../internal/curated';
import type { AliasRules, CuratedName } from '../types';
import { AliasRulesError } from './alias-rules-error';
import { lineOf } from './line-of';
import { aliasFileSchema } from './schema';

function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (text, segment) =>
      typeof segment === 'number'
        ? `${text}[${segment}]`
        : text
          ? `${text}.${String(segment)}`
          : String(segment),
    '',
  );
}

/**
 * Reads aliases.yml text into AliasRules.
 *
 * @example
 * parseAliasRules('merge:\n  - label: Person\n    name: Leonel Antonio Flores Sosa\n    aliases: [Leonel Flores]\n', 'aliases.yml');
 * @throws AliasRulesError naming the file, the line and the field, e.g. "aliases.yml:3: merge[0].label: ..."
 */
export function parseAliasRules(text: string, file: string): AliasRules {
  let data: unknown;
  try {
    data = yaml.safeLoad(text, { filename: file });
  } catch (error) {
    const mark = (error as { mark?: { line?: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? String(error);
    throw new AliasRulesError(
      file,
      typeof mark?.line === 'number' ? mark.line + 1 : null,
      '',
      `invalid YAML: ${reason}`,
    );
  }
  const parsed = aliasFileSchema.safeParse(data);
  if (!parsed.success) {
    // A misspelt key is the likeliest cause of the other issues: report it first.
    const issues = parsed.error.issues;
    const issue = issues.find((candidate) => candidate.code === 'unrecognized_keys') ?? issues[0]!;
    const path = issue.path;
    throw new AliasRulesError(file, lineOf(text, path), fieldPath(path) || '(top level)', issue.message);
  }
  const rules: AliasRules = {
    file,
    merge: (parsed.data?.merge ?? []).map((entry, index) => ({
      ...entry,
      line: lineOf(text, ['merge', index]) ?? undefined,
    })),
    split: (parsed.data?.split ?? []).map((entry, index) => ({
      label: entry.label,
      names: entry.names.map((item): CuratedName => (typeof item === 'string' ? { name: item } : item)),
      line: lineOf(text, ['split', index]) ?? undefined,
    })),
    rename: (parsed.data?.rename ?? []).map((entry, index) => ({
      ...entry,
      line: lineOf(text, ['rename', index]) ?? undefined,
    })),
  };
  checkConflicts(rules, text, file);
  return rules;
}

/** A split entry whose names one merge entry joins contradicts itself: refuse it. */
function checkConflicts(rules: AliasRules, text: string, file: string): void {
  rules.split.forEach((split, index) => {
    const keys = split.names.map((item) => curatedKey(split.label, item.name));
    for (const merge of rules.merge) {
      if (merge.label !== split.label) continue;
      const merged = new Set([merge.name, ...merge.aliases].map((name) => curatedKey(merge.label, name)));
      const both = [...new Set(keys.filter((key) => merged.has(key)))];
      if (both.length > 1) {
        throw new AliasRulesError(
          file,
          lineOf(text, ['split', index, 'names']),
          `split[${index}].names`,
          `names ${both.map((key) => `"${key}"`).join(' and ')} are also merged by the merge entry "${merge.name}"`,
        );
      }
    }
  });
}
