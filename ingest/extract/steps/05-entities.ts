// Step 5: one entity per thing named in the document. Institutions merge by acronym, by the same
// content words and by word prefix ("Colegio de Geógrafos" = "Colegio de Geógrafos de España");
// acronyms alone and bare heads ("el Instituto") point to the entity they abbreviate; short forms of
// people ("González Anaya", "Leonel Flores") join the full name; headlines in capitals only mention
// what the body named.
import type { EntityLabel } from '../../../model/graph-schema';
import type { Entity, Mention, Work } from '../types';
import { GIVEN_NAME_SET, NOT_NAME_SET, PLACE_BY_NAME } from '../lexicons';
import { fold, slug } from '../text';

const FUNCTION_WORDS = new Set([
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
  'nacional',
  'national',
]);

/** Content words of a name, folded: "Defensoría nacional de Derechos" -> "defensoria derechos". */
export function looseKey(name: string): string {
  return fold(name)
    .replace(/[^a-z0-9 ]+/g, ' ')
    .split(/\s+/)
    .filter((x) => x && !FUNCTION_WORDS.has(x))
    .join(' ');
}

function initialsOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((x) => /^\p{Lu}/u.test(x))
    .map((x) => x.charAt(0))
    .join('')
    .toUpperCase();
}

export function newEntity(w: Work, label: EntityLabel, name: string): Entity {
  let key = `${label.toLowerCase()}:${slug(name)}`;
  let n = 2;
  while (w.entities.has(key)) key = `${label.toLowerCase()}:${slug(name)}-${n++}`;
  const e: Entity = { key, label, name, aliases: new Set(), properties: {}, mentions: [] };
  w.entities.set(key, e);
  return e;
}

export function attach(e: Entity, m: Mention): void {
  m.key = e.key;
  e.mentions.push(m);
  if (m.surface && m.surface !== e.name) e.aliases.add(m.surface);
  if (m.alias && m.alias !== e.name) e.aliases.add(m.alias);
}

export function entitiesOf(w: Work, label: EntityLabel): Entity[] {
  return [...w.entities.values()].filter((e) => e.label === label);
}

/** Prefer the longer full name as canonical; the old one becomes an alias. */
function rename(e: Entity, name: string): void {
  if (name.length <= e.name.length) return;
  e.aliases.add(e.name);
  e.name = name;
  e.aliases.delete(name);
}

export function findInstitution(w: Work, surface: string, acronym?: string): Entity | undefined {
  const insts = entitiesOf(w, 'Institution');
  const f = fold(surface);
  const lk = looseKey(surface);
  const exact = insts.find(
    (e) => fold(e.name) === f || [...e.aliases].some((a) => fold(a) === f) || (lk && looseKey(e.name) === lk),
  );
  if (exact) return exact;
  if (acronym) {
    const byAcr = insts.find((e) => e.properties.acronym === acronym);
    if (byAcr) return byAcr;
  }
  // word prefix with the same head, when unique
  const pref = insts.filter((e) =>
    [e.name, ...e.aliases].some((n) => {
      const a = fold(n);
      return (a.startsWith(f + ' ') || f.startsWith(a + ' ')) && a.split(' ')[0] === f.split(' ')[0];
    }),
  );
  return pref.length === 1 ? pref[0] : undefined;
}

function resolveAcronym(w: Work, acr: string): Entity | undefined {
  const insts = entitiesOf(w, 'Institution');
  const a = acr.replace(/[^\p{L}]/gu, '');
  return (
    insts.find((e) => e.properties.acronym === acr || fold(String(e.properties.acronym ?? '')) === fold(a)) ??
    insts.find((e) => [...e.aliases, e.name].some((x) => x === acr)) ??
    insts.find((e) => initialsOf(e.name) === a.toUpperCase() && a.length >= 3) ??
    insts.find((e) => e.name.split(/\s+/).includes(acr))
  );
}

