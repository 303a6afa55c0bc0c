// Terminal output: tables cut or whole, Neo4j's notifications as warnings pointing into the query.
import { expect } from 'chai';
import { formatNotification } from '../../../cli/output/notifications';
import { renderTable } from '../../../cli/output/table';

describe('cli/output', () => {
  const long = 'x'.repeat(70);

  it('cuts cells at 60 characters, or shows them whole with wide', () => {
    expect(renderTable(['v'], [[long]])).to.contain(`${'x'.repeat(59)}…`);
    expect(renderTable(['v'], [[long]], { wide: true }))
      .to.contain(long)
      .and.not.contain('…');
  });

  it('formats a warning with its line and a caret under the column', () => {
    const text = formatNotification(
      {
        code: 'Neo.ClientNotification.Statement.UnknownLabelWarning',
        title: 'The provided label is not in the database.',
        description: 'One of the labels … (the missing label name is: Nope)',
        severity: 'WARNING',
        position: { offset: 15, line: 2, column: 6 },
      },
      'MATCH (n)\nWITH n:Nope RETURN n',
    );
    expect(text).to.equal(
      'warning: The provided label is not in the database. (the missing label name is: Nope), line 2, column 6\n' +
        '  WITH n:Nope RETURN n\n       ^',
    );
  });

  it('formats information without a position as a note', () => {
    const text = formatNotification(
      { code: 'x', title: 'A hint', description: 'Plain words.', severity: 'INFORMATION' },
      'RETURN 1',
    );
    expect(text).to.equal('note: A hint.');
  });
});
