// The examples file format: title, description, params, query; mistakes named by line.
import { expect } from 'chai';
import { ExamplesFormatError, loadExamples, parseExamples } from '../../../server/services/cypher-examples';

describe('services/cypher-examples', () => {
  it('reads title, description, params and a query of several lines', () => {
    const source = [
      '// A preamble that is not an example.',
      '',
      '// ## Count people',
      '// How many people',
      '// the graph holds.',
      '// params: {"label": "Person", "n": 3}',
      'MATCH (p:Person)',
      'RETURN count(p) AS people;',
      '',
      '// ## Second',
      '// Just one.',
      'RETURN 1;',
    ].join('\n');
    expect(parseExamples(source)).to.deep.equal([
      {
        title: 'Count people',
        description: 'How many people the graph holds.',
        query: 'MATCH (p:Person)\nRETURN count(p) AS people',
        params: { label: 'Person', n: 3 },
      },
      { title: 'Second', description: 'Just one.', query: 'RETURN 1', params: {} },
    ]);
  });

  const broken: [string, string, RegExp][] = [
    ['bad params JSON', '// ## X\n// params: {nope}\nRETURN 1;', /^f:2: params is not JSON/],
    ['params that are a list', '// ## X\n// params: [1]\nRETURN 1;', /^f:2: params must be a JSON object/],
    [
      'a query without its ;',
      '// ## X\nRETURN 1\n// ## Y\nRETURN 2;',
      /^f:3: example "X" does not end with ";"/,
    ],
    ['a title without a query', '// ## X\n// only words\n', /^f:1: example "X" has no query/],
  ];
  for (const [what, source, message] of broken) {
    it(`names the line of ${what}`, () => {
      expect(() => parseExamples(source, 'f')).to.throw(ExamplesFormatError, message);
    });
  }

  it('reads the shipped file, every example with a title, a description and a query', () => {
    const examples = loadExamples();
    expect(examples.length).to.be.greaterThan(5);
    for (const e of examples) {
      expect(e.title, e.title).to.not.equal('');
      expect(e.description, e.title).to.not.equal('');
      expect(e.query, e.title).to.not.match(/;\s*$/);
    }
  });
});
