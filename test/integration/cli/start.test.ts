// `enlace start` on an empty graph: seeds loaded, health reported, the app served, Ctrl-C stops it.
import { once } from 'node:events';
import { expect } from 'chai';
import { findFreePort } from '../../../server/db';
import { clearGraph } from '../../helpers/database-hooks';
import { cliEnv, spawnCli } from '../../helpers/run-cli';

interface Health {
  status: string;
  database: { connected: boolean; version?: string; nodes?: number; relationships?: number };
}

async function waitForHealth(url: string, deadline: number): Promise<Health> {
  for (;;) {
    try {
      const response = await fetch(url);
      if (response.ok) return (await response.json()) as Health;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`no healthy answer from ${url}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

describe('enlace start (integration)', function () {
  it('should load the seeds into an empty graph, serve health and the app, and stop on SIGINT', async () => {
    await clearGraph();
    const port = await findFreePort();
    const child = spawnCli(['start'], cliEnv({ PORT: String(port) }));
    let output = '';
    child.stdout!.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
    try {
      const health = await waitForHealth(`http://127.0.0.1:${port}/api/health`, Date.now() + 100_000);
      expect(health.status).to.equal('ok');
      expect(health.database.connected).to.equal(true);
      expect(health.database.version).to.match(/^5\./);
      expect(health.database.nodes).to.be.greaterThan(20);
      expect(output).to.match(/5 loaded/);

      const page = await fetch(`http://127.0.0.1:${port}/`);
      expect(await page.text()).to.contain('<title>Enlace</title>');
      const missing = await fetch(`http://127.0.0.1:${port}/api/nothing-here`);
      expect(missing.status).to.equal(404);
      expect(missing.headers.get('content-type')).to.contain('application/problem+json');
    } finally {
      child.kill('SIGINT');
    }
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(code, output).to.equal(0);
  });
});
