// Upload names: the client's name is a hint; what is stored never leaves the job folder.
import { expect } from 'chai';
import { cleanReason } from '../../../server/services/job-outcome';
import { safeFileName, uniqueNames } from '../../../server/services/upload-names';

describe('server/upload-names', () => {
  const cases: [string, string][] = [
    ['informe.pdf', 'informe.pdf'],
    ['../../x.txt', 'x.txt'],
    ['..\\..\\windows\\x.txt', 'x.txt'],
    ['/etc/passwd', 'passwd'],
    ['C:\\Users\\ana\\Informe final.pdf', 'Informe final.pdf'],
    ['nul\u0000byte.txt', 'nulbyte.txt'],
    ['tab\there\r\n.md', 'tabhere.md'],
    ['..', 'upload'],
    ['', 'upload'],
    ['.hidden.txt', 'hidden.txt'],
    ['trailing dots...', 'trailing dots'],
    ['a<b>c:d"e|f?g*.html', 'abcdefg.html'],
    ['  spaced   name .txt  ', 'spaced name .txt'],
    ['Declaración conjunta.docx', 'Declaración conjunta.docx'],
    ['right\u202eto-left.txt', 'rightto-left.txt'],
  ];
  for (const [given, expected] of cases) {
    it(`safeFileName(${JSON.stringify(given)}) is ${JSON.stringify(expected)}`, () => {
      expect(safeFileName(given)).to.equal(expected);
    });
  }

  it('keeps the extension of a name too long for a file system', () => {
    const name = safeFileName(`${'ñ'.repeat(300)}.pdf`);
    expect(Buffer.byteLength(name)).to.be.at.most(180);
    expect(name.endsWith('.pdf')).to.equal(true);
  });

  it('makes names unique within a job, case-insensitively', () => {
    const names = uniqueNames();
    expect(['a.txt', 'A.txt', 'dir/a.txt', 'a-2.txt', '', ''].map((n) => names.next(n))).to.deep.equal([
      'a.txt',
      'A-2.txt',
      'a-3.txt',
      'a-2-2.txt',
      'upload-5',
      'upload-6',
    ]);
  });

  const reasons: [string, string][] = [
    ['ingest/read: /d/up/j1/a.pdf: the PDF is encrypted', 'the PDF is encrypted'],
    ['/d/up/j1/a.pdf: not found', 'not found'],
    ['could not write /d/up/j1/a.pdf (a.pdf)', 'could not write a.pdf (a.pdf)'],
  ];
  for (const [reason, expected] of reasons) {
    it(`cleanReason(${JSON.stringify(reason)}) is ${JSON.stringify(expected)}`, () => {
      expect(cleanReason(reason, '/d/up/j1/a.pdf', 'a.pdf')).to.equal(expected);
    });
  }
});
