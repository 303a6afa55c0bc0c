// ingest/read on the real corpus: the seeds and the dev documents read with the right metadata and no debris.
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDocument } from '../../../ingest/read';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const SEEDS = join(ROOT, 'seeds');
const SHARED = join(ROOT, '..', 'shared');

interface Expected {
  title: string;
  lang: 'es' | 'en';
  location: string | null;
  author?: string;
}

// [folder, file, expected]; dates are checked against the gold annotations.
const CORPUS: [string, string, Expected][] = [
  [
    SEEDS,
    '000_ebabdbe520a716d8.txt',
    {
      title:
        'IMSS Y EL INSTITUTO SALVADOREÑO DEL SEGURO SOCIAL FIRMAN CONVENIO DE COOPERACIÓN PARA FORTALECER SUS SERVICIOS',
      lang: 'es',
      location: null,
    },
  ],
  [
    SEEDS,
    '001_75600427a4a33002.txt',
    {
      title: 'ACUERDAN MÉXICO Y PERÚ FORTALECER LOS MECANISMOS DE COOPERACIÓN EN MATERIA DE SALUD',
      lang: 'es',
      location: 'Lima, Perú',
    },
  ],
  [
    SEEDS,
    '002_aabe87b153c2bcaa.txt',
    {
      title: 'Pactan convenio México y El Salvador para formar médicos',
      lang: 'es',
      location: 'San Salvador',
      author: 'Notimex',
    },
  ],
  [
    SEEDS,
    '003_1eea4cdae7b12c38.txt',
    {
      title: 'FIRMAN IMSS Y GOBIERNO DE CHIAPAS CONVENIO DE COORDINACIÓN EN SALUD',
      lang: 'es',
      location: null,
    },
  ],
  [
    SEEDS,
    '004_f69e46667d061ba2.txt',
    {
      title:
        'FIRMAN IMSS Y EL GOBIERNO DE CHIHUAHUA CONVENIOS DE COLABORACIÓN EN MATERIA DE INTERCAMBIO Y PRESTACIÓN DE SERVICIOS DE SALUD',
      lang: 'es',
      location: 'Chihuahua, Chihuahua',
    },
  ],
  [
    join(SHARED, 'dev/docs'),
    'a01_rosarito-imjuver-int.txt',
    {
      title: 'Convenio que beneficiará a jóvenes estudiantes',
      lang: 'es',
      location: 'Playas de Rosarito, Baja California',
    },
  ],
  [
    join(SHARED, 'dev/docs'),
    'a02_torreon-implan-uac-fic.txt',
    {
      title: 'Firman la Convenio Facultad de Ingeniería Civil de la UAC y el IMPLAN Torreón',
      lang: 'es',
      location: null,
    },
  ],
  [
    join(SHARED, 'dev/docs'),
    'a03_jarabacoa-itesmarena-unicaribe.html',
    {
      title: 'ITESMARENA y UNICARIBE firman convenio de colaboración interinstitucional',
      lang: 'es',
      location: null,
    },
  ],
  [
    join(SHARED, 'dev/docs'),
    'a04_mexicali-febc-uabc.txt',
    {
      title:
        'FIRMAN CONVENIO GENERAL DE COLABORACIÓN PARA CONTRIBUIR AL DESARROLLO DE LA FUNCIÓN PÚBLICA ELECTORAL Y FORTALECER LA CULTURA DEMOCRÁTICA',
      lang: 'es',
      location: 'Mexicali, Baja California',
    },
  ],
  [
    join(SHARED, 'dev/docs'),
    'a05_sansalvador-swisscontact-oim.txt',
    {
      title: 'Organizaciones internacionales se unen en una campaña por la migración de retorno',
      lang: 'es',
      location: 'San Salvador',
    },
  ],
  [
    join(SHARED, 'dev/docs'),
    'b01_qgis-geografos.md',
    {
      title: 'Convenio de colaboración con el Colegio de Geógrafos',
      lang: 'es',
      location: null,
      author: 'miguel-sevilla',
    },
  ],
  [
    join(SHARED, 'dev/docs'),
    'b02_crecer-con-derechos.txt',
    {
      title:
        'INICIÓ EL PRIMER CURSO DEL PLAN FEDERAL DE CAPACITACIÓN SOBRE DERECHOS DE NIÑAS, NIÑOS Y ADOLESCENTES, CRECER CON DERECHOS',
      lang: 'es',
      location: null,
    },
  ],
  [
    join(SHARED, 'dev/docs'),
    'b03_ceii-reunion-maipu.txt',
    { title: 'Reunión con los Municipios (1)', lang: 'es', location: null },
  ],
  [
    join(SHARED, 'dev/docs'),
    'b04_casanare-uniminuto.txt',
    { title: 'Firmamos convenio marco de cooperación con UNIMINUTO', lang: 'es', location: null },
  ],
  [
    join(SHARED, 'dev/docs'),
    'b05_nasa-uruguay-artemis.txt',
    {
      title: 'NASA Welcomes Uruguay Foreign Minister for Artemis Accords Signing',
      lang: 'en',
      location: null,
    },
  ],
  [
    join(SHARED, 'dev/docs'),
    'b06_wh-biden-boluarte.txt',
    {
      title: "Readout of President Joe Biden's Meeting with President Dina Boluarte of Peru",
      lang: 'en',
      location: null,
    },
  ],
];

