// Curation: a researcher's corrections of the graph (merge, split an alias off, rename, aliases, label,
// wrong relationships), each recorded with why, when and by which token, undoable, and re-applied after
// every ingest. Requests are a union on `op`; a recorded edit carries the parameters it was applied with.
import { z } from 'zod';
import { EntityId, EntityLabel, EntitySummary, PageInfo, pageParams, text } from './common';

/** Every kind of edit, in the order the reference lists them. */
export const CURATION_OPS = [
  'merge',
  'rename',
  'add-alias',
  'remove-alias',
  'split-alias',
  'relabel',
  'delete-relationship',
  'restore-relationship',
] as const;
export type CurationOpName = (typeof CURATION_OPS)[number];

export const CurationOp = z.enum(CURATION_OPS).meta({ id: 'CurationOp' });

/** Why the edit is made: required, so that the log explains itself. */
export const CurationNote = text(2000).trim().min(1, 'say why: a non-empty note is required').meta({
  description: 'Why (required): what was wrong, and how you know.',
  example: 'EsSalud was IPSS until 1999.',
});

const Name = text(300).trim().min(1, 'must not be empty');
const Alias = text(300)
  .trim()
  .min(1, 'must not be empty')
  .meta({ description: 'A form of the name, as written.' });
export const RelationshipId = text(1000).min(1).meta({
  description: 'Stable relationship id `from|TYPE|to[|role]` (as the graph views name edges).',
  example:
    'person:leonel-antonio-flores-sosa|HOLDS_ROLE|institution:instituto-salvadoreno-del-seguro-social|titular',
});

// --- what each edit records (also the parameters of the curation file) -------------------------------

export const MergeParams = z
  .object({
    from: EntityId.meta({ description: 'The entity merged away: its id then redirects to `into`.' }),
    into: EntityId.meta({ description: 'The surviving entity: it keeps its id, name and label.' }),
  })
  .meta({ id: 'MergeParams' });
export const RenameParams = z.object({ id: EntityId, name: Name }).meta({ id: 'RenameParams' });
export const AliasParams = z.object({ id: EntityId, alias: Alias }).meta({ id: 'AliasParams' });
export const SplitAliasParams = z
  .object({
    id: EntityId,
    alias: Alias,
    newId: EntityId.meta({ description: 'Id of the entity the alias became.' }),
  })
  .meta({ id: 'SplitAliasParams' });
export const RelabelParams = z.object({ id: EntityId, label: EntityLabel }).meta({ id: 'RelabelParams' });
export const DeleteRelationshipParams = z
  .object({
    relationshipId: RelationshipId,
    sources: z.array(z.string()).meta({ description: 'Documents that stated it when it was deleted.' }),
    evidence: z.array(z.string()).meta({
      description:
        'Its evidence when it was deleted, as `document@start-end`: removed again if a later merge moves ' +
        'the same sentences onto another relationship.',
    }),
  })
  .meta({ id: 'DeleteRelationshipParams' });
export const RestoreRelationshipParams = z
  .object({
    relationshipId: RelationshipId,
    deletion: z.string().meta({ description: 'The curation that deleted it; it is no longer re-applied.' }),
  })
  .meta({ id: 'RestoreRelationshipParams' });

/** The parameters schema of each op. */
export const CURATION_PARAMS = {
  merge: MergeParams,
  rename: RenameParams,
  'add-alias': AliasParams,
  'remove-alias': AliasParams,
  'split-alias': SplitAliasParams,
  relabel: RelabelParams,
  'delete-relationship': DeleteRelationshipParams,
  'restore-relationship': RestoreRelationshipParams,
} as const satisfies Record<CurationOpName, z.ZodType>;

export type CurationParamsOf<Op extends CurationOpName> = z.infer<(typeof CURATION_PARAMS)[Op]>;

// --- requests -----------------------------------------------------------------------------------------

const request = <Op extends CurationOpName, Shape extends z.ZodRawShape>(op: Op, shape: Shape, id: string) =>
  z.strictObject({ op: z.literal(op), ...shape, note: CurationNote }).meta({ id });

export const CurationRequest = z
  .discriminatedUnion('op', [
    request('merge', { from: MergeParams.shape.from, into: MergeParams.shape.into }, 'MergeRequest'),
    request('rename', { id: EntityId, name: Name }, 'RenameRequest'),
    request('add-alias', { id: EntityId, alias: Alias }, 'AddAliasRequest'),
    request('remove-alias', { id: EntityId, alias: Alias }, 'RemoveAliasRequest'),
    request('split-alias', { id: EntityId, alias: Alias }, 'SplitAliasRequest'),
    request('relabel', { id: EntityId, label: EntityLabel }, 'RelabelRequest'),
    request('delete-relationship', { relationshipId: RelationshipId }, 'DeleteRelationshipRequest'),
    request('restore-relationship', { relationshipId: RelationshipId }, 'RestoreRelationshipRequest'),
  ])
  .meta({
    id: 'CurationRequest',
    description:
      'One edit, chosen by `op`, with a required `note`. Old ids of merged entities are followed to the ' +
      "surviving one (not a merge's `from`, which must be an entity of its own).",
  });
export type CurationRequest = z.infer<typeof CurationRequest>;

export const UndoRequest = z.strictObject({ note: CurationNote }).meta({ id: 'UndoRequest' });

// --- responses ----------------------------------------------------------------------------------------

const recorded = {
  id: z.string().meta({ description: 'Curation id (also in the curation file).' }),
  note: z.string(),
  at: z
    .string()
    .meta({ description: 'When it was made (ISO 8601, UTC).', example: '2024-05-09T10:11:12.000Z' }),
  by: z.string().meta({ description: 'Fingerprint of the token that made it (never the token).' }),
  undone: z.boolean(),
  undoneAt: z.string().nullable(),
  undoNote: z.string().nullable(),
  undoneBy: z.string().nullable().meta({ description: 'Fingerprint of the token that undid it.' }),
  entities: z.array(z.string()).meta({ description: 'Ids of the entities it touched.' }),
};

const curationOf = <Op extends CurationOpName>(op: Op) =>
  z.object({ op: z.literal(op), params: CURATION_PARAMS[op], ...recorded });

export const Curation = z
  .discriminatedUnion('op', [
    curationOf('merge'),
    curationOf('rename'),
    curationOf('add-alias'),
    curationOf('remove-alias'),
    curationOf('split-alias'),
    curationOf('relabel'),
    curationOf('delete-relationship'),
    curationOf('restore-relationship'),
  ])
  .meta({ id: 'Curation', description: 'One recorded edit.' });
export type Curation = z.infer<typeof Curation>;

export const CurationCreated = z
  .object({
    curation: Curation,
    entity: EntitySummary.optional().meta({
      description: 'The entity as it is now (the survivor of a merge, the new entity of a split).',
    }),
  })
  .meta({ id: 'CurationCreated' });
export type CurationCreated = z.infer<typeof CurationCreated>;

export const CurationAnswer = z.object({ curation: Curation }).meta({ id: 'CurationAnswer' });

export const CurationListQuery = z.object({
  entity: EntityId.optional().meta({ description: 'Only edits that touched this entity.' }),
  ...pageParams(50, 500),
});

export const CurationPage = z
  .object({ items: z.array(Curation), ...PageInfo })
  .meta({ id: 'CurationPage', description: 'Edits, newest first.' });
export type CurationPage = z.infer<typeof CurationPage>;

export const CurationIdParams = z.object({
  id: text(100).min(1).meta({ description: 'Curation id.' }),
});
