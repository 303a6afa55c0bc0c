// Progress events of the embedded database's build and start, for a CLI bar or plain stderr lines.

export type LauncherProgress =
  | { phase: 'build-start'; message: string }
  | { phase: 'build-download'; downloaded: number; artifact: string }
  | { phase: 'build-done'; downloaded: number; seconds: number }
  | { phase: 'starting'; message: string }
  | { phase: 'ready'; uri: string; version: string; seconds: number };

export type ProgressListener = (event: LauncherProgress) => void;

/**
 * A listener that writes one readable line per event (downloads every 20 artefacts) to a stream.
 * @example startEmbeddedNeo4j(config, { onProgress: progressLines(process.stderr) })
 */
export function progressLines(stream: NodeJS.WritableStream): ProgressListener {
  return (event) => {
    const line = describeProgress(event);
    if (line) stream.write(`${line}\n`);
  };
}

export function describeProgress(event: LauncherProgress): string | null {
  switch (event.phase) {
    case 'build-start':
    case 'starting':
      return event.message;
    case 'build-download':
      return event.downloaded % 20 === 0
        ? `  … ${event.downloaded} artefacts downloaded (${event.artifact})`
        : null;
    case 'build-done':
      return `Neo4j launcher built (${event.downloaded} artefacts downloaded) in ${event.seconds.toFixed(1)} s`;
    case 'ready':
      return `Neo4j ${event.version} ready at ${event.uri} (${event.seconds.toFixed(1)} s)`;
  }
}
