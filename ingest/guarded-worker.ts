// The worker thread of guarded extraction (see guarded-extract.ts): reads and extracts one file per message.
import { parentPort } from 'node:worker_threads';
import { extractDocument } from './extract';
import { readDocument } from './read';
import { loadTaggers } from '../engine/nlp';

const port = parentPort;
if (!port) throw new Error('guarded-worker must run in a worker thread');
port.on('message', (file: string) => {
  readDocument(file)
    .then((document) => port.postMessage({ file, extraction: extractDocument(document) }))
    .catch((error: unknown) =>
      port.postMessage({ file, error: error instanceof Error ? error.message : String(error) }),
    );
});
loadTaggers();
port.postMessage({ ready: true });
