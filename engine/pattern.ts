// A small pattern language over tagged tokens, after compromise's match syntax:
//   word        the folded word ("firmó" matches "firmo", "Firmó")
//   #Tag        a part-of-speech tag (#Verb, #FutureTense, #Person)
//   @name       a named predicate, for what a pattern cannot say (@signing: a form of a signing verb)
//   {Label}     a mention of that label (Person, Institution) found by an earlier step, as one unit
//   /re/        a regular expression over the folded word
//   .           any token
//   a&b         one token that is both (@signing&#FutureTense)
//   !x          one token that is not x (!{Person}: a token outside every Person mention)
//   (a b|c)     alternatives, each a sequence;  [<name> ...] a named group
//   x? x* x+    optional, any number, one or more (greedy, backtracking)
import type { Tok } from './types';
import { fold } from '../model/fold';

export type Predicate = (t: Tok, i: number, toks: readonly Tok[]) => boolean;

export interface MatchContext {
  toks: readonly Tok[];
  preds: Readonly<Record<string, Predicate>>;
  /** End indices (exclusive) of the mentions of `label` that start at token i, longest first. */
  slots(label: string, i: number): readonly number[];
  /** Is token i inside a mention of `label`? */
  inside(label: string, i: number): boolean;
}

export interface Hit {
  from: number;
  to: number;
  groups: Record<string, [number, number]>;
}

type Quant = '' | '?' | '*' | '+';
type Test = (t: Tok, i: number, c: MatchContext) => boolean;
type Node =
  | { k: 'term'; tests: Test[]; q: Quant }
  | { k: 'slot'; label: string; q: Quant }
  | { k: 'alt'; options: Node[][]; q: Quant }
  | { k: 'group'; name: string; seq: Node[]; q: Quant };

export interface Pattern {
  source: string;
  seq: Node[];
}

/** Could a match start at token i? A cheap look at the first element, so most positions are skipped. */
function canStart(nodes: Node[], i: number, c: MatchContext): boolean {
  const node = nodes[0];
  if (!node || node.q === '?' || node.q === '*') return true;
  const t = c.toks[i];
  if (!t) return false;
  switch (node.k) {
    case 'term':
      return node.tests.every((f) => f(t, i, c));
    case 'slot':
      return c.slots(node.label, i).length > 0;
    case 'alt':
      return node.options.some((o) => canStart(o, i, c));
    case 'group':
      return canStart(node.seq, i, c);
  }
}

/** Compiles a pattern; errors name the pattern and the place. */
export function compile(source: string): Pattern {
  const lex = lexemes(source);
  let pos = 0;
  const fail = (why: string): never => {
    throw new Error(`pattern "${source}": ${why} at lexeme ${pos + 1}`);
  };
  const quant = (): Quant => {
    const q = lex[pos];
    if (q === '?' || q === '*' || q === '+') {
      pos++;
      return q;
    }
    return '';
  };
  const seq = (stop: string[]): Node[] => {
    const out: Node[] = [];
    while (pos < lex.length && !stop.includes(lex[pos]!)) {
      const x = lex[pos++]!;
      if (x === '(') {
        const options = [seq(['|', ')'])];
        while (lex[pos] === '|') {
          pos++;
          options.push(seq(['|', ')']));
        }
        if (lex[pos++] !== ')') fail('missing ")"');
        out.push({ k: 'alt', options, q: quant() });
      } else if (x === '[') {
        const name = /^<(\w+)>$/.exec(lex[pos] ?? '')?.[1] ?? fail('a group needs a <name>');
        pos++;
        const inner = seq([']']);
        if (lex[pos++] !== ']') fail('missing "]"');
        out.push({ k: 'group', name, seq: inner, q: quant() });
      } else if (/^[)\]|?*+]$/.test(x)) fail(`unexpected "${x}"`);
      else out.push({ ...term(x, fail), q: quant() });
    }
    return out;
  };
  const top = seq([]);
  if (pos < lex.length) fail(`unexpected "${lex[pos]}"`);
  return { source, seq: top };
}

function lexemes(s: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i]!;
    if (/\s/.test(c)) i++;
    else if ('()[]|'.includes(c)) out.push(s[i++]!);
    else if ('?*+'.includes(c) && out.length) out.push(s[i++]!);
    else if (c === '<' && out.at(-1) === '[') {
      const j = s.indexOf('>', i) + 1 || s.length;
      out.push(s.slice(i, j));
      i = j;
    } else {
      let j = i;
      if (c === '/') j = s.indexOf('/', i + 1) + 1 || s.length;
      while (j < s.length && !/[\s()[\]|]/.test(s[j]!)) j++;
      let word = s.slice(i, j);
      const q = word.length > 1 && /[?*+]$/.test(word) && !/^\/.*\/$/.test(word) ? word.slice(-1) : '';
      if (q) word = word.slice(0, -1);
      out.push(word);
      if (q) out.push(q);
      i = j;
    }
  }
  return out;
}

