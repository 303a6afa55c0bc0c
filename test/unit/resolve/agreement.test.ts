// Agreement resolution: the same agreement reported by two documents becomes one node whose
// relationships keep each document's evidence (seeds 000 and 002).
import { expect } from 'chai';
import { resolveExtractions } from '../../../ingest/resolve';
import type { Extraction } from '../../../model/extraction';
import { agreement, doc, findNode, idsOf, institution, person, rel } from './builders';

const TAG = '[resolve/agreement]';

/** A document reporting an IMSS-ISSS agreement the way seed 000 or 002 does. */
function report(
  file: string,
  title: string,
  kind: string,
  options: { date?: string; docDate?: string } = {},
): Extraction {
  const imss = institution(file === '000.txt' ? 'Instituto Mexicano del Seguro Social' : 'IMSS', {
    acronym: 'IMSS',
  });
  const isss = institution('Instituto Salvadoreño del Seguro Social', { acronym: 'ISSS' });
  const signer = person(file === '000.txt' ? 'Leonel Antonio Flores Sosa' : 'Leonel Flores');
  const deal = agreement(title, { kind, date: options.date });
  return doc(
    file,
    [imss, isss, signer, deal],
    [
      rel('PARTY_TO', imss, deal, `${file}: IMSS suscribió.`),
      rel('PARTY_TO', isss, deal, `${file}: ISSS suscribió.`),
      rel('SIGNED', signer, deal, `${file}: firmó ${signer.name}.`),
      rel('SIGNED_WITH', imss, isss, `${file}: IMSS e ISSS.`),
    ],
    options.docDate ?? null,
  );
}

describe('resolve: agreements across documents', () => {
  it(`${TAG} seeds 000 and 002: one agreement, both documents' evidence kept`, () => {
    const { extractions, merges } = resolveExtractions([
      report('002.txt', 'Convenio de seguridad social México-El Salvador (IMSS-ISSS)', 'convenio'),
      report('000.txt', 'Acuerdo de cooperación interinstitucional IMSS-ISSS', 'acuerdo'),
    ]);
    expect(idsOf(extractions, 'Agreement')).to.deep.equal([
      'agreement:acuerdo-de-cooperacion-interinstitucional-imss-isss',
    ]);
    const deal = findNode(extractions, '002.txt', 'Acuerdo de cooperación interinstitucional IMSS-ISSS');
    expect(deal.aliases).to.include('Convenio de seguridad social México-El Salvador (IMSS-ISSS)');
    for (const file of ['000.txt', '002.txt']) {
      const signed = extractions
        .find((e) => e.document.file === file)!
        .relationships.filter((r) => r.type === 'SIGNED' && r.to === deal.id);
      expect(signed, `${TAG} ${file}`).to.have.length(1);
      expect(signed[0]!.from).to.equal('person:leonel-antonio-flores-sosa');
      expect(signed[0]!.evidence[0]!.text).to.contain(file);
    }
    const record = merges.find((m) => m.label === 'Agreement')!;
    expect(record.links.map((l) => l.rule)).to.deep.equal(['agreement-same-parties']);
  });

  // [title, dates, kinds of the two reports, expected agreements]
  const table: [string, [string | undefined, string | undefined], [string, string], number][] = [
    ['dates a few days apart', ['2014-05-09', '2014-05-12'], ['convenio', 'convenio'], 1],
    ['one date missing', ['2014-05-09', undefined], ['convenio', 'convenio'], 1],
    ['dates a year apart', ['2014-05-09', '2015-05-09'], ['convenio', 'convenio'], 2],
    ['different kinds', ['2014-05-09', '2014-05-09'], ['convenio', 'memorando'], 2],
  ];
  for (const [title, [first, second], [kindA, kindB], count] of table) {
    it(`${TAG} ${title} -> ${count}`, () => {
      const { extractions } = resolveExtractions([
        report('000.txt', 'Convenio IMSS-ISSS', kindA, { date: first }),
        report('002.txt', 'Convenio IMSS-ISSS', kindB, { date: second }),
      ]);
      expect(idsOf(extractions, 'Agreement'), `${TAG} ${title}`).to.have.length(count);
    });
  }

  it(`${TAG} the earliest-dated document's agreement keeps its id`, () => {
    const { extractions } = resolveExtractions([
      report('000.txt', 'Convenio tardío', 'convenio', { docDate: '2014-05-12' }),
      report('002.txt', 'Convenio temprano', 'convenio', { docDate: '2014-05-09' }),
    ]);
    expect(idsOf(extractions, 'Agreement')).to.deep.equal(['agreement:convenio-temprano']);
  });

  it(`${TAG} among several agreements of one document the title decides, or nothing merges`, () => {
    const imss = institution('IMSS');
    const chih = institution('Gobierno del Estado de Chihuahua');
    const three = [
      'Convenio de intercambio de servicios',
      'Convenio de compensación de medicamentos',
      'Convenio de servicios médicos',
    ].map((title) => agreement(title, { kind: 'convenio' }));
    const many = doc(
      '004.txt',
      [imss, chih, ...three],
      three.flatMap((a) => [rel('PARTY_TO', imss, a), rel('PARTY_TO', chih, a)]),
    );
    const single = (file: string, title: string) => {
      const a = agreement(title, { kind: 'convenio' });
      return doc(
        file,
        [institution('IMSS'), institution('Gobierno del Estado de Chihuahua'), a],
        [
          rel('PARTY_TO', institution('IMSS'), a),
          rel('PARTY_TO', institution('Gobierno del Estado de Chihuahua'), a),
        ],
      );
    };
    const { extractions } = resolveExtractions([
      many,
      single('005.txt', 'Convenio de compensación de medicamentos con Chihuahua'),
      single('006.txt', 'Convenio con Chihuahua'),
    ]);
    expect(findNode(extractions, '005.txt', 'Convenio de compensación de medicamentos').id).to.equal(
      'agreement:convenio-de-compensacion-de-medicamentos',
    );
    expect(idsOf(extractions, 'Agreement')).to.have.length(4);
  });
});
