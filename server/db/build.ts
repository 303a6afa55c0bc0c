// Builds the Java launcher in neo4j/ with Maven once (and again when its pom or source changes).
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EmbeddedStartError } from './errors';
import type { ProgressListener } from './progress';

/** neo4j/ beside server/ in the Enlace package. */
export const DEFAULT_LAUNCHER_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'neo4j');

const MAIN_SOURCE = join('src', 'main', 'java', 'enlace', 'EmbeddedNeo4j.java');
const STAMP = join('target', 'enlace-build.sha256');

export interface LauncherBuild {
  launcherDir: string;
  /** The Java classpath: the launcher's classes and every Neo4j jar. */
  classpath: string;
  /** True when Maven ran this time. */
  built: boolean;
}

/**
 * Runs `mvn package dependency:copy-dependencies` in neo4j/ when neo4j/target is missing or stale.
 * @example const { classpath } = await ensureNeo4jBuilt({ onProgress: progressLines(process.stderr) });
 */
export async function ensureNeo4jBuilt(
  options: { onProgress?: ProgressListener; launcherDir?: string; mavenCommand?: string } = {},
): Promise<LauncherBuild> {
  const launcherDir = options.launcherDir ?? DEFAULT_LAUNCHER_DIR;
  const classpath = [join(launcherDir, 'target', 'classes'), join(launcherDir, 'target', 'lib', '*')].join(
    ':',
  );
  const wanted = sourceHash(launcherDir);
  if (isBuilt(launcherDir, wanted)) return { launcherDir, classpath, built: false };

  const started = Date.now();
  options.onProgress?.({
    phase: 'build-start',
    message: 'Building the embedded Neo4j launcher with Maven (first run: downloads about 130 MB of jars)…',
  });
  // Old jars would stay on the classpath beside new ones after a version change.
  rmSync(join(launcherDir, 'target', 'lib'), { recursive: true, force: true });
  const downloaded = await runMaven(launcherDir, options.mavenCommand ?? 'mvn', options.onProgress);
  writeFileSync(join(launcherDir, STAMP), wanted);
  options.onProgress?.({ phase: 'build-done', downloaded, seconds: (Date.now() - started) / 1000 });
  return { launcherDir, classpath, built: true };
}

function sourceHash(launcherDir: string): string {
  const hash = createHash('sha256');
  for (const file of ['pom.xml', MAIN_SOURCE]) {
    const path = join(launcherDir, file);
    if (!existsSync(path))
      throw new EmbeddedStartError(`The Neo4j launcher is incomplete: ${path} is missing`);
    hash.update(readFileSync(path));
  }
  return hash.digest('hex');
}

function isBuilt(launcherDir: string, wanted: string): boolean {
  const stamp = join(launcherDir, STAMP);
  const mainClass = join(launcherDir, 'target', 'classes', 'enlace', 'EmbeddedNeo4j.class');
  const lib = join(launcherDir, 'target', 'lib');
  if (!existsSync(stamp) || !existsSync(mainClass) || !existsSync(lib)) return false;
  if (readFileSync(stamp, 'utf8').trim() !== wanted) return false;
  return readdirSync(lib).some((name) => name.startsWith('neo4j-kernel-'));
}

function runMaven(launcherDir: string, mavenCommand: string, onProgress?: ProgressListener): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const args = ['-B', '-f', join(launcherDir, 'pom.xml'), 'package', 'dependency:copy-dependencies'];
    const child = spawn(mavenCommand, args, { cwd: launcherDir, stdio: ['ignore', 'pipe', 'pipe'] });
    const tail: string[] = [];
    let downloaded = 0;
    let pending = '';
    const onData = (chunk: Buffer): void => {
      pending += chunk.toString('utf8');
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        tail.push(line);
        if (tail.length > 40) tail.shift();
        // Maven 3.8 logs "Downloaded from central: https://…/neo4j-kernel-5.26.30.jar (… kB at …)".
        const match = /Downloaded from [^:]+: (\S+)/.exec(line);
        if (match?.[1]) {
          downloaded += 1;
          onProgress?.({
            phase: 'build-download',
            downloaded,
            artifact: match[1].split('/').pop() ?? match[1],
          });
        }
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'ENOENT'
          ? new EmbeddedStartError(
              `Maven ("${mavenCommand}") was not found. Install Maven 3.8+ (e.g. "apt-get install maven" or ` +
                'https://maven.apache.org/install.html), or set NEO4J_URI to use an existing Neo4j instead.',
              { cause: error },
            )
          : new EmbeddedStartError(`Could not run Maven: ${error.message}`, { cause: error }),
      );
    });
    child.on('close', (status) => {
      if (status === 0) resolvePromise(downloaded);
      else
        reject(
          new EmbeddedStartError(
            `Building the Neo4j launcher failed (mvn exit ${status}) in ${launcherDir}:\n${tail.join('\n')}`,
          ),
        );
    });
  });
}
