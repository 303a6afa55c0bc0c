// The one place that runs queries: read or write transactions, sessions closed in finally, errors translated.
import neo4j from 'neo4j-driver';
import type { Driver, Record as Neo4jRecord, Result } from 'neo4j-driver';
import { translateDriverError } from './errors';
import { toPlain } from './values';

export interface QueryOptions {
  /** Transaction timeout enforced by the server; on expiry a QueryTimeoutError is thrown. */
  timeoutMs?: number;
  /** Keep at most this many rows; `truncated` says whether more existed. */
  maxRows?: number;
  /** Transaction metadata, visible in SHOW TRANSACTIONS and the query log. */
  metadata?: Record<string, unknown>;
}

export interface QueryResult<Row = Record<string, unknown>> {
  columns: string[];
  /** Plain data: nodes, relationships and paths converted by toPlain, integers as numbers. */
  rows: Row[];
  truncated: boolean;
  /** Update counters (nodesCreated, relationshipsCreated, propertiesSet, …), all zero for reads. */
  counters: Record<string, number>;
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
  options: { debug?: (message: string) => void } = {},
): Gateway {
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
    const work = (tx: Runner) => collect<Row>(tx, query, params, queryOptions.maxRows);
    try {
      return mode === 'READ'
        ? await session.executeRead(work, config)
        : await session.executeWrite(work, config);
    } catch (error) {
      throw translateDriverError(error, mode === 'READ' ? 'read query' : 'write query');
    } finally {
      await session.close();
    }
  };

  return {
    database,
    read: (query, params = {}, queryOptions = {}) => run('READ', query, params, queryOptions),
    write: (query, params = {}, queryOptions = {}) => run('WRITE', query, params, queryOptions),
    async queryType(query, params = {}) {
      const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
      try {
        const result = await session.run(`EXPLAIN ${query}`, params);
        return result.summary.queryType as QueryType;
      } catch (error) {
        throw translateDriverError(error, 'EXPLAIN');
      } finally {
        await session.close();
      }
    },
    async transaction(work, transactionOptions = {}) {
      options.debug?.('BEGIN');
      const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
      try {
        let tx;
        try {
          tx = await session.beginTransaction({
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
              return await collect<Row>(tx, query, params, undefined);
            } catch (error) {
              throw translateDriverError(error, 'write query');
            }
          },
        };
        let answer;
        try {
          answer = await work(runner);
        } catch (error) {
          if (tx.isOpen()) await tx.rollback().catch(() => undefined);
          throw error;
        }
        try {
          await tx.commit();
        } catch (error) {
          throw translateDriverError(error, 'commit');
        }
        return answer;
      } finally {
        await session.close();
      }
    },
  };
}

interface Runner {
  run(query: string, params: Record<string, unknown>): Result;
}

async function collect<Row>(
  tx: Runner,
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
  return { columns: [...columns], rows, truncated, counters: { ...summary.counters.updates() } };
}
