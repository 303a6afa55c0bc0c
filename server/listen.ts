// Starts the HTTP server, turning "port taken" into a message that says what to do.
import type { Server } from 'node:http';
import type { Express } from 'express';

export class HttpPortTakenError extends Error {
  constructor(readonly port: number) {
    super(
      `Port ${port} is already in use by another program. Choose another with PORT=<port>, e.g. PORT=3001.`,
    );
    this.name = 'HttpPortTakenError';
  }
}

/**
 * Listens on `port` (all interfaces unless `host`); a taken port rejects with HttpPortTakenError.
 * @example const server = await listen(app, 3000, '127.0.0.1');
 */
export function listen(app: Express, port: number, host?: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const failed = (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new HttpPortTakenError(port) : error);
    // Express 5 hands a listen error to this callback (as well as emitting it): success only without one.
    const server = app.listen(port, host ?? '', (error?: Error) => {
      if (error) failed(error);
      else resolve(server);
    });
    server.once('error', failed);
  });
}

export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
