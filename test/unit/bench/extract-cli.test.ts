// Smoke test of `bench/extract.ts` as a command: a small corpus through the stand-in extractor, scored.
import { expect } from 'chai';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../../', import.meta.url));

describe('bench extract command', () => {
  it('prints throughput, memory and accuracy for a small run', async () => {
    const { stdout } = await run(
      process.execPath,
      [
        '--import',
        'tsx',
        'bench/extract.ts',
        '--docs',
        '40',
        '--sample',
        '10',
        '--threads',
        '2',
        '--extractor',
        'test/unit/bench/fixtures/stand-in-extractor.ts',
      ],
      { cwd: root, timeout: 60_000 },
    );
    expect(stdout).to.match(/pool, 2 workers\s+40\s/);
    expect(stdout).to.match(/single thread\s+40\s/);
    expect(stdout).to.include('pool and single thread agree: yes');
    expect(stdout).to.match(/RSS start/);
    expect(stdout).to.match(/accuracy on 10 documents/);
    expect(stdout).to.match(/entity F1 \d\.\d{3}\s+core-relation F1 0\.000/);
  });

  it('rejects a bad option value, naming the option', async () => {
    let error: unknown;
    try {
      await run(process.execPath, ['--import', 'tsx', 'bench/extract.ts', '--docs', 'many'], { cwd: root });
    } catch (e) {
      error = e;
    }
    expect(error)
      .to.have.property('stderr')
      .match(/--docs must be an integer/);
  });
});
