// A body named once in full is the same body wherever its name comes back, read before people's names: "Prairie River Land Trust
// Executive Director Samuel Brooks" holds the trust's name though no rule reads "Trust" as a head there,
// and without this its words would be taken for a person's name.
import type { Ctx } from './context';
import type { Mention } from '../../types';
import { add } from './context';
import { spanText } from '../../match';
import { MENTION_RULES } from '../../model/mention-rules';

/** The words that end a company's full name and that its short form leaves out. */
const COMPANY_WORD_END = /^(company|corporation|corp|inc|incorporated|group|limited|ltd|plc|llc)$/;

/** Institution names of two or more words found so far, as folded token sequences filed by their first
 *  word (a name can only start there), longest first. */
function knownNames(ctx: Ctx): Map<string, string[][]> {
  const seen = new Set<string>();
  const out = new Map<string, string[][]>();
  for (const m of ctx.w.mentions) {
    if (m.label !== 'Institution' || m.anaphor || m.acronymOnly || m.to - m.from < 2) continue;
    const words = ctx.toks.slice(m.from, m.to).map((t) => t.f);
    // "Hyundai Motor Company" comes back as "Hyundai Motor": a company's name without its company word
    const short = words.length >= 3 && COMPANY_WORD_END.test(words.at(-1)!) ? [words.slice(0, -1)] : [];
    for (const name of [words, ...short]) {
      const key = name.join(' ');
      if (seen.has(key)) continue;
      seen.add(key);
      const list = out.get(name[0]!);
      if (list) list.push(name);
      else out.set(name[0]!, [name]);
    }
  }
  for (const list of out.values()) list.sort((a, b) => b.length - a.length);
  return out;
}

/** Marks each unclaimed recurrence of a known institution name in the body as a mention of it. */
export function scanNamedAgain(
  ctx: Ctx,
  body: readonly { tokStart: number; tokEnd: number; index: number }[],
): void {
  const names = knownNames(ctx);
  if (!names.size) return;
  const { toks } = ctx;
  for (const s of body)
    for (let i = s.tokStart; i < s.tokEnd; i++) {
      if (ctx.claim[i] || !toks[i]!.cap) continue;
      const words = names
        .get(toks[i]!.f)
        ?.find(
          (n) => i + n.length <= s.tokEnd && n.every((f, k) => toks[i + k]!.f === f && !ctx.claim[i + k]),
        );
      if (!words) continue;
      const to = i + words.length;
      const m: Mention = {
        label: 'Institution',
        from: i,
        to,
        sent: s.index,
        surface: spanText(ctx.w.text, toks, i, to),
        reason: MENTION_RULES.knownNameAgain.reason,
        full: true,
      };
      add(ctx, m, 'Institution');
      i = to - 1;
    }
}
