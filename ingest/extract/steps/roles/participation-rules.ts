// Step 8b: attendance by rule (lang/<lang>/participation.ts): who took part in an event ("contó con la
// participación de", "with the participation of", "X met with Y at ..."). The event is the one the
// rule's `event` group names, else the one the sentence names, else the last one named before it; a
// sentence after every event of the text, or a text with none, gives no attendance.
import type { ParticipationEmit } from '../../../../lang';
import type { Mention, RuleTrace, Work } from '../../types';
import { PACKS } from '../../../../lang';
import { runSentenceRules } from './sentence-rules';

/** The event a sentence speaks of: the first it names, else the last one named before it. */
function eventOf(events: readonly Mention[], sent: number): string | undefined {
  const here = events.find((m) => m.sent === sent);
  if (here) return here.key;
  return events.filter((m) => m.sent < sent).at(-1)?.key;
}

export function participationRules(w: Work, trace: RuleTrace[]): void {
  const pack = PACKS[w.lang];
  const events = w.mentions.filter((m) => m.label === 'Event' && m.key && !m.nested && w.entities.has(m.key));
  if (!events.length) return;
  const done = new Set(w.facts.filter((f) => f.type === 'PARTICIPATED_IN').map((f) => `${f.from}|${f.to}`));
  const hits = runSentenceRules<ParticipationEmit>(
    w,
    pack.participation,
    pack.participationCue,
    ['Person', 'Event'],
    ['Person'],
    trace,
  );
  for (const { hit, sentence, within } of hits) {
    const { emit, reason } = hit.rule;
    const event = emit.event ? within(emit.event, 'Event')[0]?.key : eventOf(events, sentence.index);
    if (!event) continue;
    for (const p of within(emit.who, 'Person')) {
      const k = `${p.key}|${event}`;
      if (done.has(k)) continue;
      done.add(k);
      w.facts.push({ type: 'PARTICIPATED_IN', from: p.key, to: event, rule: reason, sent: sentence.index });
    }
  }
}
