// The one read-only guard for researcher Cypher (the API's console, `enlace query`, exports by query).
// In depth: EXPLAIN must call it a read ('r'); its plan must hold no LOAD CSV (it reads the server's
// files and fetches URLs), no CALL { } IN TRANSACTIONS, no administration or transaction command (SHOW,
// TERMINATE, CREATE/DROP INDEX…, which EXPLAIN also calls reads) and no procedure outside a short
// allow-list; then it runs in a READ transaction with a server-side timeout, a row cap and a size cap,
// without retries. The database's own limits (db.memory.transaction.max) stop what gets past all that.
import neo4j from 'neo4j-driver';
import {
  QueryError,
  QueryMemoryError,
  QueryRefusedError,
  QueryTimeoutError,
  type ExplainResult,
  type Gateway,
  type PlanOperator,
  type QueryNotification,
  type QueryResult,
  type QueryType,
} from '../db';
import { explainText, rewriteMessage, userPosition, type ExplainText } from './query-text';

/** Procedures a read-only query may call: schema discovery and the full-text indexes. */
export const ALLOWED_PROCEDURES: readonly string[] = [
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.schema.*',
  'db.index.fulltext.queryNodes',
  'db.index.fulltext.queryRelationships',
];

export const READ_DEFAULTS = {
  timeoutMs: 30_000,
  maxRows: 10_000,
  /** Most bytes of rows (as JSON) a query may return. */
  maxBytes: 64 * 1024 * 1024,
} as const;

export interface ReadOnlyOptions {
  timeoutMs?: number;
  maxRows?: number;
  maxBytes?: number;
  metadata?: Record<string, unknown>;
}

export interface ReadOnlyResult extends QueryResult {
  queryType: QueryType;
  /** Planner and run notifications, positioned in the query as given. */
  notifications: QueryNotification[];
}

/** A syntax or semantic error, with its position in the query as the researcher typed it. */
export class QuerySyntaxError extends QueryError {
  constructor(
    message: string,
    readonly position: { offset: number; line: number; column: number } | undefined,
    options: { cause?: unknown; code?: string } = {},
  ) {
    super(message, options);
  }
}

const ALLOWED_TEXT =
  'db.labels, db.relationshipTypes, db.propertyKeys, db.schema.*, db.index.fulltext.queryNodes and ' +
  'db.index.fulltext.queryRelationships';

/** "TerminateTransactions" -> "TERMINATE TRANSACTIONS", as the researcher wrote it. */
function commandName(operator: string): string {
  return operator.replace(/([a-z])([A-Z])/g, '$1 $2').toUpperCase();
}

/** Plan operators that are refused whatever the query type, each with the reason given. */
const REFUSED_OPERATORS: { match: RegExp; refuse(operator: PlanOperator): QueryRefusedError }[] = [
  {
    match: /^LoadCSV$/,
    refuse: () =>
      new QueryRefusedError(
        'LOAD CSV is not allowed here: it reads files on the database server and fetches URLs. ' +
          'Add documents with "enlace ingest" or the upload API instead.',
        'LOAD CSV',
      ),
  },
  {
    match: /^Transaction(Apply|Foreach)$/,
    refuse: () =>
      new QueryRefusedError(
        'CALL { … } IN TRANSACTIONS is not allowed here: it commits batches of its own. ' +
          'Use a plain CALL { … } subquery.',
        'CALL { … } IN TRANSACTIONS',
      ),
  },
  {
    // Administration and transaction commands: SHOW …, TERMINATE …, CREATE/DROP INDEX and CONSTRAINT,
    // ALTER/START/STOP DATABASE, GRANT/DENY/REVOKE… (EXPLAIN reports several of them as reads).
    match:
      /^(Show|Terminate|Create|Drop|Alter|Rename|Grant|Deny|Revoke|Start|Stop|Enable|Deallocate|Reallocate|Wait|Log|System|DoNothing)[A-Z]/,
    refuse: (operator) =>
      new QueryRefusedError(
        `${commandName(operator.operatorType)} is not allowed here: administration and transaction ` +
          'commands (SHOW …, TERMINATE …, CREATE or DROP INDEX and CONSTRAINT …) are refused. For the ' +
          'schema, CALL db.schema.visualization() or db.labels().',
        commandName(operator.operatorType),
      ),
  },
];

/** The procedure a ProcedureCall operator calls: "db.labels() :: (label :: STRING)" -> "db.labels". */
export function procedureName(details: string): string {
  return details.split('(')[0]!.trim();
}

export function isAllowedProcedure(name: string): boolean {
  return ALLOWED_PROCEDURES.some((allowed) =>
    allowed.endsWith('.*') ? name.startsWith(allowed.slice(0, -1)) : name === allowed,
  );
}

function* operators(plan: PlanOperator | null): Generator<PlanOperator> {
  if (!plan) return;
  yield plan;
  for (const child of plan.children) yield* operators(child);
}

/**
 * Why a planned query may not run read-only, or null when it may.
 * @example refusal({ queryType: 'r', plan: { operatorType: 'LoadCSV', … } }, 'neo4j')?.refused // 'LOAD CSV'
 */
