// Resolution is deterministic: any order of the same documents yields the same ids and merges.
import { expect } from 'chai';
import { resolveExtractions } from '../../../ingest/resolve';
import type { Extraction } from '../../../model/extraction';
import { agreement, doc, event, institution, person, place, rel } from './builders';

const TAG = '[resolve/determinism]';

function corpus(): Extraction[] {
  const report = (file: string, imssName: string, signer: string, title: string) => {
    const imss = institution(imssName, { acronym: 'IMSS' });
    const isss = institution('Instituto Salvadoreño del Seguro Social', { acronym: 'ISSS' });
    const who = person(signer);
    const deal = agreement(title, { kind: 'convenio' });
    return doc(
      file,
      [imss, isss, who, deal, place('México'), event('XXVII Asamblea General')],
      [rel('PARTY_TO', imss, deal), rel('PARTY_TO', isss, deal), rel('SIGNED', who, deal)],
    );
  };
  return [
    report(
      '000.txt',
      'Instituto Mexicano del Seguro Social',
      'Leonel Antonio Flores Sosa',
      'Acuerdo IMSS-ISSS',
    ),
    report('002.txt', 'IMSS', 'Leonel Flores', 'Convenio de seguridad social'),
    report('007.txt', 'IMSS', 'Leonel Flores Sosa', 'Convenio IMSS ISSS'),
    doc('003.txt', [person('José González'), place('Mexico'), event('XXVII Asamblea General de la CISS')]),
    doc('004.txt', [person('José Antonio González Anaya'), place('Chihuahua', { kind: 'city' })]),
    doc('005.txt', [person('José Luis González Pérez'), place('Chihuahua', { kind: 'state' })]),
    doc('006.txt', [
      place('Chihuahua', { kind: 'city' }),
      institution('INE'),
      institution('Instituto Nacional Electoral', { acronym: 'INE' }),
    ]),
  ];
}

/** A small seeded shuffle, so that a failure can be reproduced. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const copy = [...items];
  let state = seed;
  for (let i = copy.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    const j = state % (i + 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

function fingerprint(extractions: readonly Extraction[]): string {
  return JSON.stringify(
    [...extractions]
      .sort((a, b) => a.document.file.localeCompare(b.document.file))
      .map((e) => ({
        file: e.document.file,
        nodes: [...e.nodes].sort((a, b) => a.id.localeCompare(b.id)),
        relationships: [...e.relationships].sort((a, b) =>
          `${a.type}${a.from}${a.to}`.localeCompare(`${b.type}${b.from}${b.to}`),
        ),
      })),
  );
}

describe('resolve: determinism', () => {
  it(`${TAG} shuffled input gives the same ids, names and merges`, () => {
    const reference = resolveExtractions(corpus());
    for (let seed = 1; seed <= 20; seed++) {
      const result = resolveExtractions(shuffled(corpus(), seed));
      expect(fingerprint(result.extractions), `${TAG} seed ${seed}`).to.equal(
        fingerprint(reference.extractions),
      );
      expect(JSON.stringify(result.merges), `${TAG} seed ${seed}`).to.equal(JSON.stringify(reference.merges));
    }
  });

  it(`${TAG} the output keeps the input's document order`, () => {
    const input = shuffled(corpus(), 7);
    const { extractions } = resolveExtractions(input);
    expect(extractions.map((e) => e.document.file)).to.deep.equal(input.map((e) => e.document.file));
  });

  it(`${TAG} the reference corpus resolves as expected`, () => {
    const { extractions } = resolveExtractions(corpus());
    const ids = new Set(extractions.flatMap((e) => e.nodes.map((n) => n.id)));
    expect([...ids].filter((id) => id.startsWith('person:')).sort()).to.deep.equal([
      'person:jose-antonio-gonzalez-anaya',
      'person:jose-gonzalez',
      'person:jose-luis-gonzalez-perez',
      'person:leonel-antonio-flores-sosa',
    ]);
    expect([...ids].filter((id) => id.startsWith('agreement:'))).to.have.length(1);
    expect([...ids].filter((id) => id.startsWith('place:')).sort()).to.deep.equal([
      'place:chihuahua',
      'place:chihuahua--state',
      'place:mexico',
    ]);
  });
});
