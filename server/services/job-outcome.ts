// An ingest's answer as a job reports it: each uploaded file's status and reason, and the summary numbers
// (the same net changes `enlace ingest` prints). Server paths never reach the reasons.
import type { JobFile, JobSummary } from '../../model/api/jobs';
import type { IngestOutcome } from './ingest-runner';

/** A file as the upload received it: stored at `path`, or refused at once with `reason`. */
export interface ReceivedFile {
  name: string;
  size: number;
  /** Where it was stored; null when it was refused (unsupported or empty). */
  path: string | null;
  reason: string | null;
}

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A reason as the pipeline wrote it, with the stored path replaced by the file's name and the
 * "module: file: " prefix dropped (the job already says which file).
 * @example cleanReason('ingest/read: /data/uploads/j1/a.pdf: the PDF is encrypted', '/data/uploads/j1/a.pdf', 'a.pdf')
 * // 'the PDF is encrypted'
 */
export function cleanReason(reason: string, path: string, name: string): string {
  const named = reason.split(path).join(name);
  const prefix = new RegExp(`^(?:[\\w/.-]+: )?${escapeRegExp(name)}: `);
  return named.replace(prefix, '') || 'failed';
}

/** Each file's status once the ingest answered, in upload order. */
export function filesAfterIngest(received: readonly ReceivedFile[], outcome: IngestOutcome): JobFile[] {
  const failures = new Map(outcome.failures.map((f) => [f.file, f.reason]));
  const documents = new Map(outcome.load.documents.map((d) => [d.file, d]));
  return received.map(({ name, size, path, reason }): JobFile => {
    if (path === null) return { name, size, status: 'failed', reason };
    const document = documents.get(name);
    const failure = failures.get(path) ?? (document?.status === 'failed' ? document.reason : undefined);
    if (failure !== undefined || document?.status === 'failed')
      return {
        name,
        size,
        status: 'failed',
        reason: cleanReason(failure ?? 'could not be written', path, name),
      };
    if (!document) return { name, size, status: 'failed', reason: 'the ingest did not report this file' };
    if (document.status === 'unchanged')
      return {
        name,
        size,
        status: 'unchanged',
        reason: document.reason ? cleanReason(document.reason, path, name) : null,
      };
    return { name, size, status: 'loaded', reason: null };
  });
}

/** The files refused at upload, and the rest failed with `reason` (the job stopped before reporting them). */
export function filesAfterError(received: readonly ReceivedFile[], reason: string): JobFile[] {
  return received.map(({ name, size, path, reason: refused }) => ({
    name,
    size,
    status: 'failed' as const,
    reason: path === null ? refused : reason,
  }));
}

/**
 * @example jobSummary(files, outcome) // { documents: 3, loaded: 2, unchanged: 0, failed: 1, nodes: 41, relationships: 97 }
 */
export function jobSummary(files: readonly JobFile[], outcome: IngestOutcome | null): JobSummary {
  const count = (status: JobFile['status']) => files.filter((f) => f.status === status).length;
  const { before, after } = outcome?.graph ?? {
    before: { nodes: 0, relationships: 0 },
    after: { nodes: 0, relationships: 0 },
  };
  return {
    documents: files.length,
    loaded: count('loaded'),
    unchanged: count('unchanged'),
    failed: count('failed'),
    nodes: after.nodes - before.nodes,
    relationships: after.relationships - before.relationships,
  };
}
