// The shape of the curated alias file (aliases.yml), validated with zod.
import { z } from 'zod';
import { ENTITY_LABELS } from '../../../model/graph-schema';

const name = z.string().trim().min(1, 'a name must be a non-empty string');
const label = z.enum(ENTITY_LABELS, { error: `label must be one of ${ENTITY_LABELS.join(', ')}` });

const mergeEntry = z.strictObject({
  label,
  name,
  aliases: z.array(name).min(1, 'list at least one other name to merge'),
});

const splitName = z.union([name, z.strictObject({ name, document: z.string().trim().min(1).optional() })]);

const splitEntry = z.strictObject({
  label,
  names: z.array(splitName).min(2, 'list at least two names to keep apart'),
});

const renameEntry = z.strictObject({ label, from: name, to: name });

export const aliasFileSchema = z
  .strictObject({
    merge: z.array(mergeEntry).nullish(),
    split: z.array(splitEntry).nullish(),
    rename: z.array(renameEntry).nullish(),
  })
  .nullish();

export type AliasFile = z.infer<typeof aliasFileSchema>;
