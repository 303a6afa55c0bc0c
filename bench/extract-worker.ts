// Worker thread of the extraction benchmark: loads the extractor module, then extracts each batch it is sent.
import { getHeapStatistics } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import type { DocumentResult, WorkerConfig, WorkerReply, WorkerRequest } from './extract-protocol';
import { extractOne, loadExtractor } from './extract-protocol';

const port = parentPort;
if (!port) throw new Error('bench: extract-worker must run in a worker thread');
const config = workerData as WorkerConfig;
const extractor = await loadExtractor(config.extractorUrl);
const reply = (message: WorkerReply): void => port.postMessage(message);
reply({ type: 'ready', heapUsed: getHeapStatistics().used_heap_size });

// Batches run one after another, in arrival order, even though extraction may await.
let queue: Promise<void> = Promise.resolve();
port.on('message', (request: WorkerRequest) => {
  queue = queue.then(async () => {
    const results: DocumentResult[] = [];
    for (const doc of request.docs) results.push(await extractOne(extractor, doc, config.keep));
    reply({ type: 'done', id: request.id, results, heapUsed: getHeapStatistics().used_heap_size });
  });
});
