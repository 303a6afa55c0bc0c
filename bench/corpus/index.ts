// The synthetic-corpus generator's public face.
export { generateCorpus, corpusDocuments, corpusDocument } from './generate-corpus';
export type { CorpusOptions, CorpusDocument } from './generate-corpus';
export type { GoldDocument, GoldEntity, GoldRelationship } from './gold';
export { MIN_WORDS, MAX_WORDS } from './length';
export { countWords } from './template';
export { createRandom } from './random';
