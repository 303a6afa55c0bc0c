// loadStop: which failed writes stop the whole load (every document would fail alike) and why; the
// messages are Neo4j 5's own, as a full disk and a stopped database gave them.
import { expect } from 'chai';
import { Neo4jError } from 'neo4j-driver';
import { LoadInterruptedError, loadStop, type LoadStop } from '../../../ingest/load';

const neo4jError = (message: string, code: string) => new Neo4jError(message, code, '50N42', message);

describe('load/errors loadStop', () => {
  const cases: [string, unknown, LoadStop | null][] = [
    [
      'the write that found the disk full',
      neo4jError(
        'Could not append transaction: Transaction #82 {started …, with 402 commands in this transaction} to log.',
        'Neo.DatabaseError.Transaction.TransactionLogError',
      ),
      'store-failed',
    ],
    [
      'every transaction after it',
      neo4jError(
        'The database has encountered a critical error, and needs to be restarted. Please see database logs for more details.',
        'Neo.DatabaseError.Transaction.TransactionStartFailed',
      ),
      'store-failed',
    ],
    [
      'an index that could not be flushed',
      neo4jError(
        'Errors when closing (flushing) index updaters: java.io.IOException: No space left on device',
        'Neo.DatabaseError.General.UnknownError',
      ),
      'store-failed',
    ],
    [
      'a refused connection',
      neo4jError('connect ECONNREFUSED 127.0.0.1:7687', 'ServiceUnavailable'),
      'connection-lost',
    ],
    [
      'a database that is stopped on a running server',
      neo4jError('Database neo4j is unavailable.', 'Neo.TransientError.General.DatabaseUnavailable'),
      'connection-lost',
    ],
    [
      'a constraint broken by one document',
      neo4jError(
        'Node(12) already exists with label `Person`',
        'Neo.ClientError.Schema.ConstraintValidationFailed',
      ),
      null,
    ],
    ['an endpoint missing in one document', new Error('only 3 of 4 SIGNED_WITH rows were written'), null],
  ];
  for (const [what, error, stop] of cases) {
    it(`${what}: ${stop ?? 'the document alone fails'}`, () => expect(loadStop(error)).to.equal(stop));
  }

  it('a full disk is said with what to do, and how much was written', () => {
    const error = new LoadInterruptedError(120, 400, cases[0]![1], 'store-failed');
    expect(error.message).to.match(
      /^ingest\/load: Neo4j could not write to its store during the load, after 120 of 400/,
    );
    expect(error.message).to.contain('free space there');
    expect(error.message).to.contain('restart the database');
  });
});
