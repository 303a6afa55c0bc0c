// translateDriverError: the driver's errors (as neo4j-driver builds them) become the named hierarchy.
import { expect } from 'chai';
import { Neo4jError } from 'neo4j-driver';
import type { DatabaseError } from '../../../server/db';
import {
  DatabaseNotAnsweringError,
  DatabaseUnavailableError,
  QueryError,
  QueryTimeoutError,
  translateDriverError,
} from '../../../server/db';

const driverError = (message: string, code: string) => new Neo4jError(message, code, '50N42', message);

describe('db/errors translateDriverError', () => {
  const cases: [string, unknown, new (...args: never[]) => DatabaseError, RegExp][] = [
    [
      "the pool's acquisition timeout (a handshake a frozen server never answers)",
      driverError(
        'Connection acquisition timed out in 3000 ms. Pool status: Active conn count = 0, Idle conn count = 0.',
        'N/A',
      ),
      DatabaseNotAnsweringError,
      /^The database did not answer within 3 s \(connecting\): .*ENLACE_DB_TIMEOUT/,
    ],
    [
      'a refused connection',
      driverError('connect ECONNREFUSED 127.0.0.1:7687', 'ServiceUnavailable'),
      DatabaseUnavailableError,
      /^Neo4j is not reachable \(connecting\)/,
    ],
    [
      'a server-side transaction timeout',
      driverError('terminated', 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration'),
      QueryTimeoutError,
      /ran out of time/,
    ],
    [
      'a syntax error',
      driverError('Invalid input', 'Neo.ClientError.Statement.SyntaxError'),
      QueryError,
      /^Invalid input$/,
    ],
  ];
  for (const [what, error, type, message] of cases) {
    it(`translates ${what}`, () => {
      const translated = translateDriverError(error, 'connecting');
      expect(translated).to.be.instanceOf(type);
      expect(translated.message).to.match(message);
    });
  }

  it('a silent database counts as unavailable (the API answers 503) and keeps its timeout', () => {
    const translated = translateDriverError(
      driverError('Connection acquisition timed out in 12500 ms.', 'N/A'),
      'query',
    ) as DatabaseNotAnsweringError;
    expect(translated).to.be.instanceOf(DatabaseUnavailableError);
    expect(translated.timeoutMs).to.equal(12_500);
    expect(translated.message).to.contain('within 12.5 s');
  });
});