function institutions(w: Work): void {
  const ms = w.mentions.filter((m) => m.label === 'Institution');
  // 1. full names (longest first within a start so sub-unit wholes come before their short forms)
  const standalone = (m: Mention) => !m.full && !m.anaphor && !m.acronymOnly && m.full !== false;
  for (const m of ms) {
    if (standalone(m)) continue;
    if (m.anaphor || m.acronymOnly) continue;
    if (m.full === false) continue;
    const shortForm = ms.find((o) => o.full === false && o.from === m.from && o.to < m.to);
    const e =
      findInstitution(w, m.surface, m.acronym) ??
      (shortForm && findInstitution(w, shortForm.surface)) ??
      newEntity(w, 'Institution', m.surface);
    if (m.surface.length > e.name.length && looseKey(m.surface).startsWith(looseKey(e.name)))
      rename(e, m.surface);
    attach(e, m);
    if (m.acronym && m.acronym !== m.surface.split(' ')[0]) {
      e.properties.acronym ??= m.acronym;
      e.aliases.add(m.acronym);
    } else if (m.acronym) e.properties.acronym ??= m.acronym;
    if (m.kind) e.properties.kind ??= m.kind;
  }
  // 1b. multi-word heads standing alone ("el Seguro Social", "Seguro Popular"): part of a longer name if one holds them
  for (const m of ms) {
    if (!standalone(m)) continue;
    const f = fold(m.surface);
    const holder = entitiesOf(w, 'Institution').find((e) => fold(e.name).includes(f));
    const e = holder ?? findInstitution(w, m.surface) ?? newEntity(w, 'Institution', m.surface);
    attach(e, m);
    if (m.kind) e.properties.kind ??= m.kind;
  }
  // 2. short forms of sub-units ("Facultad de Ingeniería Civil" of the whole)
  for (const m of ms) {
    if (m.full !== false || m.acronymOnly) continue;
    const whole = ms.find((o) => o !== m && o.from === m.from && o.to > m.to && o.key);
    const e =
      (whole && w.entities.get(whole.key!)) ??
      findInstitution(w, m.surface) ??
      newEntity(w, 'Institution', m.surface);
    attach(e, m);
  }
  // 3. acronyms alone, or before more of the name ("INT Centro Educativo", "IMPLAN Torreón")
  for (const m of ms) {
    if (m.key || m.anaphor || !m.acronymOnly || !m.acronym) continue;
    // an acronym introduced inside an event's name ("(APEC) Leaders’ week") names no institution
    if (w.mentions.some((e) => e.label === 'Event' && e.surface.includes(`(${m.acronym})`))) continue;
    // "IEAA (Instituto de Educación para Adultos de Antioquia)": the name in parentheses expands the acronym
    const expanded =
      w.tokens[m.to]?.text === '('
        ? ms.find((o) => o.from === m.to + 1 && o.key && !o.anaphor && w.tokens[o.to]?.text === ')')
        : undefined;
    let e = resolveAcronym(w, m.acronym) ?? (expanded ? w.entities.get(expanded.key!) : undefined);
    if (expanded && e && e.key === expanded.key) e.properties.acronym ??= m.acronym;
    // an acronym that spells the name's initials is its acronym even when never introduced ("IMSS")
    if (
      e &&
      !e.properties.acronym &&
      initialsOf(e.name) === m.acronym.replace(/[^\p{L}]/gu, '').toUpperCase()
    ) {
      e.properties.acronym = m.acronym;
    }
    if (!e) {
      e = newEntity(w, 'Institution', m.surface);
      e.properties.acronym = m.acronym;
      if (m.surface !== m.acronym) e.aliases.add(m.acronym);
    }
    attach(e, m);
  }
  // 4. bare heads: nearest earlier institution with that head, else the nearest later one
  for (const m of ms) {
    if (m.key || !m.anaphor) continue;
    const head = fold(m.surface);
    const cands = ms.filter(
      (o) =>
        o.key &&
        !o.anaphor &&
        (fold(w.entities.get(o.key)!.name).startsWith(head) || fold(o.surface).includes(head)),
    );
    const before = cands.filter((o) => o.from < m.from).pop();
    const after = cands.find((o) => o.from > m.from);
    const target = before ?? after;
    if (target) {
      m.key = target.key;
      w.entities.get(target.key!)!.mentions.push(m);
    }
  }
}

