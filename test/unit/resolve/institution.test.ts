// Institution resolution: names without articles, acronyms across documents, generic aliases.
import { expect } from 'chai';
import { resolveExtractions } from '../../../ingest/resolve';
import type { ExtractedNode } from '../../../model/extraction';
import { doc, idsOf, institution } from './builders';

const TAG = '[resolve/institution]';

describe('resolve: institutions across documents', () => {
  // [nodes, one per document; expected number of institutions; canonical name of the first]
  const table: [string, ExtractedNode[], number, string][] = [
    [
      'IMSS acronym across documents',
      [institution('Instituto Mexicano del Seguro Social', { acronym: 'IMSS' }), institution('IMSS')],
      1,
      'Instituto Mexicano del Seguro Social',
    ],
    [
      'acronym in aliases only, different case',
      [
        institution('Comisión Económica para América Latina y el Caribe', { aliases: ['Cepal'] }),
        institution('CEPAL'),
      ],
      1,
      'Comisión Económica para América Latina y el Caribe',
    ],
    [
      '"de la" variation',
      [
        institution('Conferencia Interamericana de la Seguridad Social'),
        institution('Conferencia Interamericana de Seguridad Social'),
      ],
      1,
      'Conferencia Interamericana de la Seguridad Social',
    ],
    [
      'name equal to an alias of one institution',
      [
        institution('Gobierno de Chiapas', { aliases: ['Gobierno del Estado de Chiapas'] }),
        institution('Gobierno del Estado de Chiapas'),
      ],
      1,
      'Gobierno del Estado de Chiapas',
    ],
    [
      'same acronym, different bodies (different countries)',
      [
        institution('Instituto Nacional Electoral', { acronym: 'INE' }),
        institution('Instituto Nacional de Estadística', { acronym: 'INE' }),
        institution('INE'),
      ],
      3,
      'Instituto Nacional Electoral',
    ],
    [
      'a generic alias shared by two governments identifies neither',
      [
        institution('Gobierno de Chiapas', { aliases: ['Gobierno del Estado'] }),
        institution('Gobierno del Estado de Chihuahua', { aliases: ['Gobierno del Estado'] }),
        institution('Gobierno del Estado'),
      ],
      3,
      'Gobierno de Chiapas',
    ],
    [
      'a type of body without its state names no single body',
      [institution('Secretaría de Salud'), institution('Secretaría de Salud')],
      2,
      'Secretaría de Salud',
    ],
    [
      'same acronym, one word changed: two bodies',
      [
        institution('Tribunal Superior de Justicia de Atlántida', { acronym: 'TSJA' }),
        institution('Tribunal Superior de Justicia de Alajuela', { acronym: 'TSJA' }),
      ],
      2,
      'Tribunal Superior de Justicia de Atlántida',
    ],
    [
      'same acronym, a shorter writing of the name',
      [
        institution('Universidad Autónoma de Coahuila', { acronym: 'UAC' }),
        institution('Universidad Autónoma del Estado de Coahuila', { acronym: 'UAC' }),
        institution('UAC'),
      ],
      1,
      'Universidad Autónoma del Estado de Coahuila',
    ],
    [
      'IMSS-PROSPERA is not IMSS',
      [
        institution('Instituto Mexicano del Seguro Social', { acronym: 'IMSS' }),
        institution('IMSS-PROSPERA'),
      ],
      2,
      'Instituto Mexicano del Seguro Social',
    ],
  ];
  for (const [title, nodes, count, canonical] of table) {
    it(`${TAG} ${title} -> ${count}`, () => {
      const { extractions } = resolveExtractions(
        nodes.map((n, i) => doc(`${String(i).padStart(3, '0')}.txt`, [n])),
      );
      expect(idsOf(extractions, 'Institution'), `${TAG} ${title}`).to.have.length(count);
      expect(extractions[0]!.nodes[0]!.name, `${TAG} ${title}`).to.equal(canonical);
    });
  }

  it(`${TAG} merged properties keep the acronym and the id follows the full name`, () => {
    const { extractions } = resolveExtractions([
      doc('000.txt', [institution('IMSS')]),
      doc('001.txt', [
        institution('Instituto Mexicano del Seguro Social', { acronym: 'IMSS', kind: 'social-security' }),
      ]),
    ]);
    const first = extractions[0]!.nodes[0]!;
    expect(first.id).to.equal('institution:instituto-mexicano-del-seguro-social');
    expect(first.properties).to.include({ acronym: 'IMSS', kind: 'social-security' });
    expect(first.aliases).to.include('IMSS');
  });
});
