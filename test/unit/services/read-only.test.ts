// The guard's decisions on plans as EXPLAIN gives them (shapes verified against Neo4j 5.26).
import { expect } from 'chai';
import neo4j from 'neo4j-driver';
import type { ExplainResult, PlanOperator, QueryType } from '../../../server/db';
import { QueryRefusedError } from '../../../server/db';
import { cypherParams, isAllowedProcedure, procedureName, refusal } from '../../../server/services/read-only';

const op = (operatorType: string, details = '', children: PlanOperator[] = []): PlanOperator => ({
  operatorType,
  details,
  children,
});
const planned = (queryType: QueryType, ...operators: PlanOperator[]): ExplainResult => ({
  queryType,
  plan: op('ProduceResults', '', operators),
  notifications: [],
  database: 'neo4j',
});

describe('services/read-only', () => {
  // [what, plan, what the refusal names (null: allowed)]
  const cases: [string, ExplainResult, string | null][] = [
    ['a plain read', planned('r', op('AllNodesScan', 'n')), null],
    ['a write', planned('w', op('EmptyResult', '', [op('Create', '(n)')])), 'write'],
    ['a read-write', planned('rw', op('SetProperty', 'n.x = 1', [op('AllNodesScan')])), 'write'],
    ['a schema command', planned('s', op('CreateIndex', 'RANGE INDEX foo')), 'CREATE INDEX'],
    ['LOAD CSV (a read to EXPLAIN)', planned('r', op('LoadCSV', 'l')), 'LOAD CSV'],
    [
      'TERMINATE TRANSACTIONS (a read to EXPLAIN)',
      planned('r', op('TerminateTransactions')),
      'TERMINATE TRANSACTIONS',
    ],
    ['SHOW TRANSACTIONS', planned('r', op('ShowTransactions')), 'SHOW TRANSACTIONS'],
    ['SHOW SETTINGS', planned('r', op('ShowSettings')), 'SHOW SETTINGS'],
    ['DROP CONSTRAINT', planned('s', op('DropConstraint')), 'DROP CONSTRAINT'],
    [
      'IN TRANSACTIONS deep in the plan',
      planned('r', op('Projection', '', [op('TransactionApply')])),
      'CALL { … } IN TRANSACTIONS',
    ],
    ['TransactionForeach', planned('w', op('TransactionForeach')), 'CALL { … } IN TRANSACTIONS'],
    ['db.labels', planned('r', op('ProcedureCall', 'db.labels() :: (label :: STRING)')), null],
    [
      'db.schema.visualization',
      planned('r', op('ProcedureCall', 'db.schema.visualization() :: (nodes)')),
      null,
    ],
    [
      'a full-text query',
      planned('r', op('ProcedureCall', 'db.index.fulltext.queryNodes($a, $b) :: (node :: NODE)')),
      null,
    ],
    [
      'db.stats.collect (a read)',
      planned('r', op('ProcedureCall', 'db.stats.collect($a) :: (section)')),
      'db.stats.collect',
    ],
    [
      'dbms.components',
      planned('s', op('ProcedureCall', 'dbms.components() :: (name :: STRING)')),
      'dbms.components',
    ],
    ['db.createLabel', planned('w', op('ProcedureCall', 'db.createLabel($a) :: ()')), 'db.createLabel'],
    ['db.schemas (not db.schema.*)', planned('r', op('ProcedureCall', 'db.schemas() :: ()')), 'db.schemas'],
    ['another database', { ...planned('r', op('AllNodesScan')), database: 'other' }, 'USE other'],
    ['a StatefulShortestPath read', planned('r', op('StatefulShortestPath')), null],
  ];
  for (const [what, explained, refused] of cases) {
    it(`${refused ? 'refuses' : 'allows'} ${what}`, () => {
      const found = refusal(explained, 'neo4j');
      if (refused === null) expect(found, what).to.equal(null);
      else {
        expect(found, what).to.be.instanceOf(QueryRefusedError);
        expect(found!.refused, what).to.equal(refused);
        expect(found!.message, what).to.match(/not allowed|Only read queries|database only/);
      }
    });
  }

  it('reads the procedure name from the plan details', () => {
    expect(
      procedureName('db.index.fulltext.queryNodes($autostring_0, $autostring_1) :: (node :: NODE)'),
    ).to.equal('db.index.fulltext.queryNodes');
    expect(isAllowedProcedure('db.schema.nodeTypeProperties')).to.equal(true);
    expect(isAllowedProcedure('db.labelsX')).to.equal(false);
  });

  it('sends whole numbers as integers, other values as they are', () => {
    const params = cypherParams({ n: 3, x: 1.5, list: [1, 'a'], map: { k: 2 }, none: null }) as Record<
      string,
      unknown
    >;
    expect(neo4j.isInt(params.n)).to.equal(true);
    expect(params.x).to.equal(1.5);
    expect(neo4j.isInt((params.list as unknown[])[0])).to.equal(true);
    expect((params.list as unknown[])[1]).to.equal('a');
    expect(neo4j.isInt((params.map as Record<string, unknown>).k)).to.equal(true);
    expect(params.none).to.equal(null);
  });
});
