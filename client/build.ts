// Bundles the browser app (client/src) with esbuild into client/dist, beside the static files of
// client/public. `enlace start` calls ensureClientBuilt() so a fresh clone serves the app with no
// extra step; `npm run build:client` builds it by hand.
import { cpSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const CLIENT_ROOT = dirname(fileURLToPath(import.meta.url));
export const CLIENT_DIST = join(CLIENT_ROOT, 'dist');
const SOURCES = [join(CLIENT_ROOT, 'src'), join(CLIENT_ROOT, 'public'), join(CLIENT_ROOT, '..', 'model')];
const ENTRY_POINTS = {
  app: join(CLIENT_ROOT, 'src', 'main.ts'),
  'layout-worker': join(CLIENT_ROOT, 'src', 'graph', 'layout-worker.ts'),
};
const STAMP = join(CLIENT_DIST, 'app.js');

/** The newest modification time of any file under the folders. */
function newestMtime(dirs: readonly string[]): number {
  let newest = 0;
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  dirs.forEach(walk);
  return newest;
}

/** True when client/dist is missing or older than a source file. */
export function clientIsStale(): boolean {
  return !existsSync(STAMP) || statSync(STAMP).mtimeMs < newestMtime(SOURCES);
}

/** Bundles the app and its layout worker, and copies client/public, into client/dist. */
export async function buildClient(options: { minify?: boolean } = {}): Promise<void> {
  mkdirSync(CLIENT_DIST, { recursive: true });
  cpSync(join(CLIENT_ROOT, 'public'), CLIENT_DIST, { recursive: true });
  await build({
    entryPoints: ENTRY_POINTS,
    outdir: CLIENT_DIST,
    bundle: true,
    format: 'esm',
    target: 'es2022',
    sourcemap: true,
    minify: options.minify ?? true,
    legalComments: 'none',
    logLevel: 'warning',
  });
}

/** Builds the app when its sources are newer than the last build; says so on `log`. */
export async function ensureClientBuilt(log: (line: string) => void = () => {}): Promise<void> {
  if (!clientIsStale()) return;
  const started = Date.now();
  log('Building the browser app…');
  await buildClient();
  log(`Browser app built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // No top-level await: test runners load this module synchronously too.
  buildClient({ minify: !process.argv.includes('--dev') }).catch((error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exitCode = 1;
  });
}
