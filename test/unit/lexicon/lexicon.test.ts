// Lexicon data checks: no duplicates, well-formed entries, valid kinds, and spot checks by phrase.
import { expect } from 'chai';
import { AGREEMENT_KINDS, INSTITUTION_KINDS } from '../../../model/graph-schema';
import {
  AGREEMENT_NOUNS,
  EVENT_NOUNS,
  GIVEN_NAMES,
  HONORIFICS,
  INSTITUTION_HEADS,
  MONTHS,
  NOT_NAMES,
  POST_TITLES,
  SIGNING_VERBS,
  SURNAMES,
  VENUE_HEADS,
} from '../../../ingest/extract/lexicon';

/** Lower case without diacritics: how the extractor compares words. */
const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The keys that occur more than once. */
function duplicates(keys: readonly string[]): string[] {
  const seen = new Set<string>();
  const dups = new Set<string>();
  for (const k of keys) (seen.has(k) ? dups : seen).add(k);
  return [...dups];
}

/** Entries with stray spaces, empty text or doubled spaces. */
const malformed = (strings: readonly string[]): string[] =>
  strings.filter((s) => s.length === 0 || s !== s.trim() || /\s{2,}/.test(s));

const LANGS = ['es', 'en'];

describe('lexicon', () => {
  describe('sizes', () => {
    const table: [string, number, number][] = [
      ['HONORIFICS', HONORIFICS.length, 100],
      ['POST_TITLES', POST_TITLES.length, 300],
      ['INSTITUTION_HEADS', INSTITUTION_HEADS.length, 200],
      ['SIGNING_VERBS', SIGNING_VERBS.length, 150],
      ['AGREEMENT_NOUNS', AGREEMENT_NOUNS.length, 100],
      ['EVENT_NOUNS', EVENT_NOUNS.length, 100],
      ['VENUE_HEADS', VENUE_HEADS.length, 80],
      ['NOT_NAMES', NOT_NAMES.length, 300],
      ['GIVEN_NAMES', GIVEN_NAMES.length, 1500],
      ['SURNAMES', SURNAMES.length, 800],
    ];
    for (const [name, size, min] of table) {
      it(`${name} holds at least ${min} entries`, () => {
        expect(size, name).to.be.at.least(min);
      });
    }
  });

  describe('no duplicates and no stray spaces', () => {
    const table: [string, string[]][] = [
      ['HONORIFICS', HONORIFICS.map((h) => h.form)],
      ['POST_TITLES', POST_TITLES.map((p) => `${p.lang}:${fold(p.title)}`)],
      ['INSTITUTION_HEADS', INSTITUTION_HEADS.map((h) => `${h.lang}:${fold(h.word)}`)],
      // exact forms: "firmará" (future) and "firmara" (subjunctive) differ only by the accent
      ['SIGNING_VERBS', SIGNING_VERBS.map((v) => `${v.lang}:${v.form}`)],
      ['AGREEMENT_NOUNS', AGREEMENT_NOUNS.map((a) => `${a.lang}:${a.phrase.toLowerCase()}`)],
      ['EVENT_NOUNS', EVENT_NOUNS.map((e) => `${e.lang}:${fold(e.word)}`)],
      ['VENUE_HEADS', VENUE_HEADS.map(fold)],
      ['NOT_NAMES', NOT_NAMES.map(fold)],
      ['GIVEN_NAMES', GIVEN_NAMES.map(fold)],
      ['SURNAMES', SURNAMES.map(fold)],
    ];
    for (const [name, keys] of table) {
      it(`${name} has no duplicate entries`, () => {
        expect(duplicates(keys), name).to.deep.equal([]);
      });
      it(`${name} has no empty or badly spaced entries`, () => {
        expect(malformed(keys.map((k) => k.replace(/^[^:]*:/, ''))), name).to.deep.equal([]);
      });
    }
  });

  describe('well-formed entries', () => {
    it('every lang is es or en', () => {
      const bad = [...POST_TITLES, ...INSTITUTION_HEADS, ...SIGNING_VERBS, ...AGREEMENT_NOUNS, ...EVENT_NOUNS]
        .map((e) => e.lang)
        .filter((l) => !LANGS.includes(l));
      expect(bad).to.deep.equal([]);
    });

    it('every institution kind is one of INSTITUTION_KINDS', () => {
      const kinds: readonly string[] = INSTITUTION_KINDS;
      expect(INSTITUTION_HEADS.filter((h) => !kinds.includes(h.kind)).map((h) => h.word)).to.deep.equal([]);
    });

    it('every agreement kind is one of AGREEMENT_KINDS', () => {
      const kinds: readonly string[] = AGREEMENT_KINDS;
      expect(AGREEMENT_NOUNS.filter((a) => !kinds.includes(a.kind)).map((a) => a.phrase)).to.deep.equal([]);
    });

    it('signing verbs are lower case', () => {
      const phrases = SIGNING_VERBS.map((v) => v.form);
      expect(phrases.filter((p) => p !== p.toLowerCase())).to.deep.equal([]);
    });

    it('agreement phrases are lower case unless they are acronyms or a proper title', () => {
      const bad = AGREEMENT_NOUNS.map((a) => a.phrase).filter(
        (p) =>
          p !== p.toLowerCase() && !/^[A-Z][A-Za-z]{1,4}s?$/.test(p) && !/^[A-Z]\w+ \w+ Agreement$/.test(p),
      );
      expect(bad).to.deep.equal([]);
    });

    it('an abbreviated honorific expands to a full word, not to another abbreviation', () => {
      const bad = HONORIFICS.filter(
        (h) =>
          h.expands !== undefined &&
          (h.expands === h.form || h.expands.endsWith('.') || h.expands.length < 3),
      );
      expect(bad.map((h) => h.form)).to.deep.equal([]);
    });

    it('names, titles and heads start with a capital letter', () => {
      const strings = [
        ...GIVEN_NAMES,
        ...SURNAMES,
        ...NOT_NAMES,
        ...VENUE_HEADS,
        ...HONORIFICS.map((h) => h.form),
        ...POST_TITLES.filter(
          (p) =>
            p.title !== 'titular' &&
            p.title !== 'encargado de despacho' &&
            p.title !== 'encargada de despacho',
        ).map((p) => p.title),
        ...INSTITUTION_HEADS.map((h) => h.word),
        ...EVENT_NOUNS.map((e) => e.word),
      ];
      // "da Silva"-style particles are written capitalised at the start of a listed surname
      expect(strings.filter((s) => !/^[\p{Lu}ÑÁÉÍÓÚ]/u.test(s))).to.deep.equal([]);
    });

    it('no given name is also a not-name', () => {
      const notNames = new Set(NOT_NAMES.map(fold));
      expect(GIVEN_NAMES.filter((n) => notNames.has(fold(n)))).to.deep.equal([]);
      expect(SURNAMES.filter((n) => notNames.has(fold(n)))).to.deep.equal([]);
    });
  });

  describe('spot checks', () => {
    const table: [string, () => boolean][] = [
      ["'Dr.' expands to 'Doctor'", () => HONORIFICS.some((h) => h.form === 'Dr.' && h.expands === 'Doctor')],
      [
        "'Mtra.' expands to 'Maestra'",
        () => HONORIFICS.some((h) => h.form === 'Mtra.' && h.expands === 'Maestra'),
      ],
      ["'Doña' is an honorific", () => HONORIFICS.some((h) => h.form === 'Doña')],
      [
        "'Directora General' is a Spanish post",
        () => POST_TITLES.some((p) => p.title === 'Directora General' && p.lang === 'es'),
      ],
      [
        "'Viceministro' is a Spanish post",
        () => POST_TITLES.some((p) => p.title === 'Viceministro' && p.lang === 'es'),
      ],
      [
        "'titular' is a Spanish post",
        () => POST_TITLES.some((p) => p.title === 'titular' && p.lang === 'es'),
      ],
      [
        "'Administrator' is an English post",
        () => POST_TITLES.some((p) => p.title === 'Administrator' && p.lang === 'en'),
      ],
      [
        "'Secretaría' heads a ministry",
        () => INSTITUTION_HEADS.some((h) => h.word === 'Secretaría' && h.kind === 'ministry'),
      ],
      [
        "'Universidad' heads a university",
        () => INSTITUTION_HEADS.some((h) => h.word === 'Universidad' && h.kind === 'university'),
      ],
      [
        "'Instituto del Seguro Social' heads social security",
        () =>
          INSTITUTION_HEADS.some(
            (h) => h.word === 'Instituto del Seguro Social' && h.kind === 'social-security',
          ),
      ],
      [
        "'Administration' is an English head",
        () => INSTITUTION_HEADS.some((h) => h.word === 'Administration' && h.lang === 'en'),
      ],
      ["'suscribieron' is a signing verb", () => SIGNING_VERBS.some((v) => v.form === 'suscribieron')],
      ["'firmaron' is a signing verb", () => SIGNING_VERBS.some((v) => v.form === 'firmaron')],
      [
        "'signed' is an English signing verb",
        () => SIGNING_VERBS.some((v) => v.form === 'signed' && v.lang === 'en'),
      ],
      [
        "'convenio marco' is a convenio",
        () => AGREEMENT_NOUNS.some((a) => a.phrase === 'convenio marco' && a.kind === 'convenio'),
      ],
      [
        "'acuerdo de cooperación interinstitucional' is an acuerdo",
        () =>
          AGREEMENT_NOUNS.some(
            (a) => a.phrase === 'acuerdo de cooperación interinstitucional' && a.kind === 'acuerdo',
          ),
      ],
      [
        "'memorándum de entendimiento' is a memorando",
        () =>
          AGREEMENT_NOUNS.some((a) => a.phrase === 'memorándum de entendimiento' && a.kind === 'memorando'),
      ],
      [
        "'memorandum of understanding' is an English memorando",
        () =>
          AGREEMENT_NOUNS.some(
            (a) => a.phrase === 'memorandum of understanding' && a.kind === 'memorando' && a.lang === 'en',
          ),
      ],
      ["'Asamblea General' is an event noun", () => EVENT_NOUNS.some((e) => e.word === 'Asamblea General')],
      [
        '"Leaders\' Week" is an English event noun',
        () => EVENT_NOUNS.some((e) => e.word === "Leaders' Week" && e.lang === 'en'),
      ],
      ["'Palacio Nacional' is a venue head", () => VENUE_HEADS.includes('Palacio Nacional')],
      ["'Durante' is a not-name", () => NOT_NAMES.includes('Durante')],
      ["'Sin embargo' is a not-name", () => NOT_NAMES.includes('Sin embargo')],
      [
        "'Julio' is a given name, not a not-name",
        () => GIVEN_NAMES.includes('Julio') && !NOT_NAMES.includes('Julio'),
      ],
      ["'José' is a given name", () => GIVEN_NAMES.includes('José')],
      ["'Guadalupe' is a given name", () => GIVEN_NAMES.includes('Guadalupe')],
      ["'Ma.' (María) is a given name", () => GIVEN_NAMES.includes('Ma.')],
      ["'González' is a surname", () => SURNAMES.includes('González')],
      ["'Núñez' is a surname", () => SURNAMES.includes('Núñez')],
      ["'Smith' is a surname", () => SURNAMES.includes('Smith')],
      [
        "'Defensor' and 'Defensora' are post titles",
        () =>
          POST_TITLES.some((p) => p.title === 'Defensor') && POST_TITLES.some((p) => p.title === 'Defensora'),
      ],
      [
        "'Center for' and 'Centre for' are English institution heads",
        () =>
          ['Center for', 'Centre for'].every((w) =>
            INSTITUTION_HEADS.some((h) => h.word === w && h.lang === 'en'),
          ),
      ],
      ["'Régimen' is an institution head", () => INSTITUTION_HEADS.some((h) => h.word === 'Régimen')],
      [
        "'Estación Biológica' is an institution head",
        () => INSTITUTION_HEADS.some((h) => h.word === 'Estación Biológica'),
      ],
      [
        'Government House, Convention Center, Conference Center, City Hall and Council Chamber are venues',
        () =>
          [
            'Government House',
            'Convention Center',
            'Conference Center',
            'City Hall',
            'Council Chamber',
          ].every((v) => VENUE_HEADS.includes(v)),
      ],
      ['twelve months in each language', () => MONTHS.es.length === 12 && MONTHS.en.length === 12],
    ];
    for (const [claim, check] of table) {
      it(claim, () => {
        expect(check(), claim).to.equal(true);
      });
    }
  });
});
