// The write lock under contention in one process, against the real database: every writer gets its turn,
// never two at once, and a release that deletes the lock node while another writer claims it is no error.
import { expect } from 'chai';
import { withWriteLock } from '../../../server/db';
import { clearGraph, testDatabase } from '../../helpers/database-hooks';

describe('db: the write lock under contention (real Neo4j)', () => {
  before(clearGraph);

  it('gives twelve writers one turn each, one at a time, and leaves no lock node', async () => {
    const { driver, database } = testDatabase();
    let inside = 0;
    let most = 0;
    const turns: number[] = [];
    const writer = (n: number) =>
      withWriteLock(driver, database, { owner: `writer ${n}`, pollMs: 5 }, async () => {
        inside++;
        most = Math.max(most, inside);
        await new Promise((resolve) => setTimeout(resolve, 2));
        turns.push(n);
        inside--;
      });
    // several rounds: each release deletes the node while the waiting writers are claiming it
    for (let round = 0; round < 2; round++)
      await Promise.all(Array.from({ length: 12 }, (_, n) => writer(n)));
    expect(turns).to.have.length(24);
    expect(most, 'writers inside at once').to.equal(1);
    const left = await driver.executeQuery('MATCH (l:EnlaceLock) RETURN count(l) AS n', {}, { database });
    expect(Number(left.records[0]!.get('n'))).to.equal(0);
  });
});
