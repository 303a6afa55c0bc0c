// The curation file: one JSON record a line, comments and blank lines skipped, every unreadable line
// reported with its file, line and field, appends that keep one record a line.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import {
  appendLog,
  parseLogLine,
  readLog,
  truncateLog,
  logSize,
} from '../../../server/services/curation/log';
import type { LogEntry } from '../../../server/services/curation/types';

const stamp = { note: 'why', at: '2024-05-09T10:00:00.000Z', by: 'a1b2c3d4e5f6' };
const merge = { id: 'c1', op: 'merge', params: { from: 'place:a', into: 'place:b' }, ...stamp };
const undo = { op: 'undo', target: 'c1', ...stamp };

describe('curation/log: parseLogLine', () => {
  it('should throw if given a line that is not a record, naming file, line and field', () => {
    const cases: [string, RegExp][] = [
      ['not json', /^c\.jsonl:7: not a JSON record/],
      [JSON.stringify({ ...merge, op: 'explode' }), /^c\.jsonl:7: op: /],
      [JSON.stringify({ ...merge, params: { from: 'place:a' } }), /^c\.jsonl:7: params\.into: /],
      [JSON.stringify({ ...merge, note: '' }), /^c\.jsonl:7: note: /],
      [JSON.stringify({ ...undo, target: undefined }), /^c\.jsonl:7: target: /],
      [
        JSON.stringify({ id: 'c2', op: 'relabel', params: { id: 'place:a', label: 'Document' }, ...stamp }),
        /^c\.jsonl:7: params\.label: /,
      ],
    ];
    for (const [line, message] of cases)
      expect(() => parseLogLine(line, 'c.jsonl', 7), line).to.throw(message);
  });

  it('should read edits and undos', () => {
    expect(parseLogLine(JSON.stringify(merge), 'c.jsonl', 1)).to.deep.equal(merge);
    expect(parseLogLine(JSON.stringify(undo), 'c.jsonl', 2)).to.deep.equal(undo);
  });
});

describe('curation/log: the file', () => {
  const file = () => join(mkdtempSync(join(tmpdir(), 'enlace-log-')), 'sub', 'curations.jsonl');

  it('should hold no entry when missing, and skip comments and blank lines', async () => {
    const path = file();
    expect(await readLog(path)).to.deep.equal([]);
    await appendLog(path, [merge as LogEntry]);
    writeFileSync(
      path,
      readFileSync(path, 'utf8') + '\n   \n# a note of mine\n' + JSON.stringify(undo) + '\n',
    );
    expect(await readLog(path)).to.deep.equal([merge, undo]);
  });

  it('should start a new file with its explanatory header, one record a line', async () => {
    const path = file();
    await appendLog(path, [merge as LogEntry, undo as LogEntry]);
    const lines = readFileSync(path, 'utf8').split('\n');
    expect(lines[0]).to.match(/^# Enlace curation log/);
    expect(lines.filter((line) => line.startsWith('{'))).to.have.length(2);
  });

  it('should start a record on its own line after a hand edit without a final newline', async () => {
    const path = file();
    await appendLog(path, [merge as LogEntry]);
    writeFileSync(path, readFileSync(path, 'utf8').trimEnd());
    await appendLog(path, [undo as LogEntry]);
    expect(await readLog(path)).to.deep.equal([merge, undo]);
  });

  it('should cut the file back to a size (a failed edit leaves no line)', async () => {
    const path = file();
    await appendLog(path, [merge as LogEntry]);
    const size = await logSize(path);
    await appendLog(path, [undo as LogEntry]);
    await truncateLog(path, size);
    expect(await readLog(path)).to.deep.equal([merge]);
  });
});
