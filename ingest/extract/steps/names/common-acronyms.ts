// Acronyms that stand for no body, so that neither they nor their later uses become institutions:
// - ones the text defines by a common-noun phrase in lower case: "las tecnologías de la información y la
//   comunicación (TIC)", "el producto interno bruto (PIB)", "the value added tax (VAT)";
// - ones the text uses only as a plural common noun, after a plural article and never after a singular
//   one: "las TIC", "las ONG", "los PMG" (a body takes the singular: "la UNAM", "el IMSS");
// - ones defined by a capitalised name whose head is no body: goals, standards, laws, plans, taxes,
//   indexes ("Objetivos de Desarrollo Sostenible (ODS)", "Sustainable Development Goals (SDGs)",
//   "(IMEI: International Mobile Equipment Identity)");
// - ones written with a plural ending in Spanish ("las TIC´s", "ONG's"; in English "'s" is a possessive);
// - ones a class noun names as a thing of its class: "el sector TIC", "la tecnología LTE", "la prueba PISA",
//   "el fondo FONDEN"; in English the class noun follows: "the ICT sector", "LTE networks", "the VAT rate";
// - codes that carry digits: a standard ("ISO-9001"), a time zone ("GMT-5"), a form ("RT-02-B").
// A body's own name is capitalised ("Instituto Nacional de Estadística (INE)"), which is what tells them apart.
import type { Token } from '../../types';

/** Lower-case words that join a common-noun phrase without being its content. */
const JOINERS = new Set([
  'de',
  'del',
  'la',
  'las',
  'los',
  'el',
  'y',
  'e',
  'a',
  'al',
  'en',
  'para',
  'of',
  'the',
  'and',
  'for',
  'on',
]);

/** Heads of names of things that are no bodies, folded: Spanish heads come first, English ones last. */
const NON_BODY_HEADS = new Set(
  [
    'objetivo objetivos goal goals estandar estandares standard standards ley leyes law act plan estrategia',
    'strategy indice index impuesto tax identidad identity numero number codigo code norma reglamento',
    'regulation encuesta survey censo census producto product tasa rate agenda',
  ]
    .join(' ')
    .split(' '),
);

const PLURAL_ARTICLES = new Set(['las', 'los', 'unas', 'unos']);
const SINGULAR_ARTICLES = new Set(['la', 'el', 'del', 'al', 'una', 'un']);

/** How many words before the parenthesis are looked at: the end of the defining phrase. */
const REACH = 4;

/** "ISO-9001", "GMT-5", "RT-02-B": capitals joined by hyphens to parts that carry digits. */
export function isCode(text: string): boolean {
  return /^\p{Lu}[\p{Lu}\d]*(?:-[\p{Lu}\d.]+)+$/u.test(text) && /\d/.test(text);
}

const lowerWord = (t: Token | undefined): boolean => !!t && /^\p{Ll}{3,}$/u.test(t.text) && !JOINERS.has(t.f);

