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

export function listen(app: Express, port: number, host?: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host ?? '', () => resolve(server));
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new HttpPortTakenError(port) : error),
    );
  });
}

export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
