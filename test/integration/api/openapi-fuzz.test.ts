// The served OpenAPI document is exact: schemathesis drives every operation, without and with the token,
// and must find no server error and no answer that breaks the document's own schemas.
import { execFile } from 'node:child_process';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect } from 'chai';
import { closeServer, listen } from '../../../server/listen';
import { apiApp, loadSeeds, TEST_TOKEN } from '../../helpers/api-app';
import { REPO_ROOT } from '../../helpers/run-cli';

const run = promisify(execFile);
const ARTIFACTS = join(REPO_ROOT, 'test-artifacts');

/** The fuzzer's command, installed into its own virtual environment on first use. */
async function schemathesis(): Promise<string> {
  const { stdout } = await run(join(REPO_ROOT, 'test/fuzz/ensure-schemathesis.sh'), [], { timeout: 300_000 });
  return stdout.trim().split('\n').pop()!;
}

async function fuzz(bin: string, base: string, headers: string[]): Promise<{ code: number; output: string }> {
  const args = [
    'run',
    `${base}/api/openapi.json`,
    '--url',
    base,
    '--checks',
    'not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance,response_headers_conformance',
    '--max-examples',
    process.env.ENLACE_FUZZ_EXAMPLES ?? '15',
    // One worker: with several, the fuzzer's own code races in its threads (SystemError from ast.parse,
    // KeyError in hypothesis' source cache on Python 3.11) and reports errors that are not the API's.
    '--workers',
    '1',
    '--seed',
    '20261201',
    '--request-timeout',
    '20',
    '--no-color',
    ...headers.flatMap((h) => ['-H', h]),
  ];
  try {
    // A fresh working folder: schemathesis keeps a cache of past failures where it runs.
    const cwd = mkdtempSync(join(tmpdir(), 'enlace-fuzz-'));
    const { stdout, stderr } = await run(bin, args, { cwd, timeout: 600_000, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : -1, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

const RUNS = [
  ['without a token', []],
  ['with the token', [`Authorization: Bearer ${TEST_TOKEN}`]],
] as const;

describe('api: the OpenAPI document is exact (schemathesis)', function () {
  this.timeout(15 * 60_000);
  let server: Server;
  let base: string;
  let bin: string;
  const runs = new Map<string, Promise<{ code: number; output: string }>>();

  before(async () => {
    bin = await schemathesis();
    await loadSeeds();
    server = await listen(apiApp(), 0, '127.0.0.1');
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    // Both runs at once, each in its own process (one worker each): on two cores that halves the wait.
    for (const [name, headers] of RUNS) runs.set(name, fuzz(bin, base, [...headers]));
  });
  after(() => closeServer(server));

  for (const [name] of RUNS) {
    it(`finds no server error and no answer outside the schemas, ${name}`, async () => {
      const { code, output } = await runs.get(name)!;
      const summary = output.slice(output.lastIndexOf('SUMMARY'));
      if (code !== 0) {
        // The whole report goes to a file; the message shows where the errors and failures begin.
        mkdirSync(ARTIFACTS, { recursive: true });
        const log = join(ARTIFACTS, `schemathesis-${name.replace(/\W+/g, '-')}.log`);
        writeFileSync(log, output);
        const first = output.search(/^=+ (ERRORS|FAILURES) =+$/m);
        expect(code, `${log}\n${output.slice(Math.max(0, first), Math.max(0, first) + 20_000)}`).to.equal(0);
      }
      expect(summary).to.match(/Tested: \d+/);
    });
  }
});