export function refusal(explained: ExplainResult, database: string | undefined): QueryRefusedError | null {
  for (const operator of operators(explained.plan)) {
    const rule = REFUSED_OPERATORS.find((r) => r.match.test(operator.operatorType));
    if (rule) return rule.refuse(operator);
    if (operator.operatorType === 'ProcedureCall') {
      const name = procedureName(operator.details);
      if (!isAllowedProcedure(name)) {
        return new QueryRefusedError(
          `The procedure ${name} is not allowed here; read-only queries may call ${ALLOWED_TEXT}.`,
          name,
        );
      }
    }
  }
  if (explained.queryType === 's') {
    return new QueryRefusedError(
      'Only read queries are allowed here; this query changes the schema or administers the database (an ' +
        'index, a constraint, a database command such as SHOW DATABASES, or a dbms procedure).',
      'schema change',
    );
  }
  if (explained.queryType !== 'r') {
    return new QueryRefusedError(
      'Only read queries are allowed here; this query writes to the graph (CREATE, MERGE, SET, DELETE, ' +
        'REMOVE or a writing procedure). Use MATCH … RETURN to read.',
      'write',
    );
  }
  if (database !== undefined && explained.database !== undefined && explained.database !== database) {
    return new QueryRefusedError(
      `Queries run on the "${database}" database only; remove the USE clause.`,
      `USE ${explained.database}`,
    );
  }
  return null;
}

/**
 * Parameters as Neo4j expects them from JSON: whole numbers become integers (as in Neo4j's own HTTP
 * API), so `LIMIT $n` and `range(1, $n)` work with `{"n": 10}`.
 */
export function cypherParams(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(cypherParams);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cypherParams(v)]));
  }
  return value;
}

function moveNotification(query: string, planned: ExplainText, n: QueryNotification): QueryNotification {
  return n.position ? { ...n, position: userPosition(query, planned, n.position.offset) } : n;
}

function distinct(notifications: QueryNotification[]): QueryNotification[] {
  const seen = new Set<string>();
  return notifications.filter((n) => {
    const key = `${n.code}|${n.position?.offset ?? ''}|${n.description}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Plans the query and throws QueryRefusedError unless it may run read-only; syntax errors come back
 * as QuerySyntaxError positioned in `query` itself. Returns the plan's facts and notifications.
 */
export async function checkReadOnly(
  gateway: Gateway,
  query: string,
  params: Record<string, unknown> = {},
): Promise<ExplainResult> {
  const planned = explainText(query);
  let explained: ExplainResult;
  try {
    explained = await gateway.explain(planned.text, cypherParams(params) as Record<string, unknown>);
  } catch (error) {
    if (!(error instanceof QueryError)) throw error;
    const { message, position } = rewriteMessage(query, planned, error.message);
    throw new QuerySyntaxError(message, position, { cause: error, code: error.code });
  }
  const refused = refusal(explained, gateway.database);
  if (refused) throw refused;
  return {
    ...explained,
    notifications: explained.notifications.map((n) => moveNotification(query, planned, n)),
  };
}

/** Timeouts and memory limits reworded to say what to do; other errors as they are. */
function costly(error: unknown, timeoutMs: number): unknown {
  const advice = 'narrow it (a label, a WHERE, a LIMIT) or return less (count(), size(), fewer columns)';
  if (error instanceof QueryTimeoutError) {
    return new QueryTimeoutError(
      `The query ran longer than the ${timeoutMs / 1000} s allowed and was stopped: ${advice}.`,
      { cause: error, code: error.code },
    );
  }
  if (error instanceof QueryMemoryError) {
    const detail = error.message.replace(/^.*?stopped: /, '');
    return new QueryMemoryError(
      `The query needed more memory than one query may use and was stopped: ${advice}. (${detail})`,
      { cause: error, code: error.code },
    );
  }
  return error;
}

function jsonBytes(rows: readonly unknown[]): number {
  let bytes = 0;
  for (const row of rows) bytes += JSON.stringify(row)?.length ?? 0;
  return bytes;
}

/**
 * Runs a researcher's query if, and only if, it is read-only.
 *
 * @example const { columns, rows, notifications } = await runReadOnly(gateway, 'MATCH (p:Person) RETURN p.name', {});
 */
export async function runReadOnly(
  gateway: Gateway,
  query: string,
  params: Record<string, unknown> = {},
  options: ReadOnlyOptions = {},
): Promise<ReadOnlyResult> {
  const explained = await checkReadOnly(gateway, query, params);
  const timeoutMs = options.timeoutMs ?? READ_DEFAULTS.timeoutMs;
  const result = await gateway
    .read(query, cypherParams(params) as Record<string, unknown>, {
      timeoutMs,
      maxRows: options.maxRows ?? READ_DEFAULTS.maxRows,
      metadata: { app: 'enlace', op: 'read-only query', ...options.metadata },
      retry: false,
    })
    .catch((error: unknown) => {
      throw costly(error, timeoutMs);
    });
  const maxBytes = options.maxBytes ?? READ_DEFAULTS.maxBytes;
  const bytes = jsonBytes(result.rows);
  if (bytes > maxBytes) {
    throw new QueryMemoryError(
      `The result is too large to send (${Math.round(bytes / 1048576)} MB, at most ` +
        `${Math.round(maxBytes / 1048576)} MB): return fewer or smaller values (LIMIT, size(), count()).`,
    );
  }
  return {
    ...result,
    queryType: explained.queryType,
    notifications: distinct([...explained.notifications, ...result.notifications]),
  };
}
