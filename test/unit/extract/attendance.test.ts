// Table tests of attendance: a sentence that opens with its cue ("Participaron en la mesa ...") is about
// the event of the release, even with no word pointing back to it. Invented phrases.
import { expect } from 'chai';
import { extract } from './helpers';

/** Text, language, the attendance facts as "person -> event". */
const ATTENDANCE: [string, 'es' | 'en', string[]][] = [
  [
    'El I Congreso Andino de Suelos se celebró ayer en Cuenca. Participaron en la mesa inaugural el alcalde de Cuenca, Raúl Camacho Vidal; y la rectora Elena Rocha Justiniano.',
    'es',
    [
      'Raúl Camacho Vidal -> I Congreso Andino de Suelos',
      'Elena Rocha Justiniano -> I Congreso Andino de Suelos',
    ],
  ],
];

describe('extract/attendance (invented phrases)', () => {
  for (const [text, lang, expected] of ATTENDANCE) {
    it(`[extract/attendance] attendees in "${text}"`, () => {
      const x = extract(text, lang);
      const name = (id: string) => x.nodes.find((n) => n.id === id)?.name ?? id;
      const got = x.relationships
        .filter((r) => r.type === 'PARTICIPATED_IN')
        .map((r) => `${name(r.from)} -> ${name(r.to)}`);
      expect(got).to.include.members(expected);
    });
  }
});
