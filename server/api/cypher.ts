// POST /api/cypher: read-only Cypher for the app's console and for scripts; GET /api/cypher/examples:
// the named examples of cypher/examples.cypher.
import { CypherExamples, CypherRequest, CypherResult } from '../../model/api/cypher';
import { runCypher } from '../services/cypher';
import { loadExamples } from '../services/cypher-examples';
import { apiRoute } from './context';
import { problemResponse as problem, requestProblem } from './query-problem';

export const cypherRoute = apiRoute({
  method: 'post',
  path: '/cypher',
  operationId: 'runCypher',
  summary: 'Run a read-only Cypher query',
  description:
    'Runs one read-only statement with parameters and returns its rows, the nodes and relationships found ' +
    "in them as Cytoscape elements, and Neo4j's warnings (an unknown label or property). Enforced in depth: " +
    "EXPLAIN's query type must be read; LOAD CSV, CALL { } IN TRANSACTIONS, administration and transaction " +
    'commands and procedures outside db.labels, db.relationshipTypes, db.propertyKeys, db.schema.* and the ' +
    'full-text queries are refused (403); the query runs in a READ transaction with a time limit, a memory ' +
    'limit and a row cap (422 when exceeded).',
  tag: 'query',
  body: CypherRequest,
  responses: {
    200: { description: 'The rows and the graph they hold.', schema: CypherResult },
    400: problem('The query does not parse or plan (the position is in the detail) or the body is invalid.'),
    403: problem('The query writes, or uses something refused here; the detail names it.'),
    422: problem('The query ran out of time or memory.'),
  },
  handle: async ({ body }, ctx) => {
    try {
      return await runCypher(ctx.gateway, body, {
        timeoutMs: ctx.settings.queryTimeoutMs,
        maxRows: ctx.settings.maxRows,
      });
    } catch (error) {
      throw requestProblem(error, 'body');
    }
  },
});

export const cypherExamplesRoute = apiRoute({
  method: 'get',
  path: '/cypher/examples',
  operationId: 'cypherExamples',
  summary: 'Example queries for the console',
  description: 'The named examples of cypher/examples.cypher, with values for their parameters.',
  tag: 'query',
  responses: { 200: { description: 'Every example, in file order.', schema: CypherExamples } },
  handle: () => Promise.resolve({ items: loadExamples() }),
});
