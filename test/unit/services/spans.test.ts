// Character spans as the loader stores them ("start-end").
import { expect } from 'chai';
import { parseSpan, parseSpans } from '../../../server/services/spans';

describe('services/spans', () => {
  const spans: [string, { start: number; end: number } | null][] = [
    ['120-145', { start: 120, end: 145 }],
    ['0-0', { start: 0, end: 0 }],
    ['9-3', null],
    ['-1-4', null],
    ['12', null],
    ['a-b', null],
    ['', null],
  ];
  for (const [text, span] of spans) {
    it(`reads the span "${text}" as ${JSON.stringify(span)}`, () => {
      expect(parseSpan(text)).to.deep.equal(span);
    });
  }

  it('orders spans by position and drops duplicates and malformed ones', () => {
    expect(parseSpans(['30-40', '1-5', 'x', '30-40', '1-3'])).to.deep.equal([
      { start: 1, end: 3 },
      { start: 1, end: 5 },
      { start: 30, end: 40 },
    ]);
  });
});
