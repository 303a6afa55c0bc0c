// Table tests of the in-document resolver's name keys (ingest/name-keys): forms of one person or
// body named again in one invented document join one entity; different ones stay apart.
import { expect } from 'chai';
import { extract } from './helpers';

// [text, label, expected entities as [name, ...aliases]]
const ROWS: [string, 'Person' | 'Institution', string[][]][] = [
  // a hyphenated surname is one word of the name, as the tokens cut it
  [
    'La doctora Marta Pérez-Ruiz Soto inauguró el foro. Después, Pérez-Ruiz Soto agradeció a los asistentes.',
    'Person',
    [['Marta Pérez-Ruiz Soto', 'Pérez-Ruiz Soto']],
  ],
  // either apostrophe
  [
    "The minister, Dr Sean O’Brien, met the delegation. O'Brien thanked the hosts.",
    'Person',
    [['Sean O’Brien', "O'Brien"]],
  ],
  // a body named again without its scope word
  [
    'La Comisión Nacional del Agua firmó un convenio con el Municipio de Tula. La Comisión del Agua aportará los fondos.',
    'Institution',
    [['Comisión Nacional del Agua', 'Comisión del Agua'], ['Municipio de Tula']],
  ],
];

describe('extract/entity-keys (invented documents)', () => {
  for (const [text, label, expected] of ROWS) {
    it(`[extract/entity-keys] ${label} in "${text}"`, () => {
      const got = extract(text, /\bthe\b/i.test(text) ? 'en' : 'es')
        .nodes.filter((n) => n.label === label)
        .map((n) => [n.name, ...[...n.aliases].sort()]);
      expect(got, `[extract/entity-keys] ${text}`).to.have.deep.members(expected);
    });
  }
});