/** Acronyms and names of known institutions written elsewhere: headlines in capitals, "Unicef". */
function rematch(w: Work, claimed: boolean[]): void {
  const insts = entitiesOf(w, 'Institution');
  const forms: { words: string[]; e: Entity; exact: string }[] = [];
  for (const e of insts)
    for (const n of [e.name, ...e.aliases]) forms.push({ words: fold(n).split(/\s+/), e, exact: n });
  forms.sort((a, b) => b.words.length - a.words.length);
  for (const s of w.sentences) {
    for (let i = s.tokStart; i < s.tokEnd; i++) {
      if (claimed[i]) continue;
      const t = w.tokens[i]!;
      if (!t.word || (!t.cap && !s.caps)) continue;
      for (const f of forms) {
        let ok = i + f.words.length <= s.tokEnd;
        for (let k = 0; ok && k < f.words.length; k++)
          if (w.tokens[i + k]?.f !== f.words[k] || claimed[i + k]) ok = false;
        if (!ok) continue;
        // in body text, single words must be written as known ("Swisscontact") or be an acronym in any case ("Unicef")
        if (!s.caps && f.words.length === 1 && t.text !== f.exact && !(f.exact === f.e.properties.acronym))
          continue;
        const m: Mention = {
          label: 'Institution',
          from: i,
          to: i + f.words.length,
          sent: s.index,
          surface: w.tokens
            .slice(i, i + f.words.length)
            .map((x) => x.text)
            .join(' '),
        };
        w.mentions.push(m);
        m.key = f.e.key;
        f.e.mentions.push(m);
        if (!s.caps && m.surface !== f.e.name) f.e.aliases.add(m.surface);
        for (let k = i; k < i + f.words.length; k++) claimed[k] = true;
        break;
      }
    }
  }
}

/** "La Fundación X, Swisscontact, y ..." : a single capitalised word in apposition is another name. */
function appositionAliases(w: Work, claimed: boolean[]): void {
  for (const m of w.mentions) {
    if (m.label !== 'Institution' || !m.key || m.anaphor) continue;
    const a = w.tokens[m.to];
    const b = w.tokens[m.to + 1];
    const c = w.tokens[m.to + 2];
    if (
      a?.text === ',' &&
      b?.cap &&
      !b.upper &&
      b.word &&
      !claimed[m.to + 1] &&
      c?.text === ',' &&
      !NOT_NAME_SET.has(b.f) &&
      /^[yeo]$/.test(w.tokens[m.to + 3]?.f ?? '')
    ) {
      w.entities.get(m.key)!.aliases.add(b.text);
    }
  }
}

function tokensOf(name: string): string[] {
  return fold(name)
    .split(/[\s]+/)
    .filter((x) => !['de', 'del', 'la', 'los', 'las'].includes(x));
}

function isSubsequence(short: string[], long: string[]): boolean {
  let p = 0;
  for (const x of long) if (x === short[p]) p++;
  return p === short.length;
}

function people(w: Work, claimed: boolean[]): void {
  const ms = w.mentions
    .filter((m) => m.label === 'Person' && m.full)
    .sort((a, b) => b.surface.length - a.surface.length);
  for (const m of ms) {
    const toks = tokensOf(m.surface);
    const given = GIVEN_NAME_SET.has(toks[0] ?? '');
    const e = entitiesOf(w, 'Person').find((p) => {
      const pt = tokensOf(p.name);
      return (
        (pt[0] === toks[0] || (!given && toks.length <= 2)) &&
        isSubsequence(toks, pt) &&
        toks.length < pt.length + 1
      );
    });
    attach(e ?? newEntity(w, 'Person', m.surface), m);
  }
  // short forms: capitalised runs that are part of exactly one person's name and hold a surname
  const persons = entitiesOf(w, 'Person').map((p) => ({ p, toks: tokensOf(p.name) }));
  for (const s of w.sentences) {
    if (s.caps) continue;
    for (let i = s.tokStart; i < s.tokEnd; i++) {
      if (claimed[i]) continue;
      for (let len = 3; len >= 1; len--) {
        const run = w.tokens.slice(i, i + len);
        if (
          run.length < len ||
          run.some((t, k) => !t.cap || t.upper || claimed[i + k] || !t.word || NOT_NAME_SET.has(t.f))
        )
          continue;
        const rt = run.map((t) => t.f);
        const hits = persons.filter(
          ({ toks }) => isSubsequence(rt, toks) && !(len === 1 && toks[0] === rt[0]) && toks.length > len,
        );
        if (hits.length !== 1) continue;
        if (w.tokens[i + len]?.cap && !w.tokens[i + len]?.upper && w.tokens[i + len]?.word) continue;
        const m: Mention = {
          label: 'Person',
          from: i,
          to: i + len,
          sent: s.index,
          surface: run.map((t) => t.text).join(' '),
        };
        w.mentions.push(m);
        attach(hits[0]!.p, m);
        for (let k = i; k < i + len; k++) claimed[k] = true;
        i += len - 1;
        break;
      }
    }
  }
}

