// Extraction: one SourceDocument in, its entities and facts out, each fact with the sentence that
// states it and the rule that read it. Pure and synchronous; the steps run in this order:
import type { Extraction, SourceDocument } from '../../model';
import type { RuleTrace, Work } from './types';
import { splitSentences } from './steps/01-sentences';
import { tokenize } from './steps/02-tokens';
import { readDateline } from './steps/03-dateline';
import { findNames } from './steps/names';
import { buildEntities } from './steps/05-entities';
import { indexMentions } from './mention-index';
import { findRoles } from './steps/roles';
import { findAgreements } from './steps/agreements';
import { findSettings } from './steps/08-settings';
import { participationRules } from './steps/roles/participation-rules';
import { buildOutput } from './steps/09-output';
import { useLexicon } from '../../engine';
import { PACKS } from '../../lang';

/**
 * Extracts people, institutions, places, events and agreements, and the facts between them.
 *
 * @example
 *   const x = extractDocument(await readDocument('seeds/000.txt'));
 *   x.relationships.filter((r) => r.type === 'SIGNED');
 */
export function extractDocument(doc: SourceDocument): Extraction {
  return extractTraced(doc).extraction;
}

/** The extraction, and the rule hits behind it (which rule matched where), for tests and debugging. */
export function extractTraced(doc: SourceDocument): { extraction: Extraction; hits: RuleTrace[] } {
  // every step that asks the tagger reads words with the language pack's lexicon, from the first document on
  useLexicon(doc.lang, PACKS[doc.lang].lexicon);
  const w: Work = {
    text: doc.text,
    lang: doc.lang,
    sentences: [],
    tokens: [],
    mentions: [],
    entities: new Map(),
    facts: [],
    agreements: [],
    date: doc.date,
    location: doc.location ?? null,
    publisher: doc.publisher ?? null,
  };
  // 1. sentences, 2. tokens with offsets
  for (const s of splitSentences(doc.text)) {
    const index = w.sentences.length;
    const toks = tokenize(s, index);
    w.sentences.push({ ...s, index, tokStart: w.tokens.length, tokEnd: w.tokens.length + toks.length });
    w.tokens.push(...toks);
  }
  // 3. the dateline's place and date when the reader did not give them
  readDateline(w);
  // 4. names (institutions, events, venues, people, places), 5. one entity per thing named
  findNames(w);
  buildEntities(w);
  indexMentions(w);
  // 6. posts (HOLDS_ROLE, PART_OF), 7. agreements and who signed or witnessed, 8. where and who attended
  // (the hand-written readers, then the rule tables of the language pack)
  findRoles(w);
  findAgreements(w);
  findSettings(w);
  participationRules(w, (w.relationHits ??= []));
  // 9. the output contract
  return { extraction: buildOutput(doc, w), hits: [...(w.signing?.hits ?? []), ...(w.relationHits ?? [])] };
}

export type { Extraction, RuleTrace, SourceDocument };
