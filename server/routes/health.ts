// GET /api/health: is Enlace up, and is its database connected (with version and counts)?
import { Router } from 'express';

export interface DatabaseHealth {
  connected: boolean;
  mode?: string;
  uri?: string;
  version?: string;
  edition?: string;
  nodes?: number;
  relationships?: number;
  error?: string;
}

export function healthRouter(databaseHealth: () => Promise<DatabaseHealth>): Router {
  const router = Router();
  router.get('/health', async (_req, res) => {
    let database: DatabaseHealth;
    try {
      database = await databaseHealth();
    } catch (error) {
      database = { connected: false, error: error instanceof Error ? error.message : String(error) };
    }
    res
      .status(database.connected ? 200 : 503)
      .json({ status: database.connected ? 'ok' : 'degraded', database });
  });
  return router;
}
