// Step 4h: the body a post belongs to, named right after it without a head noun: "Directora Ejecutiva de
// Sistema B", "vicepresidente de 5G Americas para América Latina", "Chief Executive of Prince Consulting".
// A company often has no "Universidad"/"Ministerio" to mark it; the post says a body follows, and the name
// itself must look like a brand: a lone capital letter, a digit, or a company word at its end. Capitalised
// common nouns ("Directora de Gestión Ambiental", "Ministro de Finanzas") are portfolios and stay out, as
// are a territory a post governs ("Alcalde de Jarabacoa"), a place, a person, an acronym (step 4g's).
import type { Ctx } from './context';
import { POST_TITLE_TABLE, PLACE_TABLE, NOT_NAME_SET } from '../../lexicons';
import { matchAt } from '../../match';
import { addInstitution, brandToken, isGivenName } from './context';
import { COMPANY_WORDS, PORTFOLIOS } from '../../lexicon/post-bodies';
import { MENTION_RULES } from '../../model/mention-rules';

/** Posts that govern or represent a territory: what follows their "de" is a place. */
const TERRITORIAL =
  /^(alcalde|alcaldesa|gobernador|gobernadora|intendente|intendenta|prefecto|prefecta|regidor|regidora|sindico|sindica|edil|diputado|diputada|senador|senadora|embajador|embajadora|consul|mayor|governor|ambassador|senator|premier|presidente municipal|presidenta municipal)$/;

/** Posts only companies have: what follows their "de"/"of" is a company, whatever its words. */
const COMPANY_POSTS =
  /^(gerente|gerenta|gerente general|gerenta general|ceo|chief executive|chief executive officer|managing director|fundador|fundadora|cofundador|cofundadora|founder|co-founder)$/;

/**
 * Heads that name plans and alliances as often as bodies ("la Red de Agua", "Grupo de Trabajo") but a body
 * once a post belongs to them: "director ejecutivo de Red Ciudadana", "presidente del Grupo Éxito".
 */
const BODY_AFTER_POST = new Set(
  'red alianza grupo centro sociedad union liga frente movimiento comunidad network alliance group centre center society union league'.split(
    ' ',
  ),
);

/** A brand's mark: a lone capital letter ("Sistema B"), a digit ("5G Americas"), a company word at its end. */
function brandLike(toks: Ctx['toks'], from: number, to: number): boolean {
  if (to - from >= 2 && BODY_AFTER_POST.has(toks[from]!.f)) return true;
  for (let k = from; k < to; k++) if (/^(\p{Lu}|\d.*)$/u.test(toks[k]!.text)) return true;
  return COMPANY_WORDS.has(toks[to - 1]!.f);
}

export function scanPostBody(ctx: Ctx, i: number, end: number): number {
  const { toks } = ctx;
  const t = toks[i]!;
  if (t.f !== 'de' && t.f !== 'del' && t.f !== 'of') return i;
  let post: string | null = null;
  for (let s = Math.max(0, i - 5); s < i && !post; s++) {
    const p = matchAt(POST_TITLE_TABLE, toks, s, i);
    if (p && s + p.len === i)
      post = toks
        .slice(s, i)
        .map((x) => x.f)
        .join(' ');
  }
  const from = i + 1;
  const first = toks[from];
  if (!post || TERRITORIAL.test(post) || !first || ctx.claim[from] || ctx.quoted[from]) return i;
  if (!brandToken(first.text) || PORTFOLIOS.has(first.f) || NOT_NAME_SET.has(first.f) || isGivenName(first))
    return i;
  const place = matchAt(PLACE_TABLE, toks, from, end);
  if (place && !COMPANY_POSTS.test(post)) return i;
  let to = from;
  // a name's words, digits among them once it has begun ("Telcom 3G Sur", tokenised "3", "G")
  const inName = (k: number) => brandToken(toks[k]!.text) || (k > from && /^\d+$/.test(toks[k]!.text));
  while (to < end && inName(to) && !ctx.claim[to] && !isGivenName(toks[to]) && toks[to]!.sent === t.sent)
    to++;
  // a company's post ("gerente general de Cordillera Textil") names a company even without a brand's mark
  if (place && to <= from + place.len) return i;
  if (!brandLike(toks, from, to) && !(COMPANY_POSTS.test(post) && to - from >= 2)) return i;
  const after = toks[to]?.sent === t.sent ? toks[to] : undefined;
  // the name ends the post: punctuation, the end, or a scope ("para América Latina", "en México")
  if (after && !/^[,.;:)]$/.test(after.text) && !['para', 'en', 'for', 'in', 'y', 'and'].includes(after.f))
    return i;
  addInstitution(ctx, from, to, t.sent, MENTION_RULES.bodyOfPost.reason);
  return to;
}
