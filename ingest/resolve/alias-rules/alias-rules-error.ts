// The error of an invalid alias file: names the file, the line when known, and the field.

export class AliasRulesError extends Error {
  override readonly name = 'AliasRulesError';

  constructor(
    readonly file: string,
    readonly line: number | null,
    /** Dotted path of the offending field, e.g. "merge[0].aliases"; empty for syntax errors. */
    readonly field: string,
    readonly detail: string,
  ) {
    super(`${file}${line === null ? '' : `:${line}`}: ${field ? `${field}: ` : ''}${detail}`);
  }
}
