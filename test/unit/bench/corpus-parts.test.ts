// Tests of the generator's parts: the PRNG, acronyms, slugs and templates.
import { expect } from 'chai';
import { acronymOf, slug } from '../../../bench/corpus/cast';
import { createRandom, documentSeed } from '../../../bench/corpus/random';
import { capitalize, countWords, fill, joinList } from '../../../bench/corpus/template';

describe('bench/corpus random', () => {
  it('should throw if asked to pick from nothing or sample too many', () => {
    const rng = createRandom(1);
    expect(() => rng.pick([])).to.throw(/empty/);
    expect(() => rng.sample([1, 2], 3)).to.throw(/3 of 2/);
  });

  it('repeats its sequence for a seed and keeps draws in range', () => {
    const a = createRandom(7);
    const b = createRandom(7);
    const xs = Array.from({ length: 100 }, () => a.next());
    expect(Array.from({ length: 100 }, () => b.next())).to.deep.equal(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).to.equal(true);
    const rng = createRandom(3);
    for (let i = 0; i < 200; i++) expect(rng.int(2, 5)).to.be.within(2, 5);
    const sample = rng.sample([1, 2, 3, 4, 5], 5);
    expect([...sample].sort()).to.deep.equal([1, 2, 3, 4, 5]);
  });

  it('derives distinct document seeds within a corpus and across neighbouring corpus seeds', () => {
    const seeds = new Set<number>();
    for (const seed of [0, 1, 2, 3, 42]) for (let i = 0; i < 1000; i++) seeds.add(documentSeed(seed, i));
    expect(seeds.size).to.equal(5000);
  });
});

describe('bench/corpus cast', () => {
  const acronyms: [string, string][] = [
    ['Universidad Autónoma de Nuevo León', 'UANL'],
    ['Instituto Nacional de Salud Pública', 'INSP'],
    ['Colegio de Médicos Cirujanos de Ávila', 'CMCA'],
    ['Ministry of Science and Technology of Peru', 'MSTP'],
  ];
  for (const [name, expected] of acronyms) {
    it(`acronymOf("${name}") is ${expected}`, () => expect(acronymOf(name)).to.equal(expected));
  }

  it('slugs names without accents or punctuation', () => {
    expect(slug('Secretaría de Salud del Gobierno de Yucatán')).to.equal(
      'secretaria-de-salud-del-gobierno-de-yucatan',
    );
  });
});

describe('bench/corpus template', () => {
  it('should throw on a slot it has no value for', () => {
    expect(() => fill('{a} y {b}', { a: () => 'x' })).to.throw(/no slot \{b\}/);
  });

  it('fills slots left to right, and slots inside slot values', () => {
    const order: string[] = [];
    const slots = {
      a: () => (order.push('a'), 'el IMSS'),
      b: () => (order.push('b'), 'la {c}'),
      c: () => 'UAC',
    };
    expect(fill('{a} y {b}', slots)).to.equal('el IMSS y la UAC');
    expect(order).to.deep.equal(['a', 'b']);
  });

  const lists: [string[], ',' | ';', string][] = [
    [['a'], ',', 'a'],
    [['a', 'b'], ',', 'a y b'],
    [['a', 'b', 'c'], ',', 'a, b y c'],
    [['a, x', 'b, y'], ';', 'a, x, y b, y'],
    [['a, x', 'b, y', 'c, z'], ';', 'a, x; b, y, y c, z'],
  ];
  for (const [items, separator, expected] of lists) {
    it(`joinList(${JSON.stringify(items)}, "${separator}") is "${expected}"`, () =>
      expect(joinList(items, 'y', separator)).to.equal(expected));
  }

  it('counts words and capitalizes', () => {
    expect(countWords('  Lima, Perú,\n9 de mayo ')).to.equal(5);
    expect(capitalize('el Instituto')).to.equal('El Instituto');
  });
});
