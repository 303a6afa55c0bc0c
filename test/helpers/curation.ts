// What the curation tests share: ids of entities in the seeds, a fresh curation file, an app that
// edits through it, and plain reads of the test database.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Express } from 'express';
import request from 'supertest';
import { createGateway, type Gateway } from '../../server/db';
import { createCurationLog, type CurationLog } from '../../server/services/curation';
import { TEST_TOKEN } from './api-app';
import { testDatabase } from './database-hooks';

export const IPSS = 'institution:instituto-peruano-de-seguridad-social';
export const ESSALUD = 'institution:seguro-social-de-salud-del-peru';
export const IMSS = 'institution:instituto-mexicano-del-seguro-social';
export const DIF = 'institution:desarrollo-integral-de-la-familia';
export const SALUD = 'institution:secretaria-de-salud';
export const SALUD_2 = 'institution:secretaria-de-salud--bf7a89db';
export const INSTITUTO_SALUD = 'institution:instituto-de-salud';
export const LEONEL = 'person:leonel-antonio-flores-sosa';
export const ISSS = 'institution:instituto-salvadoreno-del-seguro-social';
export const LEONEL_TITULAR = `${LEONEL}|HOLDS_ROLE|${ISSS}|titular`;

export const AUTH = { Authorization: `Bearer ${TEST_TOKEN}` };

/** A curation file of its own in a new temp folder. */
export function freshCurationLog(): CurationLog {
  return createCurationLog(join(mkdtempSync(join(tmpdir(), 'enlace-curations-')), 'curations.jsonl'));
}

/** POST /api/curations and POST /api/curations/{id}/undo with the token. */
export function curationClient(app: () => Express) {
  return {
    edit: (body: object) => request(app()).post('/api/curations').set(AUTH).send(body),
    undo: (id: string, note = 'Undone in a test') =>
      request(app())
        .post(`/api/curations/${encodeURIComponent(id)}/undo`)
        .set(AUTH)
        .send({ note }),
  };
}

export async function rows(
  query: string,
  params: Record<string, unknown> = {},
): Promise<Record<string, unknown>[]> {
  const { driver, database } = testDatabase();
  const result = await driver.executeQuery(query, params, { database });
  return result.records.map((record) => record.toObject());
}

export const testGateway = (): Gateway => createGateway(testDatabase().driver, testDatabase().database);
