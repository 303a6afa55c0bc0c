// Tagging speed (`npm run bench:tagging`): es-compromise / compromise over the dev corpus, with the
// language packs' lexicons, against the whole extraction of the same documents.
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tag, useLexicon } from '../engine';
import { extractDocument } from '../ingest/extract';
import { readDocument } from '../ingest/read';
import { PACKS } from '../lang';

const DEV = resolve(import.meta.dirname, '../../shared/dev/docs');
const ROUNDS = 10;

const docs = await Promise.all(
  readdirSync(DEV)
    .sort()
    .map((f) => readDocument(join(DEV, f))),
);
for (const p of Object.values(PACKS)) useLexicon(p.lang, p.lexicon);
for (const d of docs) tag(d.text, d.lang); // warm-up

function rate(what: string, fn: () => void): void {
  const cpu0 = process.cpuUsage();
  for (let r = 0; r < ROUNDS; r++) fn();
  const cpu = process.cpuUsage(cpu0);
  const s = (cpu.user + cpu.system) / 1e6;
  console.log(`${what.padEnd(22)} ${((docs.length * ROUNDS) / s).toFixed(0).padStart(6)} docs/CPU s`);
}

console.log(`${docs.length} dev documents x ${ROUNDS} rounds`);
rate('tagging', () => docs.forEach((d) => tag(d.text, d.lang)));
rate('extraction (all)', () => docs.forEach((d) => extractDocument(d)));
