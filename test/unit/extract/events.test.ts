// Table tests of event mentions: a quoted title names an event only when it follows its noun, the noun's
// complement or a naming cue, in invented Spanish and English phrases.
import { expect } from 'chai';
import { extract } from './helpers';

/** Phrase, language, the events as "name" or "name = alias". */
const EVENTS: [string, 'es' | 'en', string[]][] = [
  [
    'Los alumnos inauguraron el taller “Mapas Abiertos” en Loja.',
    'es',
    ['Taller “Mapas Abiertos” = Mapas Abiertos'],
  ],
  [
    'Se abrió la Capacitación sobre Suelos Andinos, “Tierra Viva”, en Cuenca.',
    'es',
    ['Capacitación sobre Suelos Andinos = Tierra Viva'],
  ],
  [
    'Habrá un Seminario Regional el martes 3 de mayo a las 9:00, denominado “Agua para Todos”.',
    'es',
    ['Seminario Regional = Agua para Todos'],
  ],
  ['The king paid a visit to the Andean Kingdom to meet his “old friend”.', 'en', []],
  ['La reunión terminó y el ministro dijo que “todo va bien”.', 'es', []],
  // a publication named after an event is no occasion
  ['Read the Andean Summit Newsletter and the 2019 Andean Summit report.', 'en', ['2019 Andean Summit']],
  ['Se publicó la Revista del Congreso Andino de Suelos en Lima.', 'es', []],
  // "on the sidelines of", "al margen de": an event by name, its edition's year included
  [
    'The two ports signed a memorandum on the sidelines of PortLink Europe 2026 in Rotterdam.',
    'en',
    ['PortLink Europe 2026'],
  ],
  [
    'Los puertos firmaron un memorando al margen del Foro Marítimo del Caribe en Cartagena.',
    'es',
    ['Foro Marítimo del Caribe'],
  ],
];

describe('extract/events (invented phrases)', () => {
  for (const [text, lang, expected] of EVENTS) {
    it(`[extract/events] events in "${text}"`, () => {
      const got = extract(text, lang)
        .nodes.filter((n) => n.label === 'Event')
        .map((n) =>
          [n.name, ...n.aliases.filter((a) => a.toLowerCase() !== n.name.toLowerCase())].join(' = '),
        );
      expect(got).to.have.members(expected);
    });
  }
});
