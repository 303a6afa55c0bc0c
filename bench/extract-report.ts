// Formats the extraction benchmark's figures as plain-text tables.
import type { RunReport } from './extract-pool';
import type { Prf, ScoreSummary } from './score-loader';

/** Throughput the extractor is expected to reach on the project's 2-core machine (see calibration.md). */
export const TARGETS = { docsPerSecond: 200, wordsPerSecond: 100_000 };

export interface RunRow {
  name: string;
  report: RunReport;
  words: number;
}

const MB = 1024 * 1024;
const int = (n: number): string => Math.round(n).toLocaleString('en-US');
const mb = (bytes: number): string => `${Math.round(bytes / MB)} MB`;

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function throughputTable(rows: readonly RunRow[]): string {
  return table(
    [
      'run',
      'documents',
      'words',
      'seconds',
      'docs/s',
      'words/s',
      'CPU s',
      'docs/CPU s',
      'peak RSS',
      'worker heap',
      'start-up s',
      'failed',
    ],
    rows.map(({ name, report: r, words }) => [
      name,
      int(r.documents),
      int(words),
      r.seconds.toFixed(2),
      int(r.documents / r.seconds),
      int(words / r.seconds),
      r.cpuSeconds.toFixed(2),
      int(r.documents / r.cpuSeconds),
      mb(r.peakRss),
      r.workerHeapPeak > 0 ? mb(r.workerHeapPeak) : '-',
      r.startupSeconds.toFixed(2),
      int(r.failed),
    ]),
  );
}

export function memoryTable(rows: readonly RunRow[]): string {
  return table(
    ['run', 'RSS start', 'RSS middle', 'RSS end', 'end - start'],
    rows.map(({ name, report: r }) => [
      name,
      mb(r.rssStart),
      mb(r.rssMiddle),
      mb(r.rssEnd),
      mb(r.rssEnd - r.rssStart),
    ]),
  );
}

/** The parallel run against the targets, and its speed-up over the single thread. */
export function targetLines(parallel: RunRow, single: RunRow, threads: number): string[] {
  const docsPerSecond = parallel.report.documents / parallel.report.seconds;
  const wordsPerSecond = parallel.words / parallel.report.seconds;
  const singleDocsPerSecond = single.report.documents / single.report.seconds;
  const mark = (ok: boolean): string => (ok ? 'met' : 'NOT met');
  // What the run would reach with its threads to itself: per-CPU-second rates survive other load.
  const idleDocs = (parallel.report.documents / parallel.report.cpuSeconds) * threads;
  const idleWords = (parallel.words / parallel.report.cpuSeconds) * threads;
  return [
    `speed-up (${parallel.name} vs ${single.name}): ${(docsPerSecond / singleDocsPerSecond).toFixed(2)}x`,
    `CPU-bound estimate for ${threads} threads on an idle machine: ${int(idleDocs)} docs/s, ${int(idleWords)} words/s`,
    `target >= ${int(TARGETS.docsPerSecond)} docs/s: ${int(docsPerSecond)} docs/s, ${mark(docsPerSecond >= TARGETS.docsPerSecond)}`,
    `target ~${int(TARGETS.wordsPerSecond)} words/s: ${int(wordsPerSecond)} words/s, ${mark(wordsPerSecond >= TARGETS.wordsPerSecond * 0.9)}`,
  ];
}

const prf = (x: Prf): string[] => [
  x.p.toFixed(3),
  x.r.toFixed(3),
  x.f1.toFixed(3),
  int(x.tp),
  int(x.fp),
  int(x.fn),
];

export function scoreTable(s: ScoreSummary): string {
  const rows: string[][] = [
    ['entities', ...prf(s.entities)],
    ...Object.entries(s.entitiesByLabel).map(([label, x]) => [`  ${label}`, ...prf(x)]),
    ['core relations', ...prf(s.coreRelations)],
    ...Object.entries(s.relationsByType).map(([type, x]) => [`  ${type}`, ...prf(x)]),
    ['all relations', ...prf(s.allRelations)],
  ];
  return table(['', 'P', 'R', 'F1', 'tp', 'fp', 'fn'], rows);
}

/**
 * The commonest kinds of error in the scorer's notes ("FP entity Institution", "FN HELD_AT"), with a few
 * examples each, so that a score at scale points at what to fix.
 */
export function errorKinds(s: ScoreSummary, kinds: number, examples = 3): string {
  const byKind = new Map<string, string[]>();
  for (const doc of s.perDoc) {
    for (const raw of doc.notes) {
      const note = raw.trim();
      const match = /^(FP|FN) (entity \w+|\w+)/.exec(note);
      if (!match) continue;
      const list = byKind.get(match[0]) ?? [];
      list.push(`${doc.file}: ${note.slice(match[0].length).trim()}`);
      byKind.set(match[0], list);
    }
  }
  const sorted = [...byKind].sort((a, b) => b[1].length - a[1].length).slice(0, kinds);
  return sorted
    .map(([kind, list]) =>
      [`${kind}: ${int(list.length)}`, ...list.slice(0, examples).map((e) => `    ${e}`)].join('\n'),
    )
    .join('\n');
}
