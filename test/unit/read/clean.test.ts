// ingest/read/clean: debris in, clean paragraphs out (one behaviour per row).
import { expect } from 'chai';
import { cleanText } from '../../../ingest/read';

const TEXT = { markdown: true, wrapped: false };

// [behaviour, input, expected paragraphs]
const ROWS: [string, string, string[]][] = [
  [
    'image placeholder and debris before the first word',
    '[image: image1.jpg]&) Texto del acuerdo firmado.',
    ['Texto del acuerdo firmado.'],
  ],
  [
    'image placeholder alone on a line',
    'Uno dos tres.\n[image: image2.jpg]\nCuatro cinco.',
    ['Uno dos tres.', 'Cuatro cinco.'],
  ],
  ['end mark o0o', 'El IMSS firmó.\n\n--- o0o ---', ['El IMSS firmó.']],
  ['asterism', 'Primero.\n\n* * *\n\nSegundo.', ['Primero.', 'Segundo.']],
  ['rule line and -end- mark', 'Texto.\n-----\n-end-', ['Texto.']],
  [
    'press contacts after an end mark',
    'Texto final.\n\n-end-\n\nFaith McKie\n\n202-358-1600\n\nfaith@nasa.gov',
    ['Texto final.'],
  ],
  [
    'a long text after an end mark is kept (another release)',
    'Uno.\n\n###\n\n' + 'Segundo comunicado con mucho texto sobre otro convenio firmado. '.repeat(12).trim(),
    ['Uno.', 'Segundo comunicado con mucho texto sobre otro convenio firmado. '.repeat(12).trim()],
  ],
  [
    'middle-dot bullet',
    '· El acuerdo fue firmado durante la Asamblea',
    ['El acuerdo fue firmado durante la Asamblea'],
  ],
  [
    'dash bullet with bold-italic',
    '- ***El Director General participó***',
    ['El Director General participó'],
  ],
  [
    'bold inside a sentence',
    'firmado por el **Dr. José Ángel Delgado,** director',
    ['firmado por el Dr. José Ángel Delgado, director'],
  ],
  [
    'underscore emphasis inside a link',
    'dentro de la [_Jornada Conmemorativa_ del colegio](https://x.org/j/)',
    ['dentro de la Jornada Conmemorativa del colegio'],
  ],
  [
    'link keeps its text',
    'el **[Colegio de Geógrafos](https://geografos.org)** firmó',
    ['el Colegio de Geógrafos firmó'],
  ],
  [
    'Markdown image dropped',
    '![Foto tomada por www.presidencia.gob.sv](http://i.imgur.com/a.jpg)San Salvador. Texto.',
    ['San Salvador. Texto.'],
  ],
  ['heading marks', '## Convenio de colaboración\n\nTexto.', ['Convenio de colaboración', 'Texto.']],
  ['HTML comment', 'Antes.\n\n<!-- incluir la parte de QGIS? -->\n\nDespués.', ['Antes.', 'Después.']],
  [
    'HTML tags and entities',
    '<p>Convenio &amp; acuerdo&nbsp;marco</p><p>Segundo p&aacute;rrafo</p>',
    ['Convenio & acuerdo marco', 'Segundo párrafo'],
  ],
  ['curly quotes and apostrophes', '“Este convenio” dijo Peru’s', ['"Este convenio" dijo Peru\'s']],
  ['non-breaking and repeated spaces', 'Joe\u00a0Biden  met   Dina', ['Joe Biden met Dina']],
  [
    'soft hyphen and zero-width space',
    'coopera\u00adción\u200b interinstitucional',
    ['cooperación interinstitucional'],
  ],
  ['decomposed accents composed (NFC)', 'Me\u0301xico', ['México']],
  ['CRLF line endings', 'Uno.\r\n\r\nDos.', ['Uno.', 'Dos.']],
  ['blank lines collapse to one paragraph break', 'Uno.\n\n\n\n\nDos.', ['Uno.', 'Dos.']],
  [
    'single line breaks keep paragraphs apart',
    'Uno es largo.\nDos es largo.',
    ['Uno es largo.', 'Dos es largo.'],
  ],
  [
    'a headline set on two lines in capitals',
    'FIRMAN IMSS Y GOBIERNO DE CHIAPAS\nCONVENIO DE COORDINACIÓN EN SALUD\nEl IMSS firmó.',
    ['FIRMAN IMSS Y GOBIERNO DE CHIAPAS CONVENIO DE COORDINACIÓN EN SALUD', 'El IMSS firmó.'],
  ],
  [
    'running header repeated on every page',
    'Chihuahua\nGobierno del Estado\n\nEl IMSS firmó, además de que\n\nChihuahua\nGobierno del Estado\n\nconstituyen un paso más.',
    ['El IMSS firmó, además de que constituyen un paso más.'],
  ],
  ['page numbers', 'Texto uno.\n\nPágina 1 de 2\n\nTexto dos.\n\n- 2 -', ['Texto uno.', 'Texto dos.']],
  [
    'letterhead at the top',
    'COMUNICADO\n\nCOORDINACIÓN DE COMUNICACIÓN SOCIAL\n\nNo. 026/2014\n\nFIRMAN CONVENIO',
    ['FIRMAN CONVENIO'],
  ],
  [
    'issuer name alone in capitals at the top',
    'INSTITUTO MEXICANO DEL SEGURO SOCIAL\n\nACUERDAN MÉXICO Y PERÚ',
    ['ACUERDAN MÉXICO Y PERÚ'],
  ],
  [
    'a headline naming two parties is not letterhead',
    'UNIVERSIDAD Y GOBIERNO FIRMAN\n\nTexto.',
    ['UNIVERSIDAD Y GOBIERNO FIRMAN', 'Texto.'],
  ],
  [
    'hard-wrapped paragraph joined',
    'President Biden met today with President Dina Boluarte of Peru at the\nAsia-Pacific Economic Cooperation (APEC) Leaders week in Lima, Peru, and\nthanked her.',
    [
      'President Biden met today with President Dina Boluarte of Peru at the Asia-Pacific Economic Cooperation (APEC) Leaders week in Lima, Peru, and thanked her.',
    ],
  ],
  ['a number with a minus is not a bullet', '-5% en el año.', ['-5% en el año.']],
  [
    'a URL on its own line is kept',
    'Más en:\n\nhttps://www.nasa.gov/artemis-accords',
    ['Más en:', 'https://www.nasa.gov/artemis-accords'],
  ],
];

describe('ingest/read: cleanText', () => {
  for (const [behaviour, input, expected] of ROWS) {
    it(behaviour, () => {
      expect(cleanText(input, TEXT), behaviour).to.deep.equal(expected);
    });
  }

  it('leaves Markdown characters alone in formats that are not Markdown', () => {
    expect(cleanText('Tasa 2 * 3 * 4 y **no** negrita', { markdown: false, wrapped: false })).to.deep.equal([
      'Tasa 2 * 3 * 4 y **no** negrita',
    ]);
  });

  it('joins visual lines of a PDF paragraph and mends words hyphenated at the margin', () => {
    expect(
      cleanText('El convenio de colabora-\nción fue firmado\npor ambas partes.\n\nOtro.', {
        markdown: false,
        wrapped: true,
      }),
    ).to.deep.equal(['El convenio de colaboración fue firmado por ambas partes.', 'Otro.']);
  });

  it('is deterministic', () => {
    const input = '[image: a.jpg]\n· El IMSS firmó.\n\n--- o0o ---';
    expect(cleanText(input, TEXT)).to.deep.equal(cleanText(input, TEXT));
  });
});
