// A `java` for the embedded launcher whose store lives on a small disk of its own: a tmpfs mounted in a
// private mount namespace (unshare), so that a load can really fill it, and nothing is left mounted once
// the JVM exits. Works as root and, through a user namespace, without.
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Writes the wrapper and returns its path, to pass as `javaCommand` to startEmbeddedNeo4j.
 * @example const server = await startEmbeddedNeo4j(config, { javaCommand: smallDiskJava(12) });
 */
export function smallDiskJava(megabytes: number): string {
  const path = join(mkdtempSync(join(tmpdir(), 'enlace-small-disk-')), 'java');
  writeFileSync(
    path,
    `#!/bin/sh
# The data folder (--data-dir DIR: DIR/data) goes on a ${megabytes} MB tmpfs; "java -version" passes through.
dir=""; previous=""
for arg in "$@"; do [ "$previous" = "--data-dir" ] && dir="$arg"; previous="$arg"; done
[ -z "$dir" ] && exec java "$@"
mkdir -p "$dir/data"
exec unshare -rm sh -c 'mount -t tmpfs -o size=$0 tmpfs "$1/data" && shift && exec java "$@"' ${megabytes}m "$dir" "$@"
`,
  );
  chmodSync(path, 0o755);
  return path;
}
