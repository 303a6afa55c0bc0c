// Place and event resolution: equivalent names, kinds that keep places apart, ordinals in events.
import { expect } from 'chai';
import { resolveExtractions } from '../../../ingest/resolve';
import type { Extraction, ExtractedNode } from '../../../model/extraction';
import type { EntityLabel } from '../../../model/graph-schema';
import { doc, event, idsOf, institution, place, rel } from './builders';

const TAG = '[resolve/place-event]';

describe('resolve: places and events across documents', () => {
  const table: [string, EntityLabel, ExtractedNode[], number][] = [
    [
      'México ~ Mexico',
      'Place',
      [place('México', { kind: 'country' }), place('Mexico', { kind: 'country' })],
      1,
    ],
    ['EE. UU. ~ Estados Unidos', 'Place', [place('Estados Unidos'), place('EE. UU.')], 1],
    [
      'United States ~ Estados Unidos de América',
      'Place',
      [place('United States'), place('Estados Unidos de América')],
      1,
    ],
    [
      'alias Rosarito',
      'Place',
      [place('Playas de Rosarito', { aliases: ['Rosarito'] }), place('Rosarito')],
      1,
    ],
    [
      'Chihuahua state vs city',
      'Place',
      [place('Chihuahua', { kind: 'state' }), place('Chihuahua', { kind: 'city' })],
      2,
    ],
    [
      'generic venue',
      'Place',
      [place('Casa de Gobierno', { kind: 'venue' }), place('Casa de Gobierno', { kind: 'venue' })],
      2,
    ],
    [
      'contained name with the same ordinal',
      'Event',
      [
        event('XXVII Asamblea General de la Conferencia Interamericana de Seguridad Social'),
        event('XXVII Asamblea General'),
      ],
      1,
    ],
    [
      'case and articles',
      'Event',
      [event('XXVII asamblea general de la CISS'), event('XXVII Asamblea General de la CISS')],
      1,
    ],
    [
      'different ordinal',
      'Event',
      [event('XXVI Asamblea General'), event('XXVII Asamblea General de la CISS')],
      2,
    ],
    [
      'ordinal in digits',
      'Event',
      [event('35° Periodo de Sesiones de la Cepal'), event('XXXV Periodo de Sesiones')],
      1,
    ],
    [
      'dates far apart',
      'Event',
      [
        event('Foro Nacional de Salud', { date: '2014-05-01' }),
        event('Foro Nacional de Salud', { date: '2015-05-01' }),
      ],
      2,
    ],
  ];
  for (const [title, label, nodes, count] of table) {
    it(`${TAG} ${title} -> ${count}`, () => {
      const { extractions } = resolveExtractions(
        nodes.map((n, i) => doc(`${String(i).padStart(3, '0')}.txt`, [n])),
      );
      expect(idsOf(extractions, label), `${TAG} ${title}`).to.have.length(count);
    });
  }

  it(`${TAG} an acronym of a known institution is spelt out in event names`, () => {
    const ciss = institution('Conferencia Interamericana de Seguridad Social', { acronym: 'CISS' });
    // [short event name, expected events]
    const table: [string, number][] = [
      ['XXVII Asamblea General de la CISS', 1],
      ['XXVII Asamblea General de la OISS', 2],
      ['XXVI Asamblea General de la CISS', 2],
    ];
    for (const [short, count] of table) {
      const { extractions } = resolveExtractions([
        doc('000.txt', [
          ciss,
          event('XXVII Asamblea General de la Conferencia Interamericana de Seguridad Social'),
        ]),
        doc('002.txt', [event(short)]),
      ]);
      expect(idsOf(extractions, 'Event'), `${TAG} ${short}`).to.have.length(count);
    }
  });

  it(`${TAG} a venue matches only inside the same place`, () => {
    const venue = (file: string, city: string | null) => {
      const hall = place('Salón Juárez', { kind: 'venue' });
      if (city === null) return doc(file, [hall]);
      const town = place(city, { kind: 'city' });
      return doc(file, [hall, town], [rel('LOCATED_IN', hall, town)]);
    };
    // [cities of the two documents, expected venues]
    const table: [string | null, string | null, number][] = [
      [null, null, 2],
      ['Mexicali', 'Mexicali', 1],
      ['Mexicali', 'Tijuana', 2],
    ];
    for (const [first, second, count] of table) {
      const { extractions } = resolveExtractions([venue('000.txt', first), venue('001.txt', second)]);
      const venues = idsOf(extractions, 'Place').filter((id) => id.startsWith('place:salon'));
      expect(venues, `${TAG} Salón Juárez in ${first} and ${second}`).to.have.length(count);
    }
  });

  it(`${TAG} places kept apart get distinct ids`, () => {
    const { extractions, merges } = resolveExtractions([
      doc('000.txt', [place('Chihuahua', { kind: 'state' })]),
      doc('001.txt', [place('Chihuahua', { kind: 'city' })]),
    ]);
    expect(idsOf(extractions, 'Place')).to.deep.equal(['place:chihuahua', 'place:chihuahua--city']);
    expect(merges.map((m) => m.links[0]!.rule)).to.deep.equal(['id-disambiguated']);
  });

  it(`${TAG} homonyms take ids from their context and first document, whatever the order or file names`, () => {
    const venue = (file: string, city: string | null, date: string) => {
      const hall = place('Salón Juárez', { kind: 'venue' });
      if (city === null) return doc(file, [hall], [], date);
      const town = place(city, { kind: 'city' });
      return doc(file, [hall, town], [rel('LOCATED_IN', hall, town)], date);
    };
    const input = [
      venue('b.txt', 'Mexicali', '2024-05-01'),
      venue('a.txt', 'Tijuana', '2024-06-01'),
      venue('c.txt', null, '2024-07-01'),
    ];
    const ids = (extractions: Extraction[]) =>
      extractions.flatMap((e) => e.nodes.map((n) => `${e.document.file} ${n.id}`)).sort();
    const reference = ids(resolveExtractions(input).extractions);
    expect(reference).to.include.members([
      'b.txt place:salon-juarez',
      'a.txt place:salon-juarez--tijuana',
      'c.txt place:salon-juarez--2024-07-01-shactxt',
    ]);
    expect(ids(resolveExtractions([...input].reverse()).extractions)).to.deep.equal(reference);
    const renamed = input.map((e) => ({ ...e, document: { ...e.document, file: `x-${e.document.file}` } }));
    expect(ids(resolveExtractions(renamed).extractions).map((line) => line.replace(/^x-/, ''))).to.deep.equal(
      reference,
    );
  });
});
