// Server-sent events (text/event-stream) on an Express response: named events with JSON data, a comment
// line as heartbeat so proxies and browsers keep the connection open, cleanup when either side closes.
import type { Response } from 'express';

export interface EventStream {
  /** Sends one event; `data` is written as one line of JSON. */
  send(event: string, data: unknown): void;
  /** Ends the stream (the client's EventSource should close on the last event it expects). */
  end(): void;
  /** Called once when the stream ends, by `end()` or because the client went away. */
  onClose(listener: () => void): void;
}

/**
 * Starts an event stream: headers sent at once, a heartbeat comment every `heartbeatMs`.
 * @example const stream = openEventStream(res, 15_000); stream.send('progress', job); stream.end();
 */
export function openEventStream(res: Response, heartbeatMs: number): EventStream {
  res.status(200).set({
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-cache, no-transform',
    Connection: 'keep-alive',
    // Nginx and similar proxies would otherwise buffer the stream.
    'X-Accel-Buffering': 'no',
  });
  res.flushHeaders();
  let sequence = 0;
  let closed = false;
  const listeners: (() => void)[] = [];
  const heartbeat = setInterval(() => res.write(': heartbeat\n\n'), heartbeatMs);
  heartbeat.unref();
  const close = () => {
    if (closed) return;
    closed = true;
    clearInterval(heartbeat);
    for (const listener of listeners.splice(0)) listener();
  };
  // The response's 'close' fires when the client goes away (or the response ended).
  res.on('close', close);
  return {
    send(event, data) {
      if (closed) return;
      sequence += 1;
      res.write(`id: ${sequence}\nevent: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    },
    end() {
      if (closed) return;
      close();
      res.end();
    },
    onClose(listener) {
      if (closed) listener();
      else listeners.push(listener);
    },
  };
}
