// GET and POST /api/export: which subgraph, in which format.
import { z } from 'zod';
import { CypherParams } from './cypher';
import { EntityId, listParam, text } from './common';

export const EXPORT_FORMAT_NAMES = [
  'graphml',
  'gexf',
  'cyjs',
  'json',
  'csv',
  'csv-nodes',
  'csv-edges',
] as const;

export const ExportFormatName = z.enum(EXPORT_FORMAT_NAMES).meta({
  id: 'ExportFormat',
  description:
    'graphml (yEd, Gephi, Cytoscape Desktop), gexf (Gephi), cyjs (Cytoscape JSON), json (nodes, relationships ' +
    'and the documents they cite), csv (a zip of nodes.csv and edges.csv for Gephi), csv-nodes or csv-edges ' +
    '(one table).',
});

export const MAX_EXPORT_IDS = 2000;
/** Ids a GET may name: a URL stays within the server's header limit; POST takes up to MAX_EXPORT_IDS. */
export const MAX_EXPORT_IDS_IN_URL = 50;

const selection = {
  format: ExportFormatName.default('graphml'),
  around: text(300)
    .min(1)
    .optional()
    .meta({
      description:
        'The neighbourhood of this entity: its id, or a name, alias or acronym that names exactly one entity ' +
        '(409 lists the candidates otherwise).',
      example: 'IMSS',
    }),
  title: text(200)
    .optional()
    .meta({ description: 'A title written into the file and used for its name.', example: 'Around IMSS' }),
};

const depth = (coerce: boolean) =>
  (coerce ? z.coerce.number() : z.number())
    .int()
    .min(1)
    .max(4)
    .optional()
    .meta({ description: 'Steps from `around` (default 1).' });
const limit = (coerce: boolean) =>
  (coerce ? z.coerce.number() : z.number())
    .int()
    .min(1)
    .max(10_000)
    .optional()
    .meta({ description: 'Most nodes with `around` (default 2000); the most connected are kept.' });

export const ExportQuery = z.object({
  ...selection,
  ids: listParam(EntityId, MAX_EXPORT_IDS_IN_URL)
    .optional()
    .meta({
      description: `These entities and the facts among them (repeat or separate by commas; at most ${MAX_EXPORT_IDS_IN_URL}, POST takes up to ${MAX_EXPORT_IDS}).`,
    }),
  depth: depth(true),
  limit: limit(true),
});

export const ExportBody = z.object({
  ...selection,
  ids: z
    .array(EntityId)
    .min(1)
    .max(MAX_EXPORT_IDS)
    .optional()
    .meta({ description: 'These entities and the facts among them.' }),
  depth: depth(false),
  limit: limit(false),
  query: text(100_000).min(1).optional().meta({
    description:
      'A read-only query: every node, relationship and path it returns (same rules as /api/cypher).',
    example: 'MATCH p = (:Person)-[:SIGNED]->(:Agreement) RETURN p',
  }),
  params: CypherParams.optional(),
});
