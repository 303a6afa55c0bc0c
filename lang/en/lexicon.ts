// English words compromise tags wrongly in institutional prose: instruments are nouns ("the MoU").
import type { TagLexicon } from '../../engine';

export const LEXICON_EN: TagLexicon = {
  mou: 'Noun',
  mous: 'Noun',
  memorandum: 'Noun',
  accord: 'Noun',
  accords: 'Noun',
  witness: 'Noun',
  witnesses: 'Noun',
};
