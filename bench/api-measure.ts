// Measuring one operation two ways for bench/api.ts: over HTTP with autocannon (concurrent clients for
// a fixed time) and by calling the service directly with the same concurrency, as the baseline.
import autocannon from 'autocannon';

export interface Measurement {
  p50: number;
  p99: number;
  requestsPerSecond: number;
  requests: number;
  errors: number;
}

export interface LoadShape {
  connections: number;
  seconds: number;
}

/** GET `url` from `connections` clients for `seconds`; non-2xx answers count as errors. */
export async function measureHttp(url: string, shape: LoadShape): Promise<Measurement> {
  const result = await autocannon({ url, connections: shape.connections, duration: shape.seconds });
  return {
    p50: result.latency.p50,
    p99: result.latency.p99,
    requestsPerSecond: result.requests.average,
    requests: result.requests.total,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

const percentile = (sorted: readonly number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : 0;

/** Calls `operation` from `connections` loops for `seconds`, each call timed. */
export async function measureDirect(
  operation: () => Promise<unknown>,
  shape: LoadShape,
): Promise<Measurement> {
  const latencies: number[] = [];
  let errors = 0;
  const end = performance.now() + shape.seconds * 1000;
  const client = async () => {
    while (performance.now() < end) {
      const start = performance.now();
      try {
        await operation();
        latencies.push(performance.now() - start);
      } catch {
        errors++;
      }
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: shape.connections }, client));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    requestsPerSecond: latencies.length / seconds,
    requests: latencies.length,
    errors,
  };
}
