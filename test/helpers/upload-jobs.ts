// Helpers of the upload tests: follow a job's event stream to its end, count the graph, list files.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import type { Express } from 'express';
import request from 'supertest';
import type { Job } from '../../model/api/jobs';
import { testDatabase } from './database-hooks';
import { TEST_TOKEN } from './api-app';

export const auth = { Authorization: `Bearer ${TEST_TOKEN}` };

export interface SseEvent {
  event: string;
  data: Job;
}

/** The whole event stream of a job (it ends when the job does), as events and the raw text. */
export async function followJob(app: Express, id: string): Promise<{ events: SseEvent[]; text: string }> {
  const res = await request(app)
    .get(`/api/jobs/${id}/events`)
    .buffer(true)
    .parse((response, done) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => done(null, text));
    })
    .expect(200)
    .expect('Content-Type', /text\/event-stream/);
  const text = res.body as string;
  const events = text
    .split('\n\n')
    .filter((block) => block.includes('event: '))
    .map((block) => {
      const lines = block.split('\n');
      const field = (name: string) => lines.find((l) => l.startsWith(`${name}: `))!.slice(name.length + 2);
      return { event: field('event'), data: JSON.parse(field('data')) as Job };
    });
  return { events, text };
}

export async function graphCounts(): Promise<{ nodes: number; relationships: number; documents: string[] }> {
  const { driver, database } = testDatabase();
  const result = await driver.executeQuery(
    'CALL { MATCH (n) RETURN count(n) AS nodes } CALL { MATCH ()-[r]->() RETURN count(r) AS relationships } ' +
      'CALL { MATCH (d:Document) RETURN collect(d.file) AS documents } RETURN nodes, relationships, documents',
    {},
    { database },
  );
  const record = result.records[0]!;
  return {
    nodes: Number(record.get('nodes')),
    relationships: Number(record.get('relationships')),
    documents: (record.get('documents') as string[]).sort(),
  };
}

/** Every file under `dir`, relative to it. */
export function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((p) =>
    statSync(join(dir, p)).isFile(),
  );
}

export function expectProblem(res: request.Response, status: number, detail: RegExp): void {
  expect(res.status, `${res.status} ${JSON.stringify(res.body)}`).to.equal(status);
  expect(res.headers['content-type']).to.contain('application/problem+json');
  expect((res.body as { detail: string }).detail).to.match(detail);
}
