// Tests of the gold builder: gold follows what the text mentions.
import { expect } from 'chai';
import { GoldBuilder } from '../../../bench/corpus/gold';

describe('bench/corpus GoldBuilder', () => {
  it('should throw on a mention of an undeclared entity, or an entity never written by its name', () => {
    expect(() => new GoldBuilder().mention('x', 'X')).to.throw(/"x" mentioned before it was declared/);
    const gold = new GoldBuilder();
    gold.declare('imss', 'Institution', 'Instituto Mexicano del Seguro Social');
    gold.mention('imss', 'IMSS');
    expect(() => gold.build('a.txt', null)).to.throw(/a\.txt: entity "imss" .* never by its name/);
  });

  it('keeps mentioned entities with the other forms written as aliases', () => {
    const gold = new GoldBuilder();
    gold.declare('imss', 'Institution', 'Instituto Mexicano del Seguro Social');
    gold.declare('unused', 'Person', 'Nadie Nunca');
    gold.mention('imss', 'Instituto Mexicano del Seguro Social');
    gold.mention('imss', 'IMSS');
    gold.mention('imss', 'IMSS');
    expect(gold.build('a.txt', '2014-05-09')).to.deep.equal({
      file: 'a.txt',
      date: '2014-05-09',
      entities: [
        {
          key: 'imss',
          label: 'Institution',
          name: 'Instituto Mexicano del Seguro Social',
          aliases: ['IMSS'],
        },
      ],
      relationships: [],
    });
  });

  it('lists accepted shorter variants after the forms written', () => {
    const gold = new GoldBuilder();
    gold.declare('event', 'Event', 'Cumbre Iberoamericana de Vivienda 2015');
    gold.variant('event', 'Cumbre Iberoamericana de Vivienda');
    gold.mention('event', 'Cumbre Iberoamericana de Vivienda 2015');
    expect(gold.build('a.txt', null).entities[0]?.aliases).to.deep.equal([
      'Cumbre Iberoamericana de Vivienda',
    ]);
  });

  it('marks entities written only inside other names optional, and the facts that touch them', () => {
    const gold = new GoldBuilder();
    gold.declare('uac', 'Institution', 'Universidad Autónoma de Coahuila');
    gold.declare('coahuila', 'Place', 'Coahuila');
    gold.mention('uac', 'Universidad Autónoma de Coahuila');
    gold.embed('coahuila');
    gold.relate('LOCATED_IN', 'uac', 'coahuila');
    gold.relate('LOCATED_IN', 'uac', 'coahuila');
    gold.relate('HOLDS_ROLE', 'nobody', 'uac', { role: 'Rector' });
    const built = gold.build('a.txt', null);
    expect(built.entities.find((e) => e.key === 'coahuila')).to.deep.include({ optional: true });
    expect(built.relationships).to.deep.equal([
      { type: 'LOCATED_IN', from: 'uac', to: 'coahuila', optional: true },
    ]);
  });
});
