// Hostile files are refused fast with a reason, or skipped once they break their budget, and the next file
// goes on: a zip bomb posing as .docx, HTML nested beyond any page, a text that takes too long to extract.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { strToU8, zipSync } from 'fflate';
import { GuardedExtractor } from '../../../ingest/guarded-extract';
import { readDocument } from '../../../ingest/read';
import { nestingDepth } from '../../../ingest/read/formats/html';
import { REPO_ROOT } from '../../helpers/run-cli';

const folder = mkdtempSync(join(tmpdir(), 'enlace-hostile-'));
const write = (name: string, content: string | Uint8Array) => {
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
};
const refusal = (path: string) =>
  readDocument(path).then(
    () => 'read',
    (error: Error) => error.message,
  );

describe('read: hostile files', function () {
  this.timeout(60_000);

  it('refuses a .docx whose archive unpacks out of proportion, from its directory', async () => {
    const xml = `<w:document><w:body>${'<w:p/>'.repeat(2_000_000)}</w:body></w:document>`;
    const bomb = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8(xml) });
    expect(bomb.length).to.be.below(200_000);
    expect(await refusal(write('bomb.docx', bomb))).to.match(
      /unpacks to 11 MB \(\d+ times its size\): out of proportion for a document/,
    );
  });

  it('refuses HTML nested deeper than any page, with the reason', async () => {
    const html = `<html><body>${'<div>'.repeat(50_000)}Hola${'</div>'.repeat(50_000)}</body></html>`;
    expect(await refusal(write('deep.html', html))).to.match(/nests elements more than 500 deep/);
  });

  const depths: [string, number][] = [
    ['<div><p>uno<p>dos</div>', 1],
    ['<div><span><b>x</b></span><br><img src=x></div>', 3],
    ['<ul><li>a<li>b</ul><!-- <div><div><div> -->', 1],
    ['<div/><div/>', 0],
  ];
  for (const [html, depth] of depths) {
    it(`nestingDepth(${JSON.stringify(html)}) is ${depth}`, () => expect(nestingDepth(html)).to.equal(depth));
  }

  it('skips a file that takes longer than its time, says so, and extracts the next one', async () => {
    const guarded = new GuardedExtractor({ timeMs: 1_000, memoryMb: 512 });
    const sentence =
      'El Instituto Mexicano del Seguro Social (IMSS) y la Universidad de Chile firmaron un convenio con el ' +
      'director general Juan Pérez López y la rectora María González. ';
    try {
      const slow = await guarded.extract(write('no-breaks.txt', sentence.repeat(3_000)));
      expect(slow).to.deep.equal({
        reason:
          'took longer than 1 s to read and extract: skipped (ENLACE_FILE_TIME_LIMIT sets the limit, in seconds)',
      });
      const next = await guarded.extract(join(REPO_ROOT, 'seeds', '000_ebabdbe520a716d8.txt'));
      expect('extraction' in next && next.extraction.nodes.length).to.be.greaterThan(5);
      const broken = await guarded.extract(write('broken.docx', 'not a zip'));
      expect(broken)
        .to.have.property('reason')
        .that.match(/not a Word .docx file/);
    } finally {
      await guarded.stop();
    }
  });
});
