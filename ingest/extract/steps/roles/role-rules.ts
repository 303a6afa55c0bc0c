// Step 6f: posts by rule (lang/<lang>/roles.ts): the patterns the hand-written readers above do not
// cover, each a row with its example. A rule links the person of its `who` group to the institution of
// its `at` group; a post the earlier steps already read is kept as they read it.
import type { RoleEmit } from '../../../../lang';
import type { RuleTrace, Work } from '../../types';
import { PACKS } from '../../../../lang';
import { runSentenceRules } from './sentence-rules';

export function roleRules(w: Work, trace: RuleTrace[]): void {
  const pack = PACKS[w.lang];
  const held = new Set(w.facts.filter((f) => f.type === 'HOLDS_ROLE').map((f) => `${f.from}|${f.to}`));
  const hits = runSentenceRules<RoleEmit>(
    w,
    pack.roles,
    pack.roleCue,
    ['Person', 'Institution'],
    ['Person', 'Institution'],
    trace,
  );
  for (const { hit, sentence, within, text } of hits) {
    const { emit, reason } = hit.rule;
    // every body of the group: "Presidente del Tribunal y del Consejo" holds the post at both
    const bodies = within(emit.at, 'Institution');
    // a post cut before a word the tagger took for a verb ("director of programs") keeps no dangling "of"
    const role = text(emit.post)?.replace(/\s+(of|for|the|and|de|del|la|el|y)$/i, '');
    for (const p of within(emit.who, 'Person'))
      for (const at of bodies) {
        const k = `${p.key}|${at.key}`;
        if (held.has(k)) continue;
        held.add(k);
        w.facts.push({
          type: 'HOLDS_ROLE',
          from: p.key,
          to: at.key,
          rule: reason,
          sent: sentence.index,
          role,
        });
      }
  }
}