function places(w: Work): void {
  for (const m of w.mentions) {
    if (m.label !== 'Place') continue;
    const name = m.canonical ?? m.surface;
    const e =
      entitiesOf(w, 'Place').find(
        (p) => fold(p.name) === fold(name) || [...p.aliases].some((a) => fold(a) === fold(name)),
      ) ?? newEntity(w, 'Place', name);
    attach(e, m);
    e.properties.kind ??= m.kind ?? PLACE_BY_NAME.get(fold(name))?.kind ?? 'city';
  }
}

function events(w: Work): void {
  for (const m of w.mentions) {
    if (m.label !== 'Event') continue;
    const ord = m.kind ? fold(m.kind) + ' ' + fold(w.tokens[m.from + 1]?.text ?? '') : null;
    const e = entitiesOf(w, 'Event').find((ev) =>
      ev.mentions.some(
        (o) =>
          (ord && o.kind && fold(o.kind) + ' ' + fold(w.tokens[o.from + 1]?.text ?? '') === ord) ||
          (m.alias && o.alias && fold(o.alias) === fold(m.alias)) ||
          fold(o.surface) === fold(m.surface),
      ),
    );
    const ent = e ?? newEntity(w, 'Event', m.surface.charAt(0).toUpperCase() + m.surface.slice(1));
    attach(ent, m);
    if (w.date) ent.properties.date ??= w.date;
  }
}

/** Tokens inside a mention of any kind. */
function claimedTokens(w: Work, counts: (m: Mention) => boolean = () => true): boolean[] {
  const c = new Array<boolean>(w.tokens.length).fill(false);
  for (const m of w.mentions) if (counts(m)) for (let k = m.from; k < m.to; k++) c[k] = true;
  return c;
}

export function buildEntities(w: Work): void {
  institutions(w);
  // places may sit inside a name written again later ("de Ternium México"): the name wins there
  const claimed = claimedTokens(w, (m) => m.label !== 'Place');
  rematch(w, claimed);
  for (const m of w.mentions) if (m.label === 'Place') for (let k = m.from; k < m.to; k++) claimed[k] = true;
  appositionAliases(w, claimed);
  rematch(w, claimed);
  people(w, claimed);
  places(w);
  events(w);
  // a lone place word that is a known person's surname ("Flores") is that person
  const surnames = new Set(entitiesOf(w, 'Person').flatMap((p) => tokensOf(p.name).slice(1)));
  for (const m of w.mentions)
    if (m.label === 'Place' && m.to - m.from === 1 && surnames.has(w.tokens[m.from]!.f)) m.nested = true;
  // places and people named inside an institution, event or venue are not entities of their own
  const outer = w.mentions.filter(
    (m) =>
      (m.label === 'Institution' && !m.anaphor) ||
      m.label === 'Event' ||
      (m.label === 'Place' && m.kind === 'venue'),
  );
  for (const m of w.mentions) {
    if (m.label !== 'Place' && m.label !== 'Person') continue;
    if (outer.some((o) => o !== m && o.from <= m.from && m.to <= o.to && o.to - o.from > m.to - m.from))
      m.nested = true;
  }
  for (const e of w.entities.values()) {
    if ((e.label === 'Place' || e.label === 'Person') && e.mentions.every((m) => m.nested))
      w.entities.delete(e.key);
  }
}
