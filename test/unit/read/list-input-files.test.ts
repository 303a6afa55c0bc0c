// ingest/read/listInputFiles: folders expanded recursively and sorted, unsupported and hidden files skipped.
import { expect } from 'chai';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listInputFiles } from '../../../ingest/read';

describe('ingest/read: listInputFiles', () => {
  let dir = '';

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'enlace-read-'));
    for (const file of [
      'b.txt',
      'a.md',
      'c.HTML',
      'notes.rtf',
      '.hidden.txt',
      'sub/z.pdf',
      'sub/a.docx',
      '.git/x.txt',
      'sub/deep/m.markdown',
      'sub/y.htm',
    ]) {
      mkdirSync(join(dir, file, '..'), { recursive: true });
      writeFileSync(join(dir, file), 'x');
    }
    mkdirSync(join(dir, 'empty'));
  });

  after(() => rmSync(dir, { recursive: true, force: true }));

  it('should report missing paths, unsupported files and folders without documents, never throw', async () => {
    const { files, problems } = await listInputFiles([
      join(dir, 'missing'),
      join(dir, 'notes.rtf'),
      join(dir, 'empty'),
    ]);
    expect(files).to.deep.equal([]);
    expect(problems).to.deep.equal([
      { path: join(dir, 'missing'), reason: 'not found' },
      { path: join(dir, 'notes.rtf'), reason: 'unsupported file type .rtf' },
      { path: join(dir, 'empty'), reason: 'no supported files (.txt .md .markdown .html .htm .docx .pdf)' },
    ]);
  });

  it('expands a folder recursively, sorted, supported extensions only, hidden entries skipped', async () => {
    const { files, problems } = await listInputFiles([dir]);
    expect(problems).to.deep.equal([]);
    expect(files.map((f) => f.slice(dir.length + 1))).to.deep.equal([
      'a.md',
      'b.txt',
      'c.HTML',
      'sub/a.docx',
      'sub/deep/m.markdown',
      'sub/y.htm',
      'sub/z.pdf',
    ]);
  });

  it('keeps files named explicitly in the order given, once each', async () => {
    const b = join(dir, 'b.txt');
    const hidden = join(dir, '.hidden.txt');
    const { files } = await listInputFiles([b, hidden, join(dir, 'sub/deep'), b]);
    expect(files).to.deep.equal([b, hidden, join(dir, 'sub/deep/m.markdown')]);
  });
});
