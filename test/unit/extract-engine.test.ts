// The rule engine on its own: tagging keeps offsets and takes the packs' lexicons; patterns match
// words, tags, predicates, mentions and groups as their table says.
import { expect } from 'chai';
import type { MatchContext, Span } from '../../engine';
import {
  compile,
  compileRules,
  findAll,
  inList,
  runRules,
  slotIndex,
  tag,
  tagTokens,
  useLexicon,
  wordTags,
} from '../../engine';
import { PACKS } from '../../lang';

function context(text: string, spans: Span[] = []): MatchContext {
  useLexicon('es', PACKS.es.lexicon);
  const t = tag(text, 'es');
  const index = slotIndex(t, spans);
  return { toks: t.tokens, preds: PACKS.es.predicates, slots: index.slots, inside: index.inside };
}

const span = (text: string, name: string): Span => {
  const start = text.indexOf(name);
  return { label: 'Person', start, end: start + name.length, key: name };
};

describe('engine: tagging', () => {
  it('keeps character offsets for words and punctuation', () => {
    const text = 'El ministro, Dr. Luis Paz, firmó el acuerdo del año.\n\nLuego habló.';
    const t = tag(text, 'es');
    for (const tok of t.tokens) expect(text.slice(tok.start, tok.end)).to.equal(tok.text);
    expect(t.tokens.map((x) => x.text)).to.include.members([',', 'firmó', 'del']);
    expect(t.sentences.length).to.be.at.least(2);
  });

  it('reads posts and instruments as nouns once the Spanish lexicon is in', () => {
    useLexicon('es', PACKS.es.lexicon);
    const tags = (w: string) => [...(tag(`El ${w} llegó.`, 'es').tokens[1]?.tags ?? [])];
    for (const w of ['ministro', 'acuerdo', 'convenio', 'documento']) expect(tags(w), w).to.include('Noun');
  });

  const WORDS: [string, 'es' | 'en', string][] = [
    // a word alone, and a tag it has whatever the sentence
    ['firmarán', 'es', 'FutureTense'],
    ['suscribirían', 'es', 'Conditional'],
    ['firmaron', 'es', 'PastTense'],
    ['will', 'en', 'Modal'],
    ['signed', 'en', 'PastTense'],
  ];
  for (const [word, lang, want] of WORDS) {
    it(`reads "${word}" alone as ${want}`, () => {
      expect([...wordTags(word, lang)]).to.include(want);
      // the memo answers the same the second time
      expect([...wordTags(word, lang)]).to.include(want);
    });
  }

  it('gives tokens made elsewhere the tags of their words, punctuation apart', () => {
    const text = 'Firmarán hoy, en Quito.';
    const toks = [...text.matchAll(/\p{L}+|\S/gu)].map((m) => ({
      text: m[0],
      f: m[0].toLowerCase(),
      start: 100 + m.index,
      end: 100 + m.index + m[0].length,
      word: /\p{L}/u.test(m[0]),
    }));
    const t = tagTokens(text, toks, 'es');
    expect(t.tokens.map((x) => [x.text, x.start])).to.deep.equal(toks.map((x) => [x.text, x.start]));
    expect([...t.tokens[0]!.tags]).to.include('FutureTense');
    expect([...t.tokens[2]!.tags]).to.deep.equal(['Punctuation']);
    expect(t.sentences).to.deep.equal([{ start: 100, end: 123, tokStart: 0, tokEnd: toks.length }]);
  });

  it('keeps a capitalised word inside a list of names even where it reads as a verb alone', () => {
    const list = inList(['y']);
    const tok = (text: string) => ({
      text,
      f: text.toLowerCase(),
      start: 0,
      end: 1,
      tags: wordTags(text, 'en'),
      sent: 0,
    });
    expect([...wordTags('Housing', 'en')]).to.include('Verb');
    expect(list(tok('Housing'), 0, [])).to.equal(true);
    expect(list(tok('signed'), 0, [])).to.equal(false);
  });
});

const ROWS: [string, string, string, string | null][] = [
  // pattern, text, expected match text, expected group "who" text
  ['no @signing', 'Ellos no firmaron nada.', 'no firmaron', null],
  ['@signing&#FutureTense', 'Mañana firmarán el convenio.', 'firmarán', null],
  [
    '(en|ante) la? presencia (de|del) [<who>.+]',
    'Firmaron en presencia del alcalde.',
    'en presencia del alcalde.',
    'alcalde.',
  ],
  [
    'como (testigo|testigos) [<who>{Person}]',
    'Estuvo como testigo Ana Ruiz.',
    'como testigo Ana Ruiz',
    'Ana Ruiz',
  ],
  ['testigo (de honor)? #Verb', 'El testigo llegó.', 'testigo llegó', null],
  ['/^firm/ !el', 'firmaron un convenio', 'firmaron un', null],
];

describe('engine: patterns', () => {
  for (const [pattern, text, whole, who] of ROWS) {
    it(`"${pattern}" in "${text}"`, () => {
      const spans = text.includes('Ana Ruiz') ? [span(text, 'Ana Ruiz')] : [];
      const c = context(text, spans);
      const [h] = findAll(compile(pattern), c, 0, c.toks.length);
      expect(h, 'a match').to.not.equal(undefined);
      const cut = (a: number, b: number) => text.slice(c.toks[a]!.start, c.toks[b - 1]!.end);
      expect(cut(h!.from, h!.to)).to.equal(whole);
      if (who) expect(cut(...h!.groups.who!)).to.equal(who);
    });
  }

  it('a mention slot consumes the whole name, a negated one steps over names', () => {
    const text = 'Ana Ruiz, alcaldesa, testigo de honor.';
    const c = context(text, [span(text, 'Ana Ruiz')]);
    expect(findAll(compile('{Person} , (!{Person})* testigo'), c, 0, c.toks.length)).to.have.length(1);
    expect(findAll(compile('!{Person} Ruiz'), c, 0, c.toks.length)).to.have.length(0);
  });

  it('names the pattern and the place of a syntax error', () => {
    expect(() => compile('(a|b')).to.throw(/pattern "\(a\|b": missing "\)"/);
    expect(() => compile('[a]')).to.throw(/a group needs a <name>/);
  });
});

describe('engine: priority and claims', () => {
  it('a stronger rule claims its group, a weaker one touching it does not fire', () => {
    const text = 'Asistieron como testigos Ana Ruiz.';
    const c = context(text, [span(text, 'Ana Ruiz')]);
    const rule = (reason: string, match: string, priority: number) => ({
      reason,
      match,
      priority,
      emit: null,
      example: '',
      expect: null,
    });
    const set = compileRules([
      rule('attendee', 'asistieron [<who>@inlist* {Person}]', 10),
      rule('witness', 'como testigos [<who>{Person}]', 20),
    ]);
    expect(runRules(set, c, 0, c.toks.length).map((h) => h.rule.reason)).to.deep.equal(['witness']);
  });

  it('refuses two rules with one reason', () => {
    const r = { reason: 'x', match: 'a', priority: 1, emit: null, example: '', expect: null };
    expect(() => compileRules([r, r])).to.throw(/rule "x": reason used twice/);
  });
});
