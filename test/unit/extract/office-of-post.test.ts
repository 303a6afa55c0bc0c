// Invented table tests for posts that name the office they head, linked to that office when the text
// names it: "la delegada presidencial provincial de X" -> "Delegación Presidencial Provincial de X",
// "Senior Minister of State for Health" -> "Ministry of Health".
import { factTable, type FactRow } from './helpers';

const ROWS: FactRow[] = [
  [
    'invented "la delegada presidencial provincial de X, Y" with the Delegación in the text',
    'Santiago, 3 de marzo de 2025. La Delegación Presidencial Provincial de Cordillera y la Municipalidad de Pirque firmaron un convenio. Presidió la delegada presidencial provincial de Cordillera, Marta Soto Pérez.',
    'es',
    ['HOLDS_ROLE Marta Soto Pérez -> Delegación Presidencial Provincial de Cordillera'],
    ['HOLDS_ROLE Marta Soto Pérez -> Municipalidad de Pirque'],
  ],
  [
    'invented "X, Senior Minister of State for Health" with the Ministry of Health in the text',
    'Kuala Lumpur, 3 March 2025 - Apex Labs signed a memorandum of understanding with the Ministry of Health. The signing was witnessed by Mr Lee Chong Wei, Senior Minister of State for Health.',
    'en',
    ['HOLDS_ROLE Lee Chong Wei -> Ministry of Health'],
    [],
  ],
  [
    'invented "the Minister of State for Health, X" (post before the name)',
    'Kuala Lumpur, 3 March 2025 - Apex Labs signed a memorandum of understanding with the Ministry of Health. The signing was witnessed by the Minister of State for Health, Mr Lee Chong Wei.',
    'en',
    ['HOLDS_ROLE Lee Chong Wei -> Ministry of Health'],
    [],
  ],
  [
    'invented post whose field is not the office\'s: no link ("Minister for Education" is not of Health)',
    'Kuala Lumpur, 3 March 2025 - Apex Labs signed a memorandum of understanding with the Ministry of Health. The signing was witnessed by Mr Lee Chong Wei, Minister for Education.',
    'en',
    [],
    ['HOLDS_ROLE Lee Chong Wei -> Ministry of Health'],
  ],
  [
    'invented "el coordinador de Cultura, X" with the Coordinación de Cultura in the text',
    'La Coordinación de Cultura y la Fundación Sol firmaron un convenio. Lo firmó el coordinador de Cultura, Pedro Ruiz Soto.',
    'es',
    ['HOLDS_ROLE Pedro Ruiz Soto -> Coordinación de Cultura'],
    [],
  ],
];

describe('extract/office of a post (invented)', () => factTable('extract/office-of-post', ROWS));
