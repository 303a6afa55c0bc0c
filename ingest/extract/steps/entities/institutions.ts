// Step 5, institutions: merged by acronym, by the same content words and by word prefix ("Colegio de
// Geógrafos" = "Colegio de Geógrafos de España"); acronyms alone and bare heads ("el Instituto") point
// to the entity they abbreviate. Every look-up goes through indexes (InstitutionIndex, mentions by
// start), so that a long document costs in proportion to its length.
import type { Mention, Work } from '../../types';
import { fold } from '../../text';
import { acronymLetters, documentContentKey, initialsOf } from '../../../name-keys';
import { findInstitution, newEntity } from './entity';
import { InstitutionIndex } from './institution-index';
import { Nearest } from '../../nearest';
import { ANAPHOR_SYNONYMS } from '../names/words';

/** Acronyms an event's name introduces in parentheses ("(APEC) Leaders' week"): every "(x)" of its surface. */
function eventAcronyms(w: Work): Set<string> {
  const out = new Set<string>();
  for (const e of w.mentions) {
    if (e.label !== 'Event') continue;
    const s = e.surface;
    for (let i = s.indexOf('('); i >= 0; i = s.indexOf('(', i + 1))
      for (let j = s.indexOf(')', i + 1); j >= 0; j = s.indexOf(')', j + 1)) out.add(s.slice(i + 1, j));
  }
  return out;
}

function byStart(ms: Mention[]): Map<number, Mention[]> {
  const out = new Map<number, Mention[]>();
  for (const m of ms) {
    const list = out.get(m.from);
    if (list) list.push(m);
    else out.set(m.from, [m]);
  }
  return out;
}

export function institutions(w: Work): void {
  const ms = w.mentions.filter((m) => m.label === 'Institution');
  const index = new InstitutionIndex(w);
  const starting = byStart(ms);
  const from = (i: number) => starting.get(i) ?? [];
  const create = (name: string) => {
    const e = newEntity(w, 'Institution', name);
    index.add(e);
    return e;
  };
  // 1. full names (longest first within a start so sub-unit wholes come before their short forms)
  const standalone = (m: Mention) => !m.full && !m.anaphor && !m.acronymOnly && m.full !== false;
  for (const m of ms) {
    if (standalone(m)) continue;
    if (m.anaphor || m.acronymOnly) continue;
    if (m.full === false) continue;
    const shortForm = from(m.from).find((o) => o.full === false && o.to < m.to);
    const e =
      index.find(m.surface, m.acronym) ?? (shortForm && index.find(shortForm.surface)) ?? create(m.surface);
    if (m.surface.length > e.name.length && contentKeyStarts(m.surface, e.name)) index.rename(e, m.surface);
    index.attach(e, m);
    if (m.acronym && m.acronym !== m.surface.split(' ')[0]) {
      e.properties.acronym ??= m.acronym;
      index.addAlias(e, m.acronym);
    } else if (m.acronym) e.properties.acronym ??= m.acronym;
    index.noteAcronym(e);
    if (m.kind) e.properties.kind ??= m.kind;
  }
  // 1b. multi-word heads standing alone ("el Seguro Social", "Seguro Popular"): part of a longer name if one holds them
  for (const m of ms) {
    if (!standalone(m)) continue;
    const e = index.holding(fold(m.surface)) ?? index.find(m.surface) ?? create(m.surface);
    index.attach(e, m);
    if (m.kind) e.properties.kind ??= m.kind;
  }
  // 2. short forms of sub-units ("Facultad de Ingeniería Civil" of the whole)
  for (const m of ms) {
    if (m.full !== false || m.acronymOnly) continue;
    const whole = from(m.from).find((o) => o !== m && o.to > m.to && o.key);
    const e = (whole && w.entities.get(whole.key!)) ?? index.find(m.surface) ?? create(m.surface);
    index.attach(e, m);
  }
  // 3. acronyms alone, or before more of the name ("INT Centro Educativo", "IMPLAN Torreón")
  const inEvents = eventAcronyms(w);
  for (const m of ms) {
    if (m.key || m.anaphor || !m.acronymOnly || !m.acronym) continue;
    // an acronym introduced inside an event's name ("(APEC) Leaders’ week") names no institution
    if (inEvents.has(m.acronym)) continue;
    // "IEAA (Instituto de Educación para Adultos de Antioquia)": the name in parentheses expands the acronym
    const expanded =
      w.tokens[m.to]?.text === '('
        ? from(m.to + 1).find((o) => o.key && !o.anaphor && w.tokens[o.to]?.text === ')')
        : undefined;
    let e = index.resolveAcronym(m.acronym) ?? (expanded ? w.entities.get(expanded.key!) : undefined);
    if (expanded && e && e.key === expanded.key) e.properties.acronym ??= m.acronym;
    // an acronym that spells the name's initials is its acronym even when never introduced ("IMSS")
    if (e && !e.properties.acronym && initialsOf(e.name) === acronymLetters(m.acronym)) {
      e.properties.acronym = m.acronym;
    }
    if (!e) {
      e = create(m.surface);
      e.properties.acronym = m.acronym;
      if (m.surface !== m.acronym) index.addAlias(e, m.acronym);
    }
    index.noteAcronym(e);
    index.attach(e, m);
  }
  bareHeads(w, ms);
}

function contentKeyStarts(longer: string, name: string): boolean {
  return documentContentKey(longer).startsWith(documentContentKey(name));
}

/** 4. bare heads: nearest earlier institution with that head, else the nearest later one. */
function bareHeads(w: Work, ms: Mention[]): void {
  // nothing this step does changes which mentions a head fits: the candidates of each head are listed once
  const fits = new Map<string, Nearest<Mention>>();
  for (const m of ms) {
    if (m.key || !m.anaphor) continue;
    const head = fold(m.surface);
    // "la casa de estudios" stands for any of several heads
    const heads = ANAPHOR_SYNONYMS[head] ?? [head];
    let near = fits.get(head);
    if (!near) {
      const cands = ms.filter(
        (o) =>
          o.key &&
          !o.anaphor &&
          // the head as a word of the name: "the agency" is not the "Office of ... Interagency Relations"
          heads.some(
            (h) =>
              fold(w.entities.get(o.key!)!.name).startsWith(h) || ` ${fold(o.surface)} `.includes(` ${h} `),
          ),
      );
      near = new Nearest(cands, (o) => o.from);
      fits.set(head, near);
    }
    const target = near.lastBefore(m.from) ?? near.firstAfter(m.from);
    if (target) {
      m.key = target.key;
      w.entities.get(target.key!)!.mentions.push(m);
    } else publishedBy(w, m, heads);
  }
}

/**
 * "La Municipalidad firmó ..." on the site of the Municipalidad de Puerto Varas: a bare head no name of the
 * text fits points to the body that published the page, when its name has that head.
 */
function publishedBy(w: Work, m: Mention, heads: readonly string[]): void {
  const name = w.publisher;
  if (!name || !heads.some((h) => fold(name).startsWith(h + ' ') || fold(name) === h)) return;
  const e = findInstitution(w, name) ?? newEntity(w, 'Institution', name);
  if (m.kind) e.properties.kind ??= m.kind;
  m.key = e.key;
  e.mentions.push(m);
}
