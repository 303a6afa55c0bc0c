// The one place that runs queries: read or write transactions, sessions closed in finally, errors translated.
import neo4j from 'neo4j-driver';
import type {
  Driver,
  ManagedTransaction,
  Record as Neo4jRecord,
  Notification,
  Plan,
  Session,
  Transaction as DriverTransaction,
} from 'neo4j-driver';
import { DEFAULT_ANSWER_TIMEOUT_MS, probeDatabase, watchAnswers } from './answer';
import { DatabaseNotAnsweringError, QueryTimeoutError, translateDriverError } from './errors';
import { toPlain } from './values';

/** How long past its server-side timeout a read may run before the gateway stops waiting for it. */
const DEADLINE_GRACE_MS = 2_000;

/** Time limit of EXPLAIN: planning a query, however large, takes less. */
const EXPLAIN_TIMEOUT_MS = 10_000;

/** Most time the question "are you there?" may take once a query ran past its own time limit. */
const LATE_PROBE_MS = 5_000;

export interface QueryOptions {
  /** Transaction timeout enforced by the server; on expiry a QueryTimeoutError is thrown. */
  timeoutMs?: number;
  /** Keep at most this many rows; `truncated` says whether more existed. */
  maxRows?: number;
  /** Transaction metadata, visible in SHOW TRANSACTIONS and the query log. */
  metadata?: Record<string, unknown>;
  /**
   * Retry on transient errors, as the driver does by default (true). Researcher queries pass false: a
   * query stopped by the memory limit fails the same way every time, at once.
   */
  retry?: boolean;
}

/** A warning or hint from Neo4j (unknown label, unknown property, cartesian product, deprecation). */
export interface QueryNotification {
  code: string;
  title: string;
  description: string;
  /** WARNING, INFORMATION or UNKNOWN. */
  severity: string;
  /** Where in the query text it applies: offset from 0, line and column from 1. */
  position?: { offset: number; line: number; column: number };
}

/** One operator of an execution plan, as EXPLAIN gives it. */
export interface PlanOperator {
  /** Without the runtime suffix: "LoadCSV", "ProcedureCall", "ShowTransactions". */
  operatorType: string;
  /** The planner's one-line description: "db.labels() :: (label :: STRING)". */
  details: string;
  children: PlanOperator[];
}

export interface ExplainResult {
  queryType: QueryType;
  plan: PlanOperator | null;
  notifications: QueryNotification[];
  /** The database the query would run on (a USE clause changes it). */
  database: string | undefined;
}

export interface QueryResult<Row = Record<string, unknown>> {
  columns: string[];
  /** Plain data: nodes, relationships and paths converted by toPlain, integers as numbers. */
  rows: Row[];
  truncated: boolean;
  /** Update counters (nodesCreated, relationshipsCreated, propertiesSet, …), all zero for reads. */
  counters: Record<string, number>;
  /** Neo4j's notifications about the run. */
  notifications: QueryNotification[];
}

/** The statements of one explicit write transaction (see Gateway.transaction). */
export interface Transaction {
  run<Row = Record<string, unknown>>(
    query: string,
    params?: Record<string, unknown>,
  ): Promise<QueryResult<Row>>;
}

/** Neo4j's query types from EXPLAIN: read, read-write, write, schema. */
export type QueryType = 'r' | 'rw' | 'w' | 's';

export interface Gateway {
  readonly database: string | undefined;
  /** Runs in a READ transaction: any write fails with ReadOnlyViolationError. */
  read<Row = Record<string, unknown>>(
    query: string,
    params?: Record<string, unknown>,
    options?: QueryOptions,
  ): Promise<QueryResult<Row>>;
  /** Runs in a WRITE transaction (retried by the driver on transient errors). */
  write<Row = Record<string, unknown>>(
    query: string,
    params?: Record<string, unknown>,
    options?: QueryOptions,
  ): Promise<QueryResult<Row>>;
  /** The query's type from EXPLAIN, without running it (syntax errors throw QueryError). */
  queryType(query: string, params?: Record<string, unknown>): Promise<QueryType>;
  /**
   * Plans `query` without running it: its type, plan and notifications. `query` is sent as it is,
   * so it must start with EXPLAIN.
   */
  explain(query: string, params?: Record<string, unknown>): Promise<ExplainResult>;
  /**
   * Runs several statements in one WRITE transaction: committed when `work` resolves, rolled back when it
   * throws (its error is thrown as it is). Not retried, since `work` may act outside the database too.
   */
  transaction<T>(
    work: (tx: Transaction) => Promise<T>,
    options?: Pick<QueryOptions, 'timeoutMs' | 'metadata'>,
  ): Promise<T>;
}

