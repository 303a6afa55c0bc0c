// The planned text of a researcher's query and the way back to positions in the query as typed.
import { expect } from 'chai';
import {
  explainText,
  firstTokenOffset,
  positionAt,
  rewriteMessage,
} from '../../../server/services/query-text';

describe('services/query-text', () => {
  const first: [string, number][] = [
    ['MATCH (n)', 0],
    ['   MATCH (n)', 3],
    ['// a note\nMATCH (n)', 10],
    ['/* a */ /* b */ MATCH', 16],
    ['/* never closed', 15],
    ['// only a comment', 17],
  ];
  for (const [query, offset] of first) {
    it(`firstTokenOffset(${JSON.stringify(query)}) is ${offset}`, () => {
      expect(firstTokenOffset(query)).to.equal(offset);
    });
  }

  const planned: [string, string, number][] = [
    ['MATCH (n) RETURN n', 'EXPLAIN MATCH (n) RETURN n', 0],
    ['PROFILE CREATE (n)', 'EXPLAIN  CREATE (n)', 7],
    ['explain MATCH (n) RETURN n', 'EXPLAIN  MATCH (n) RETURN n', 7],
    ['/* x */ Profile MATCH (n)', 'EXPLAIN  MATCH (n)', 15],
    ['PROFILED_NODES', 'EXPLAIN PROFILED_NODES', 0],
  ];
  for (const [query, text, start] of planned) {
    it(`plans ${JSON.stringify(query)} as ${JSON.stringify(text)}`, () => {
      expect(explainText(query)).to.deep.equal({ text, start, prefix: 8 });
    });
  }

  it('positionAt counts lines and columns from 1', () => {
    expect(positionAt('ab\ncd', 0)).to.deep.equal({ offset: 0, line: 1, column: 1 });
    expect(positionAt('ab\ncd', 4)).to.deep.equal({ offset: 4, line: 2, column: 2 });
    expect(positionAt('ab', 99)).to.deep.equal({ offset: 2, line: 1, column: 3 });
  });

  it("rewrites Neo4j's location and quoted line for the query as typed", () => {
    const query = 'MATCH (n)\n  RETRUN n';
    const message =
      'Invalid input \'RETRUN\': expected … (line 2, column 3 (offset: 20))\n"  RETRUN n"\n   ^';
    expect(rewriteMessage(query, explainText(query), message)).to.deep.equal({
      message: 'Invalid input \'RETRUN\': expected … (line 2, column 3 (offset: 12))\n"  RETRUN n"\n   ^',
      position: { offset: 12, line: 2, column: 3 },
    });
  });

  it('rewrites a location on the first line, where EXPLAIN shifted the column', () => {
    const query = 'MATCH (n) RETRUN n';
    const message =
      'Invalid input \'RETRUN\' (line 1, column 19 (offset: 18))\n"EXPLAIN MATCH (n) RETRUN n"\n                   ^';
    expect(rewriteMessage(query, explainText(query), message).message).to.equal(
      'Invalid input \'RETRUN\' (line 1, column 11 (offset: 10))\n"MATCH (n) RETRUN n"\n           ^',
    );
  });

  it('leaves messages without a location as they are', () => {
    const query = 'CALL nothing()';
    expect(rewriteMessage(query, explainText(query), 'There is no procedure')).to.deep.equal({
      message: 'There is no procedure',
    });
  });
});
