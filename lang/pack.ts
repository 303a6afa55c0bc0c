// The one way a language pack is put together: its lexicon, its signing rules and the few words the
// rules' predicates need. Each language folder gives only what differs.
import type { Lang } from '../engine';
import type { LangPack, ParticipationRule, RoleRule, SigningRule } from './types';
import { inList, oneOf } from '../engine';
import { HONORIFICS } from '../ingest/extract/lexicon/honorifics';
import { POST_TITLES } from '../ingest/extract/lexicon/post-titles';
import { SIGNING_VERBS } from '../ingest/extract/lexicon/signing-verbs';
import { CLAUSE_BREAKS } from '../ingest/extract/model/extra-words';

export interface PackParts {
  lang: Lang;
  lexicon: LangPack['lexicon'];
  signing: readonly SigningRule[];
  signingCue: RegExp;
  roles: readonly RoleRule[];
  roleCue: RegExp;
  participation: readonly ParticipationRule[];
  participationCue: RegExp;
  /** Conjunctions that join a second name to the first: no post stands between them. */
  conjunctions: string[];
}

/**
 * A language pack from its parts.
 * @example languagePack({ lang: 'es', lexicon: LEXICON_ES, signing: SIGNING_ES, signingCue, roles: ROLES_ES, ... })
 */
export function languagePack(p: PackParts): LangPack {
  return {
    lang: p.lang,
    lexicon: p.lexicon,
    predicates: {
      signing: oneOf(SIGNING_VERBS.filter((v) => v.lang === p.lang).map((v) => v.form)),
      inlist: inList(CLAUSE_BREAKS),
      // a post between a name and its apposition: no second name joined by a conjunction
      post: inList([...CLAUSE_BREAKS, ...p.conjunctions]),
      // the first word of a post title of the language ("Director", "vicepresidente", "Minister")
      posthead: oneOf(POST_TITLES.filter((t) => t.lang === p.lang).map((t) => t.title.split(' ')[0]!)),
      // a title's first word in the plural ("los rectores", "las directoras")
      postplural: oneOf(
        POST_TITLES.filter((t) => t.lang === p.lang).flatMap((t) => {
          const head = t.title.split(' ')[0]!;
          return [`${head}s`, `${head}es`];
        }),
      ),
      // a courtesy title before a name, as the tagger splits it ("Dr" and its period are two tokens)
      honorific: oneOf(HONORIFICS.flatMap((h) => h.form.split('.').filter(Boolean).slice(0, 1))),
    },
    signing: p.signing,
    signingCue: p.signingCue,
    roles: p.roles,
    roleCue: p.roleCue,
    participation: p.participation,
    participationCue: p.participationCue,
  };
}
