// ingest/read formats: HTML main text, front matter, DOCX, PDF and Windows-1252 text read end to end.
import { expect } from 'chai';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { readBuffer, readDocument } from '../../../ingest/read';

const FIXTURES = fileURLToPath(new URL('../../fixtures/read', import.meta.url));

const PAGE = `<!DOCTYPE html>
<html lang="es-MX"><head>
  <title>Firman convenio | Portal del Gobierno</title>
  <meta property="og:title" content="Firman convenio UNAM y Gobierno de Oaxaca">
  <meta name="author" content="Redacción">
  <meta property="article:published_time" content="2021-03-04T10:00:00-06:00">
  <style>p { color: red }</style>
  <script>var tracking = "Inicio Contacto";</script>
</head><body>
  <header><nav><a href="/">Inicio</a> | <a href="/c">Contacto</a></nav></header>
  <aside>Lo más leído: otras noticias del día</aside>
  <article>
    <h1>Firman convenio UNAM y Gobierno de Oaxaca</h1>
    <p>Oaxaca, Oaxaca, 4 de marzo de 2021.</p>
    <p>La Universidad Nacional Autónoma de México (UNAM) y el <b>Gobierno de Oaxaca</b> firmaron un
       convenio de colaboración académica.</p>
    <!-- publicidad -->
    <p>El rector Enrique Graue y el gobernador Alejandro Murat encabezaron la firma.<br>Asistieron funcionarios.</p>
    <ul><li>Becas para estudiantes</li><li>Investigación conjunta</li></ul>
  </article>
  <form><input name="q"><button>Buscar</button></form>
  <footer>© 2021 Gobierno de Oaxaca. Todos los derechos reservados.</footer>
</body></html>`;