/** An apostrophe and "s" after an acronym, as tokens: "TIC´s", "ONG's". */
function pluralEnding(toks: readonly Token[], i: number): boolean {
  const a = toks[i + 1];
  if (!a || a.start !== toks[i]!.end) return false;
  if (/^['’´]s$/.test(a.text)) return true;
  return /^['’´]$/.test(a.text) && toks[i + 2]?.text === 's' && toks[i + 2]!.start === a.end;
}

/** The acronyms of `toks` that name no body: defined by a lower-case phrase, or used only in the plural. */
export function commonAcronyms(toks: readonly Token[], lang: 'es' | 'en' = 'es'): Set<string> {
  const found = new Set<string>();
  const plural = new Set<string>();
  const singular = new Set<string>();
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i]!;
    if (!t.upper) continue;
    const before = toks[i - 1]!.f;
    if (SINGULAR_ARTICLES.has(before)) singular.add(t.text);
    else if (PLURAL_ARTICLES.has(before) || (lang === 'es' && pluralEnding(toks, i))) plural.add(t.text);
  }
  for (const acronym of plural) if (!singular.has(acronym)) found.add(acronym);
  for (let i = 1; i + 2 < toks.length; i++) {
    const acronym = toks[i + 1]!;
    if (toks[i]!.text !== '(' || !acronym.upper || toks[i + 2]!.text !== ')') continue;
    if (!lowerWord(toks[i - 1])) continue;
    let capitalised = false;
    for (let k = i - 1, seen = 0; k >= 0 && seen < REACH && toks[k]!.sent === acronym.sent; k--) {
      const t = toks[k]!;
      if (!/\p{L}/u.test(t.text)) break;
      if (JOINERS.has(t.f)) continue;
      seen++;
      if (t.cap) capitalised = true;
    }
    if (!capitalised) found.add(acronym.text);
  }
  for (const acronym of definedAsNoBody(toks)) found.add(acronym);
  for (const acronym of classified(toks, lang)) found.add(acronym);
  return found;
}

/**
 * Lower-case nouns of things that are no bodies, folded, which name an acronym as one of their kind
 * ("el sector TIC", "la norma ISO", "el personal PAS"). Spanish writes them before the acronym.
 */
const CLASS_NOUNS_ES = new Set(
  [
    'sector sectores tecnologia tecnologias redes estandar norma normas indice indices impuesto impuestos',
    'tasa tasas prueba pruebas examen encuesta censo ley leyes reglamento programa programas proyecto',
    'proyectos plan planes fondo fondos partida protocolo',
    'certificacion certificado modelo metodologia formato categoria personal',
  ]
    .join(' ')
    .split(' '),
);
/** English writes the class noun after the acronym ("the ICT sector"); none of these is a body's unit. */
const CLASS_NOUNS_EN = new Set(
  [
    'sector sectors technology technologies network networks standard standards index tax rate rates',
    'test tests exam scores growth protocol certification methodology',
  ]
    .join(' ')
    .split(' '),
);

/** Acronyms named by a class noun beside them: "el sector TIC", "LTE networks". */
function classified(toks: readonly Token[], lang: 'es' | 'en'): string[] {
  const out: string[] = [];
  const nouns = lang === 'es' ? CLASS_NOUNS_ES : CLASS_NOUNS_EN;
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i]!;
    if (!ACRONYM.test(t.text)) continue;
    const noun = lang === 'es' ? toks[i - 1]! : toks[i + 1];
    if (noun && noun.sent === t.sent && /^\p{Ll}/u.test(noun.text) && nouns.has(noun.f)) out.push(t.text);
  }
  return out;
}

const ACRONYM = /^\p{Lu}[\p{Lu}\d]+s?$/u;

/** "Objetivos de Desarrollo Sostenible (ODS)", "... Goals (SDGs)", "(IMEI: International Mobile Equipment Identity)". */
function definedAsNoBody(toks: readonly Token[]): string[] {
  const out: string[] = [];
  for (let i = 1; i + 2 < toks.length; i++) {
    const acronym = toks[i + 1]!;
    if (toks[i]!.text !== '(' || !ACRONYM.test(acronym.text)) continue;
    if (toks[i + 2]!.text === ':') {
      // "(IMEI: International Mobile Equipment Identity)": the head is the last word before ")"
      let k = i + 3;
      while (k < toks.length && toks[k]!.cap && toks[k]!.sent === acronym.sent) k++;
      if (k > i + 3 && toks[k]?.text === ')' && NON_BODY_HEADS.has(toks[k - 1]!.f)) out.push(acronym.text);
      continue;
    }
    if (toks[i + 2]!.text !== ')') continue;
    // English puts the head last ("... Development Goals"), Spanish first ("Objetivos de ...")
    if (NON_BODY_HEADS.has(toks[i - 1]!.f) && toks[i - 1]!.cap) {
      out.push(acronym.text);
      continue;
    }
    let first = -1;
    for (let k = i - 1, n = 0; k >= 0 && n < 8 && toks[k]!.sent === acronym.sent; k--, n++) {
      if (toks[k]!.cap) first = k;
      else if (!JOINERS.has(toks[k]!.f)) break;
    }
    if (first >= 0 && NON_BODY_HEADS.has(toks[first]!.f)) out.push(acronym.text);
  }
  return out;
}