/**
 * @example const gateway = createGateway(db.driver, db.database);
 *          const { rows } = await gateway.read('MATCH (p:Person) RETURN p.name AS name', {}, { maxRows: 100 });
 */
export function createGateway(
  driver: Driver,
  database: string | undefined,
  options: {
    debug?: (message: string) => void;
    /** How long to wait for the database to answer at all (ENLACE_DB_TIMEOUT); default 30 s. */
    answerTimeoutMs?: number;
  } = {},
): Gateway {
  const answerTimeoutMs = options.answerTimeoutMs ?? DEFAULT_ANSWER_TIMEOUT_MS;
  const watched = <T>(work: Promise<T>, context: string): Promise<T> =>
    watchAnswers(work, { driver, database, timeoutMs: answerTimeoutMs, context });
  // A query past its own limit is either costly (the server is working) or lost on a silent server.
  const late = async (waitedMs: number, costly: () => Error, context: string): Promise<Error> => {
    const probeMs = Math.min(answerTimeoutMs, LATE_PROBE_MS);
    return (await probeDatabase(driver, database, probeMs)) === 'silent'
      ? new DatabaseNotAnsweringError(waitedMs + probeMs, context)
      : costly();
  };
  const run = async <Row>(
    mode: 'READ' | 'WRITE',
    query: string,
    params: Record<string, unknown>,
    queryOptions: QueryOptions,
  ): Promise<QueryResult<Row>> => {
    options.debug?.(`${mode} ${query} ${JSON.stringify(params)}`);
    const session = driver.session({
      database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    const config = { timeout: queryOptions.timeoutMs, metadata: queryOptions.metadata };
    const work = (tx: ManagedTransaction | DriverTransaction) =>
      collect<Row>(tx, query, params, queryOptions.maxRows);
    const context = mode === 'READ' ? 'read query' : 'write query';
    let abandoned = false;
    try {
      const running =
        queryOptions.retry === false
          ? once(session, config, work)
          : mode === 'READ'
            ? session.executeRead(work, config)
            : session.executeWrite(work, config);
      // Neo4j checks its timeout between rows; an expression that loops inside one row (a huge
      // reduce()) is not interrupted, so a read stops being waited for a little after its timeout.
      const deadline =
        mode === 'READ' && queryOptions.timeoutMs !== undefined
          ? queryOptions.timeoutMs + DEADLINE_GRACE_MS
          : undefined;
      return await withDeadline(watched(running, context), deadline, () => {
        abandoned = true;
        return late(
          deadline!,
          () =>
            new QueryTimeoutError(
              `The ${context} did not stop within ${Math.round(deadline! / 1000)} s and is no longer waited for.`,
            ),
          context,
        );
      });
    } catch (error) {
      const translated = translateDriverError(error, context);
      abandoned ||= translated instanceof DatabaseNotAnsweringError;
      throw translated;
    } finally {
      await release(session, abandoned);
    }
  };

  const explain = async (query: string, params: Record<string, unknown> = {}): Promise<ExplainResult> => {
    options.debug?.(`${query} ${JSON.stringify(params)}`);
    const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
    let abandoned = false;
    try {
      const planning = session.run(query, params, { timeout: EXPLAIN_TIMEOUT_MS });
      const { summary } = await withDeadline(
        watched(planning, 'EXPLAIN'),
        EXPLAIN_TIMEOUT_MS + DEADLINE_GRACE_MS,
        () =>
          late(
            EXPLAIN_TIMEOUT_MS + DEADLINE_GRACE_MS,
            () =>
              new QueryTimeoutError(`Planning the query took longer than ${EXPLAIN_TIMEOUT_MS / 1000} s.`),
            'EXPLAIN',
          ),
      );
      return {
        queryType: summary.queryType as QueryType,
        plan: summary.plan ? planOperator(summary.plan) : null,
        notifications: summary.notifications.map(notification),
        database: summary.database.name ?? undefined,
      };
    } catch (error) {
      const translated = translateDriverError(error, 'EXPLAIN');
      abandoned = translated instanceof DatabaseNotAnsweringError;
      throw translated;
    } finally {
      await release(session, abandoned);
    }
  };

  return {
    database,
    read: (query, params = {}, queryOptions = {}) => run('READ', query, params, queryOptions),
    write: (query, params = {}, queryOptions = {}) => run('WRITE', query, params, queryOptions),
    queryType: async (query, params = {}) => (await explain(`EXPLAIN ${query}`, params)).queryType,
    explain,
    async transaction(work, transactionOptions = {}) {
      options.debug?.('BEGIN');
      const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
      let abandoned = false;
      try {
        let tx: DriverTransaction;
        try {
          tx = session.beginTransaction({
            timeout: transactionOptions.timeoutMs,
            metadata: transactionOptions.metadata,
          });
        } catch (error) {
          throw translateDriverError(error, 'transaction');
        }
        const runner: Transaction = {
          run: async <Row>(query: string, params: Record<string, unknown> = {}) => {
            options.debug?.(`WRITE ${query} ${JSON.stringify(params)}`);
            try {
              return await watched(collect<Row>(tx, query, params, undefined), 'write query');
            } catch (error) {
              throw translateDriverError(error, 'write query');
            }
          },
        };
        let answer;
        try {
          answer = await work(runner);
        } catch (error) {
          abandoned = error instanceof DatabaseNotAnsweringError;
          // A silent server would never acknowledge the rollback; it rolls back when the connection goes.
          if (tx.isOpen() && !abandoned) await tx.rollback().catch(() => undefined);
          throw error;
        }
        try {
          await watched(tx.commit(), 'commit');
        } catch (error) {
          const translated = translateDriverError(error, 'commit');
          abandoned = translated instanceof DatabaseNotAnsweringError;
          throw translated;
        }
        return answer;
      } finally {
        await release(session, abandoned);
      }
    },
  };
}

/** Closes a session; an abandoned one (past its deadline, or on a silent server) in the background. */
async function release(session: Session, abandoned: boolean): Promise<void> {
  if (abandoned) session.close().catch(() => {});
  else await session.close();
}

/** One attempt in an explicit transaction: committed when the work succeeds, rolled back otherwise. */
async function once<T>(
  session: Session,
  config: { timeout?: number; metadata?: Record<string, unknown> },
  work: (tx: DriverTransaction) => Promise<T>,
): Promise<T> {
  const tx = session.beginTransaction(config);
  try {
    const result = await work(tx);
    await tx.commit();
    return result;
  } catch (error) {
    if (tx.isOpen()) await tx.rollback().catch(() => {});
    throw error;
  }
}

function withDeadline<T>(
  work: Promise<T>,
  ms: number | undefined,
  expired: () => Promise<Error>,
): Promise<T> {
  if (ms === undefined) return work;
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => void expired().then(reject), ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

function planOperator(plan: Plan): PlanOperator {
  const details = plan.arguments.Details;
  return {
    operatorType: plan.operatorType.replace(/@.*$/, ''),
    details: typeof details === 'string' ? details : '',
    children: plan.children.map(planOperator),
  };
}

function notification(n: Notification): QueryNotification {
  const position = 'offset' in n.position ? n.position : undefined;
  return {
    code: n.code,
    title: n.title,
    description: n.description,
    severity: n.severityLevel ?? 'UNKNOWN',
    ...(position
      ? { position: { offset: position.offset ?? 0, line: position.line ?? 1, column: position.column ?? 1 } }
      : {}),
  };
}

async function collect<Row>(
  tx: ManagedTransaction | DriverTransaction,
  query: string,
  params: Record<string, unknown>,
  maxRows: number | undefined,
): Promise<QueryResult<Row>> {
  const result = tx.run(query, params);
  const rows: Row[] = [];
  let truncated = false;
  for await (const record of result as AsyncIterable<Neo4jRecord>) {
    if (maxRows !== undefined && rows.length >= maxRows) {
      truncated = true;
      break; // leaving the loop discards the rest of the stream
    }
    rows.push(toPlain(record.toObject()) as Row);
  }
  const [columns, summary] = await Promise.all([result.keys(), result.summary()]);
  return {
    columns: [...columns],
    rows,
    truncated,
    counters: { ...summary.counters.updates() },
    notifications: summary.notifications.map(notification),
  };
}
