// Applies cypher/schema.cypher (constraints, indexes, the full-text index) and reports what exists.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Driver } from 'neo4j-driver';
import { translateDriverError } from './errors';

export const SCHEMA_FILE = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'cypher',
  'schema.cypher',
);

/** The statements of a .cypher file: `//` comment lines dropped, split on `;` at line ends. */
export function schemaStatements(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(/;\s*$/m)
    .map((statement) => statement.trim())
    .filter(Boolean);
}

/**
 * Runs every schema statement (each is IF NOT EXISTS, so this is safe at every start), then waits until
 * the indexes are online. Returns the statements run.
 * @example await applySchema(db.driver, db.database);
 */
export async function applySchema(
  driver: Driver,
  database: string | undefined,
  options: { schemaFile?: string; awaitSeconds?: number } = {},
): Promise<string[]> {
  const statements = schemaStatements(readFileSync(options.schemaFile ?? SCHEMA_FILE, 'utf8'));
  const session = driver.session({ database });
  try {
    // Schema commands cannot share a transaction with each other's effects: one auto-commit each.
    for (const statement of statements) await session.run(statement);
    await session.run('CALL db.awaitIndexes($seconds)', { seconds: options.awaitSeconds ?? 120 });
    return statements;
  } catch (error) {
    throw translateDriverError(error, 'applying cypher/schema.cypher');
  } finally {
    await session.close();
  }
}

export interface SchemaSummary {
  constraints: string[];
  indexes: { name: string; type: string; state: string; labels: string[]; properties: string[] }[];
}

/** Names of the constraints and indexes present (for status output and tests). */
export async function describeSchema(driver: Driver, database: string | undefined): Promise<SchemaSummary> {
  const session = driver.session({ database, defaultAccessMode: 'READ' });
  try {
    const constraints = await session.run('SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name');
    const indexes = await session.run(
      'SHOW INDEXES YIELD name, type, state, labelsOrTypes, properties ' +
        'RETURN name, type, state, labelsOrTypes, properties ORDER BY name',
    );
    return {
      constraints: constraints.records.map((r) => r.get('name') as string),
      indexes: indexes.records.map((r) => ({
        name: r.get('name') as string,
        type: r.get('type') as string,
        state: r.get('state') as string,
        labels: (r.get('labelsOrTypes') as string[] | null) ?? [],
        properties: (r.get('properties') as string[] | null) ?? [],
      })),
    };
  } catch (error) {
    throw translateDriverError(error, 'reading the schema');
  } finally {
    await session.close();
  }
}
