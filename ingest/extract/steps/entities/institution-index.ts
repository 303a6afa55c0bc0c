// The institutions of a document filed by every key the entities step looks them up by: folded
// forms (name and aliases), word prefixes of those, content words, acronyms, initials, the words and
// three-letter pieces of the name. Each look-up answers what a scan of every institution in document
// order would (the first that passes), in time that does not grow with the document. Forms only grow
// (a renamed institution keeps its old name as an alias); keys read off the name or the acronym may
// go stale, so those hits are checked against the entity as it is now.
import type { Entity, Mention, Work } from '../../types';
import { fold } from '../../text';
import { acronymLetters, documentContentKey, initialsOf, spellsSyllables } from '../../../name-keys';
import { attach, entitiesOf, rename } from './entity';
import { firstOf, Postings } from './postings';

const LETTERS = /[^\p{L}]/gu;

/** Every prefix of `s` that ends before a space: "a b c" -> "a", "a b". */
function wordPrefixes(s: string): string[] {
  const out: string[] = [];
  for (let p = s.indexOf(' '); p >= 0; p = s.indexOf(' ', p + 1)) out.push(s.slice(0, p));
  return out;
}

/** Words that join the parts of a name: an owner written first holds none of them. */
const JOINING_WORDS = new Set([
  'de',
  'del',
  'la',
  'las',
  'los',
  'el',
  'y',
  'e',
  'para',
  'en',
  'of',
  'the',
  'and',
  'for',
]);

/**
 * The name without an owner written first, of at least two words: "federal ministry of health" ->
 * "ministry of health", "yukon fish and wildlife board" -> "fish and wildlife board". A dropped part
 * that holds a joining word is a sub-unit ("facultad de derecho de la universidad ..."), not an owner.
 */
function ownerSuffixes(s: string): string[] {
  const words = s.split(' ');
  const out: string[] = [];
  for (let k = 1; k < words.length - 1 && !JOINING_WORDS.has(words[k - 1]!); k++)
    out.push(words.slice(k).join(' '));
  return out;
}

function trigrams(s: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 3 <= s.length; i++) out.add(s.slice(i, i + 3));
  return out;
}

export class InstitutionIndex {
  private readonly rank = new Map<Entity, number>();
  private readonly all: Entity[] = [];
  private readonly byForm = new Postings<Entity>();
  private readonly byRawForm = new Postings<Entity>();
  private readonly byPrefix = new Postings<Entity>();
  private readonly bySuffix = new Postings<Entity>();
  private readonly byContent = new Postings<Entity>();
  private readonly byAcronym = new Postings<Entity>();
  private readonly byInitials = new Postings<Entity>();
  private readonly byNameWord = new Postings<Entity>();
  private readonly byTrigram = new Postings<Entity>();

  constructor(w: Work) {
    for (const e of entitiesOf(w, 'Institution')) this.add(e);
  }

  /** Files a new institution (call right after newEntity). */
  add(e: Entity): void {
    this.rank.set(e, this.all.length);
    this.all.push(e);
    this.fileName(e);
    for (const a of e.aliases) this.addForm(e, a);
    this.noteAcronym(e);
  }

  /** attach(), with the forms it adds filed. */
  attach(e: Entity, m: Mention): void {
    attach(e, m);
    for (const form of [m.surface, m.alias]) if (form && e.aliases.has(form)) this.addForm(e, form);
  }

  /** rename(), with the new name filed. */
  rename(e: Entity, name: string): void {
    rename(e, name);
    this.fileName(e);
  }

  addAlias(e: Entity, alias: string): void {
    e.aliases.add(alias);
    this.addForm(e, alias);
  }

  /** Files the acronym the entity holds now (call after setting it). */
  noteAcronym(e: Entity): void {
    const a = e.properties.acronym;
    if (a === undefined || a === null) return;
    this.byAcronym.add(String(a), e);
    this.byAcronym.add(`\u0000${fold(String(a))}`, e);
  }

