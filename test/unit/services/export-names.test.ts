// Names that exports and look-ups rely on: safe file names, id shapes, citations, CSV table paths.
import { expect } from 'chai';
import { csvTablePaths } from '../../../cli/commands/export';
import { isEntityIdShaped } from '../../../server/services/entity-lookup';
import { safeFileName } from '../../../server/services/export';
import { citation } from '../../../server/services/export-provenance';

describe('services/export names', () => {
  const files: [string, string][] = [
    ['Around IMSS: 2014 / 2015', 'around-imss-2014-2015.graphml'],
    ['Fundación Ñandú', 'fundacion-nandu.graphml'],
    ['"; rm -rf / ; echo "', 'rm-rf-echo.graphml'],
    ['../../etc/passwd', 'etc-passwd.graphml'],
    ['<script>', 'script.graphml'],
    ['日本語', 'enlace-export.graphml'],
    ['x'.repeat(200), `${'x'.repeat(80)}.graphml`],
  ];
  for (const [title, name] of files) {
    it(`safeFileName(${JSON.stringify(title.slice(0, 30))}) is ${name.slice(0, 30)}…`, () => {
      expect(safeFileName(title, 'graphml')).to.equal(name);
    });
  }

  const shapes: [string, boolean][] = [
    ['institution:instituto-mexicano-del-seguro-social', true],
    ['person:x', true],
    ['  agreement:imss-isss ', true],
    ['IMSS', false],
    ['Institution:IMSS', false],
    ['person: jose', false],
    ['document:abc', false],
    ['gonzalez anaya', false],
  ];
  for (const [text, shaped] of shapes) {
    it(`"${text}" ${shaped ? 'is' : 'is not'} id-shaped`, () => {
      expect(isEntityIdShaped(text)).to.equal(shaped);
    });
  }

  it('cites a document by title and date, else by what it has', () => {
    const ref = { id: 'doc:1', title: 'Firman', date: '2014-05-09', file: 'a.txt', url: null };
    expect(citation(ref)).to.equal('Firman (2014-05-09)');
    expect(citation({ ...ref, date: null })).to.equal('Firman');
    expect(citation({ ...ref, title: null, date: null })).to.equal('a.txt');
    expect(citation({ ...ref, title: null, file: null })).to.equal('doc:1 (2014-05-09)');
  });

  it('names the two CSV tables after --out', () => {
    expect(csvTablePaths('out/report.csv')).to.deep.equal({
      nodes: 'out/report-nodes.csv',
      edges: 'out/report-edges.csv',
    });
    expect(csvTablePaths('report')).to.deep.equal({ nodes: 'report-nodes.csv', edges: 'report-edges.csv' });
  });
});