// Debris that must never reach the clean text.
const DEBRIS: [RegExp, string][] = [
  [/\[image:/i, 'image placeholder'],
  [/o0o/, 'end mark'],
  [/\*\*|\*\s\*/, 'Markdown emphasis or asterism'],
  [/\]\(/, 'Markdown link'],
  [/<!--|<\/?p>/, 'HTML'],
  [/^[·•-] /m, 'bullet'],
  [/\n{3,}/, 'more than one blank line'],
  [/^ | $/m, 'untrimmed line'],
  [/[“”\u00a0]/, 'unnormalised quote or space'],
];

function goldDate(file: string): string | null {
  const gold = file.startsWith('0') ? join(SHARED, 'gold') : join(SHARED, 'dev/gold');
  const data = JSON.parse(readFileSync(join(gold, file.replace(/\.[^.]+$/, '.json')), 'utf8')) as {
    date: string | null;
  };
  return data.date;
}

describe('ingest/read: corpus', () => {
  for (const [dir, file, expected] of CORPUS) {
    describe(file, () => {
      it('reads title, date (as in the gold), language, place and author', async () => {
        const doc = await readDocument(join(dir, file));
        expect(doc.title, `${file} title`).to.equal(expected.title);
        expect(doc.date, `${file} date`).to.equal(goldDate(file));
        expect(doc.lang, `${file} lang`).to.equal(expected.lang);
        expect(doc.location, `${file} location`).to.equal(expected.location);
        expect(doc.author, `${file} author`).to.equal(expected.author ?? null);
        expect(doc.file).to.equal(file);
      });

      it('opens with the headline and carries no conversion debris', async () => {
        const doc = await readDocument(join(dir, file));
        expect(doc.text.split('\n\n')[0], `${file} first paragraph`).to.equal(expected.title);
        for (const [pattern, what] of DEBRIS) expect(doc.text, `${file}: ${what}`).not.to.match(pattern);
      });
    });
  }

  it('drops the letterhead and the running page header of 004 and mends the paragraph it split', async () => {
    const doc = await readDocument(join(SEEDS, '004_f69e46667d061ba2.txt'));
    expect(doc.text).not.to.match(/^(?:Chihuahua|Gobierno del Estado|COMUNICADO CONJUNTO)$/m);
    expect(doc.text).to.include('además de que constituyen un paso más hacia un sistema de salud');
  });

  it('keeps the dateline as a paragraph after the headline (001)', async () => {
    const doc = await readDocument(join(SEEDS, '001_75600427a4a33002.txt'));
    expect(doc.text.split('\n\n').slice(0, 3)).to.deep.equal([
      'ACUERDAN MÉXICO Y PERÚ FORTALECER LOS MECANISMOS DE COOPERACIÓN EN MATERIA DE SALUD',
      'Lima, Perú, 9 de mayo de 2014.',
      'El Director General del IMSS participó en la X Reunión del Mecanismo de Consultas Políticas Bilaterales México-Perú',
    ]);
  });

  it('joins the hard-wrapped lines of b06 into paragraphs', async () => {
    const doc = await readDocument(join(SHARED, 'dev/docs/b06_wh-biden-boluarte.txt'));
    expect(doc.text).to.include(
      "at the Asia-Pacific Economic Cooperation (APEC) Leaders' week in Lima, Peru.",
    );
    expect(doc.text).not.to.match(/at the\n/);
  });
});