  private fileName(e: Entity): void {
    this.addForm(e, e.name);
    this.byContent.add(documentContentKey(e.name), e);
    this.byInitials.add(initialsOf(e.name), e);
    for (const word of e.name.split(/\s+/)) this.byNameWord.add(word, e);
    for (const t of trigrams(fold(e.name))) this.byTrigram.add(t, e);
  }

  private addForm(e: Entity, form: string): void {
    const f = fold(form);
    this.byForm.add(f, e);
    this.byRawForm.add(form, e);
    for (const p of wordPrefixes(f)) this.byPrefix.add(p, e);
    for (const p of ownerSuffixes(f)) this.bySuffix.add(p, e);
  }

  /** findInstitution(): the same name folded or by content words, the acronym, else a unique word prefix. */
  find(surface: string, acronym?: string): Entity | undefined {
    const f = fold(surface);
    const lk = documentContentKey(surface);
    const named = firstOf(this.rank, [this.byForm.get(f)]);
    const loose = lk
      ? firstOf(this.rank, [this.byContent.get(lk)], (e) => documentContentKey(e.name) === lk)
      : undefined;
    const exact =
      named && loose ? (this.rank.get(named)! < this.rank.get(loose)! ? named : loose) : (named ?? loose);
    if (exact) return exact;
    if (acronym) {
      const byAcr = firstOf(
        this.rank,
        [this.byAcronym.get(acronym)],
        (e) => e.properties.acronym === acronym,
      );
      if (byAcr) return byAcr;
    }
    // word prefix (a form that starts with this name and a space, or this name with a form and a space), when unique
    const pref = new Set(this.byPrefix.get(f));
    for (const p of wordPrefixes(f)) for (const e of this.byForm.get(p)) pref.add(e);
    if (pref.size > 0) return pref.size === 1 ? [...pref][0] : undefined;
    // the name without its owner ("Ministry of Health" of "Federal Ministry of Health"), or with it, when unique
    const owned = new Set(this.bySuffix.get(f));
    for (const p of ownerSuffixes(f)) for (const e of this.byForm.get(p)) owned.add(e);
    return owned.size === 1 ? [...owned][0] : undefined;
  }

  /** The institution an acronym stands for: by acronym, by a form, by initials, by a word of its name. */
  resolveAcronym(acr: string): Entity | undefined {
    const a = acr.replace(LETTERS, '');
    const fa = fold(a);
    const sameAcronym = (e: Entity) =>
      e.properties.acronym === acr || fold(String(e.properties.acronym ?? '')) === fa;
    // an acronym without letters matches every institution without one: the rare case a scan answers
    const byAcronym = fa
      ? firstOf(this.rank, [this.byAcronym.get(acr), this.byAcronym.get(`\u0000${fa}`)], sameAcronym)
      : this.all.find(sameAcronym);
    const initials = acronymLetters(acr);
    return (
      byAcronym ??
      firstOf(this.rank, [this.byRawForm.get(acr)]) ??
      (a.length >= 3
        ? firstOf(this.rank, [this.byInitials.get(initials)], (e) => initialsOf(e.name) === initials)
        : undefined) ??
      firstOf(this.rank, [this.byNameWord.get(acr)], (e) => e.name.split(/\s+/).includes(acr)) ??
      this.spelledBySyllables(acr)
    );
  }

  /** The one institution whose name a syllabic acronym spells ("SENAF"), if exactly one does. */
  private spelledBySyllables(acr: string): Entity | undefined {
    const fits = this.all.filter((e) => !e.properties.acronym && spellsSyllables(acr, e.name));
    return fits.length === 1 ? fits[0] : undefined;
  }

  /** The first institution whose folded name holds `f` ("seguro social" in "Instituto Mexicano del Seguro Social"). */
  holding(f: string): Entity | undefined {
    const holds = (e: Entity) => fold(e.name).includes(f);
    if (f.length < 3) return this.all.find(holds);
    let rarest: readonly Entity[] | undefined;
    for (const t of trigrams(f)) {
      const list = this.byTrigram.get(t);
      if (!rarest || list.length < rarest.length) rarest = list;
    }
    return firstOf(this.rank, [rarest ?? []], holds);
  }
}
