// Dates of mixed precision as periods, and range predicates over them.
import { expect } from 'chai';
import { checkRange, dateRangePredicates, periodEnd, periodStart } from '../../../server/services/date-range';

describe('services/date-range', () => {
  it('should refuse a range that ends before it starts, naming the field', () => {
    for (const [from, to] of [
      ['2015', '2014'],
      ['2014-06', '2014-05'],
      ['2014-05-02', '2014-05-01'],
      ['2014-06-01', '2014-05'],
    ]) {
      expect(() => checkRange({ from, to }), `${from}..${to}`).to.throw(/query\.from .* is after query\.to/);
    }
  });

  const periods: [string, string, string][] = [
    ['2014', '2014-01-01', '2014-12-31'],
    ['2014-02', '2014-02-01', '2014-02-31'],
    ['2014-02-28', '2014-02-28', '2014-02-28'],
  ];
  for (const [date, start, end] of periods) {
    it(`${date} runs from ${start} to (at most) ${end}`, () => {
      expect(periodStart(date)).to.equal(start);
      expect(periodEnd(date)).to.equal(end);
    });
  }

  it('accepts ranges of one period at any precision', () => {
    for (const [from, to] of [
      ['2014', '2014'],
      ['2014-05', '2014-05'],
      ['2014', '2014-01'],
      ['2014-05-31', '2014-05'],
    ]) {
      expect(() => checkRange({ from, to }), `${from}..${to}`).to.not.throw();
    }
  });

  it('builds index-friendly predicates and their parameters', () => {
    expect(dateRangePredicates('a.date', {})).to.deep.equal({ where: [], params: {} });
    const both = dateRangePredicates('a.date', { from: '2014-05', to: '2014' });
    expect(both.where[0]).to.equal('a.date >= $dateFromYear');
    expect(both.where[2]).to.equal('a.date <= $dateTo');
    expect(both.params).to.deep.equal({ dateFromYear: '2014', dateFrom: '2014-05-01', dateTo: '2014-12-31' });
  });
});
