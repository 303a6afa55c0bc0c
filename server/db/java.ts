// Checks that a Java 17+ runtime is on the PATH before the embedded database is started.
import { spawn } from 'node:child_process';
import { EmbeddedStartError } from './errors';

export const MINIMUM_JAVA = 17;

/**
 * Returns the major version of `java` (e.g. 17), or throws an EmbeddedStartError saying what to install.
 * @example await checkJava() // -> 17
 */
export function checkJava(javaCommand = 'java'): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(javaCommand, ['-version'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('error', (error: NodeJS.ErrnoException) => {
      reject(
        new EmbeddedStartError(
          error.code === 'ENOENT'
            ? `Java ("${javaCommand}") was not found. Install a Java ${MINIMUM_JAVA}+ runtime (e.g. ` +
                '"apt-get install openjdk-17-jre-headless" or https://adoptium.net), or set NEO4J_URI ' +
                'to use an existing Neo4j instead.'
            : `Could not run ${javaCommand}: ${error.message}`,
          { cause: error },
        ),
      );
    });
    child.on('close', () => {
      const major = parseJavaMajor(output);
      if (major === null) {
        reject(
          new EmbeddedStartError(`Could not read the Java version from "${javaCommand} -version": ${output}`),
        );
      } else if (major < MINIMUM_JAVA) {
        reject(
          new EmbeddedStartError(
            `Java ${major} found, but the embedded Neo4j 5.26 needs Java ${MINIMUM_JAVA} or newer. ` +
              'Install a newer JDK/JRE and put it first on the PATH.',
          ),
        );
      } else resolvePromise(major);
    });
  });
}

/** 'openjdk version "17.0.15"' -> 17; 'java version "1.8.0_392"' -> 8. */
export function parseJavaMajor(versionOutput: string): number | null {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!match?.[1]) return null;
  const first = Number(match[1]);
  return first === 1 && match[2] ? Number(match[2]) : first;
}