function term(x: string, fail: (why: string) => never): Node {
  const slot = /^\{(\w+)\}$/.exec(x);
  if (slot) return { k: 'slot', label: slot[1]!, q: '' };
  const tests = x.split(/&(?=.)/).map((part) => test(part, fail));
  return { k: 'term', tests, q: '' };
}

function test(part: string, fail: (why: string) => never): Test {
  if (part.length > 1 && part.startsWith('!')) {
    const inner = test(part.slice(1), fail);
    return (t, i, c) => !inner(t, i, c);
  }
  if (part === '.') return () => true;
  // inside a test, a mention label asks whether the token lies inside such a mention
  const slot = /^\{(\w+)\}$/.exec(part);
  if (slot) {
    const label = slot[1]!;
    return (_t, i, c) => c.inside(label, i);
  }
  if (part.startsWith('#')) {
    const tagName = part.slice(1);
    return (t) => t.tags.has(tagName);
  }
  if (part.startsWith('@')) {
    const name = part.slice(1);
    return (t, i, c) => {
      const p = c.preds[name] ?? fail(`no predicate @${name}`);
      return p(t, i, c.toks);
    };
  }
  if (part.length > 2 && part.startsWith('/') && part.endsWith('/')) {
    const re = new RegExp(part.slice(1, -1));
    return (t) => re.test(t.f);
  }
  const word = fold(part);
  return (t) => t.f === word;
}

/** Matches at token i (before `end`); the continuation sees where the match would end. */
function matchSeq(
  nodes: Node[],
  idx: number,
  i: number,
  end: number,
  c: MatchContext,
  g: Hit['groups'],
  k: (j: number) => boolean,
): boolean {
  const node = nodes[idx];
  if (!node) return k(i);
  // continuations are anonymous inline arrows or top-level functions: a named closure made here, at every
  // step of every match, is wrapped by the loader's keep-names helper, which cost a tenth of extraction
  if (node.q === '') return matchOne(node, i, end, c, g, (j) => matchSeq(nodes, idx + 1, j, end, c, g, k));
  if (node.q === '?')
    return (
      matchOne(node, i, end, c, g, (j) => matchSeq(nodes, idx + 1, j, end, c, g, k)) ||
      matchSeq(nodes, idx + 1, i, end, c, g, k)
    );
  if (node.q === '*') return matchStar(nodes, idx, i, end, c, g, k);
  return matchOne(node, i, end, c, g, (j) => matchStar(nodes, idx, j, end, c, g, k));
}

/** `nodes[idx]` repeated from token j, each repetition moving on (greedy), then the rest of the sequence. */
function matchStar(
  nodes: Node[],
  idx: number,
  j: number,
  end: number,
  c: MatchContext,
  g: Hit['groups'],
  k: (j: number) => boolean,
): boolean {
  return (
    matchOne(nodes[idx]!, j, end, c, g, (m) => m > j && matchStar(nodes, idx, m, end, c, g, k)) ||
    matchSeq(nodes, idx + 1, j, end, c, g, k)
  );
}

function matchOne(
  node: Node,
  i: number,
  end: number,
  c: MatchContext,
  g: Hit['groups'],
  k: (j: number) => boolean,
): boolean {
  switch (node.k) {
    case 'term': {
      const t = c.toks[i];
      if (!t || i >= end) return false;
      return node.tests.every((f) => f(t, i, c)) && k(i + 1);
    }
    case 'slot':
      return c.slots(node.label, i).some((e) => e <= end && k(e));
    case 'alt':
      return node.options.some((o) => matchSeq(o, 0, i, end, c, g, k));
    case 'group':
      return matchSeq(node.seq, 0, i, end, c, g, (j) => {
        const prev = g[node.name];
        g[node.name] = [i, j];
        if (k(j)) return true;
        if (prev) g[node.name] = prev;
        else delete g[node.name];
        return false;
      });
  }
}

/**
 * Every non-overlapping match in tokens [from, to), leftmost first, each as long as it can be.
 *
 * @example
 *   findAll(compile('[<who>{Person}] , testigo'), ctx, 0, ctx.toks.length);
 */
export function findAll(p: Pattern, c: MatchContext, from: number, to: number): Hit[] {
  const out: Hit[] = [];
  for (let i = from; i < to; i++) {
    if (!canStart(p.seq, i, c)) continue;
    const groups: Hit['groups'] = {};
    let last = -1;
    if (matchSeq(p.seq, 0, i, to, c, groups, (j) => j > i && ((last = j), true))) {
      out.push({ from: i, to: last, groups: { ...groups } });
      i = last - 1;
    }
  }
  return out;
}