describe('ingest/read: formats', () => {
  describe('HTML', () => {
    it('keeps the article text in paragraphs and drops navigation, scripts, styles, asides, forms, footers, comments', async () => {
      const doc = await readBuffer(Buffer.from(PAGE), 'nota.html');
      expect(doc.text.split('\n\n')).to.deep.equal([
        'Firman convenio UNAM y Gobierno de Oaxaca',
        'Oaxaca, Oaxaca, 4 de marzo de 2021.',
        'La Universidad Nacional Autónoma de México (UNAM) y el Gobierno de Oaxaca firmaron un convenio de colaboración académica.',
        'El rector Enrique Graue y el gobernador Alejandro Murat encabezaron la firma.',
        'Asistieron funcionarios.',
        'Becas para estudiantes',
        'Investigación conjunta',
      ]);
    });

    it('takes title, date, author and language from the head', async () => {
      const doc = await readBuffer(Buffer.from(PAGE), 'nota.html');
      expect([doc.title, doc.date, doc.author, doc.lang, doc.location]).to.deep.equal([
        'Firman convenio UNAM y Gobierno de Oaxaca',
        '2021-03-04',
        'Redacción',
        'es',
        'Oaxaca, Oaxaca',
      ]);
    });

    it('without <article> or <main>, takes the element with the most paragraph text', async () => {
      const html = `<html><body><div id="menu"><p>Inicio</p><p>Noticias</p></div>
        <div id="nota"><p>${'La Fundación Andina y el Instituto firmaron un convenio de cooperación. '.repeat(4)}</p>
        <p>El acuerdo durará cuatro años y será evaluado cada semestre por ambas partes.</p></div>
        <div class="pie"><p>Aviso de privacidad</p></div></body></html>`;
      const doc = await readBuffer(Buffer.from(html), 'x.htm');
      expect(doc.text).to.match(/^La Fundación Andina/);
      expect(doc.text).not.to.match(/Inicio|Aviso de privacidad/);
    });
  });

  describe('HTML <title>', () => {
    it('drops the site name from a <title> used as the headline', async () => {
      const html =
        '<html><head><title>Firman convenio UNAM y Oaxaca | Portal del Gobierno</title></head><body><p>La UNAM y el Gobierno de Oaxaca firmaron un convenio de colaboración académica.</p></body></html>';
      const doc = await readBuffer(Buffer.from(html), 'x.html');
      expect(doc.title).to.equal('Firman convenio UNAM y Oaxaca');
      expect(doc.text.split('\n\n')[0]).to.equal('Firman convenio UNAM y Oaxaca');
      expect(doc.publisher, 'the site name is the publisher').to.equal('Portal del Gobierno');
    });

    it('reads the publisher from og:site_name before the title, and none from a title without a suffix', async () => {
      const page = (head: string) =>
        `<html><head>${head}</head><body><p>La Municipalidad y el Instituto firmaron un convenio de colaboración.</p></body></html>`;
      const named = await readBuffer(
        Buffer.from(
          page(
            '<meta property="og:site_name" content="Municipalidad de Villa Rosa"><title>Firman convenio - Portal</title>',
          ),
        ),
        'a.html',
      );
      expect(named.publisher).to.equal('Municipalidad de Villa Rosa');
      const bare = await readBuffer(
        Buffer.from(page('<title>Firman convenio de colaboración</title>')),
        'b.html',
      );
      expect(bare.publisher).to.equal(null);
    });
  });

  describe('front matter', () => {
    it('reads a declared publisher', async () => {
      const md =
        '---\ntitle: Firman convenio\npublisher: Municipalidad de Villa Rosa\n---\nTexto del convenio firmado.';
      expect((await readBuffer(Buffer.from(md), 'p.md')).publisher).to.equal('Municipalidad de Villa Rosa');
    });

    it('cleans a declared title like the text, so that title and first paragraph agree', async () => {
      const md = '---\ntitle: "Firman el “Convenio Marco” con **UNAM**"\n---\nTexto del convenio firmado.';
      const doc = await readBuffer(Buffer.from(md), 'q.md');
      expect(doc.title).to.equal('Firman el "Convenio Marco" con UNAM');
      expect(doc.text).to.equal('Firman el "Convenio Marco" con UNAM\n\nTexto del convenio firmado.');
    });

    it('gives title, subtitle, date and author; the title opens the text', async () => {
      const md =
        '---\ntitle: Convenio con el Colegio\nsubtitle: Primer acuerdo con GEOINNOVA.\ndate: 2019-09-14\nauthors:\n  - ana\n  - luis\nlang: es\n---\n\nEl pasado viernes se firmó un **convenio**.\n';
      const doc = await readBuffer(Buffer.from(md), 'post.md');
      expect([doc.title, doc.date, doc.author]).to.deep.equal([
        'Convenio con el Colegio',
        '2019-09-14',
        'ana, luis',
      ]);
      expect(doc.text).to.equal(
        'Convenio con el Colegio\n\nPrimer acuerdo con GEOINNOVA.\n\nEl pasado viernes se firmó un convenio.',
      );
    });

    it('reads a written-out date and does not repeat a title the body already opens with', async () => {
      const txt =
        '---\ntitle: Firman convenio\ndate: 13 de septiembre de 2019\n---\nFirman convenio\n\nTexto del acuerdo firmado hoy.';
      const doc = await readBuffer(Buffer.from(txt), 'nota.txt');
      expect(doc.date).to.equal('2019-09-13');
      expect(doc.text).to.equal('Firman convenio\n\nTexto del acuerdo firmado hoy.');
    });
  });

  describe('DOCX', () => {
    it('reads the paragraphs of a Word document', async () => {
      const doc = await readDocument(join(FIXTURES, 'sample.docx'));
      expect([doc.title, doc.date, doc.location, doc.lang]).to.deep.equal([
        'FIRMAN INSTITUTO Y FUNDACIÓN CONVENIO DE COOPERACIÓN',
        '2019-06-05',
        'Quito, Ecuador',
        'es',
      ]);
      expect(doc.text.split('\n\n')).to.have.length(3);
    });
  });

  describe('PDF', () => {
    it('joins text items into lines and paragraphs, drops the running header and page numbers, mends hyphens', async () => {
      const doc = await readDocument(join(FIXTURES, 'text-layer.pdf'));
      expect(doc.text.split('\n\n')).to.deep.equal([
        'FIRMAN UNIVERSIDAD Y MUNICIPIO CONVENIO DE COLABORACIÓN',
        'Mérida, Yucatán, 3 de marzo de 2015.',
        'La Universidad Autónoma de Yucatán y el Municipio de Mérida firmaron un convenio de colaboración para la formación de estudiantes en servicio social.',
        'El rector, José Pérez, y la alcaldesa, Ana Ruiz, encabezaron la firma.',
      ]);
      expect([doc.title, doc.date, doc.location]).to.deep.equal([
        'FIRMAN UNIVERSIDAD Y MUNICIPIO CONVENIO DE COLABORACIÓN',
        '2015-03-03',
        'Mérida, Yucatán',
      ]);
    });
  });

  describe('Windows-1252 text', () => {
    it('decodes "Señor Ñandú" written as cp1252 bytes', async () => {
      const bytes = iconv.encode(
        'CONVENIO CON EL SEÑOR ÑANDÚ\n\nSeñor Ñandú firmó el convenio en Asunción.',
        'windows-1252',
      );
      const doc = await readBuffer(bytes, 'cp1252.txt');
      expect(doc.title).to.equal('CONVENIO CON EL SEÑOR ÑANDÚ');
      expect(doc.text).to.include('Señor Ñandú firmó el convenio en Asunción.');
    });
  });

  describe('identity', () => {
    it('hashes the original bytes: id, sha256, file and source', async () => {
      const path = join(FIXTURES, 'sample.docx');
      const bytes = readFileSync(path);
      const sha = createHash('sha256').update(bytes).digest('hex');
      const doc = await readDocument(path);
      expect([doc.id, doc.sha256, doc.file, doc.source]).to.deep.equal([
        `doc:${sha.slice(0, 16)}`,
        sha,
        'sample.docx',
        path,
      ]);
    });

    it('records the absolute path as source when given a relative one (an edited file is found by it)', async () => {
      const path = join(FIXTURES, 'sample.docx');
      expect((await readDocument(relative(process.cwd(), path))).source).to.equal(path);
    });

    it('reads the same from a buffer as from disk, and honours source and lang options', async () => {
      const path = join(FIXTURES, 'text-layer.pdf');
      const fromDisk = await readDocument(path);
      const fromBuffer = await readBuffer(readFileSync(path), path);
      expect(fromBuffer).to.deep.equal(fromDisk);
      const upload = await readBuffer(readFileSync(path), 'upload.pdf', { source: 'upload:42', lang: 'en' });
      expect([upload.source, upload.lang, upload.file]).to.deep.equal(['upload:42', 'en', 'upload.pdf']);
    });
  });
});
