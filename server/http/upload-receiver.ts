// Receives a multipart upload (multer) into one job folder: files of the formats the ingest reads are
// streamed to disk under safe names; unsupported and empty files are recorded with their reason, not
// stored. Limits (bytes per file, number of files, bytes in all) and malformed bodies are 4xx problems
// whose detail says the limit; nothing is left behind when the upload is refused.
import { createWriteStream } from 'node:fs';
import { unlink } from 'node:fs/promises';
import { extname, join, relative, resolve, sep } from 'node:path';
import { Transform, Writable, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Request, Response } from 'express';
import multer, { type StorageEngine } from 'multer';
import type { ReceivedFile } from '../services/job-outcome';
import { safeFileName, uniqueNames } from '../services/upload-names';
import { HttpProblem } from './problem';

export interface UploadLimits {
  maxFileBytes: number;
  maxFiles: number;
  maxTotalBytes: number;
}

export interface UploadTarget {
  /** The job folder: every stored file lands inside it. */
  dir: string;
  limits: UploadLimits;
  /** Extensions the ingest reads, lower case with the dot ('.txt', …). */
  formats: readonly string[];
}

export interface ReceivedUpload {
  files: ReceivedFile[];
  /** Text fields of the form. */
  fields: Record<string, unknown>;
}

export const UPLOAD_FIELD = 'files';
const oneDecimal = (n: number) => Math.round(n * 10) / 10;

/** "25 MB", "2 KB", "900 bytes": a limit as a person reads it. */
function sizeText(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${oneDecimal(bytes / 1024 / 1024)} MB`;
  if (bytes >= 1024) return `${oneDecimal(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/** The total size limit, raised from inside the storage engine while a file streams in. */
class TotalTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`the upload is larger than ${sizeText(limit)} in all`);
  }
}

/** Counts bytes through a file's stream, failing once the whole upload passes its limit. */
function byteCounter(total: { bytes: number; limit: number }, onBytes: (n: number) => void): Transform {
  return new Transform({
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      total.bytes += chunk.length;
      onBytes(chunk.length);
      if (total.bytes > total.limit) callback(new TotalTooLargeError(total.limit));
      else callback(null, chunk);
    },
  });
}

/** A sink that drops what it is given. */
const discard = () => new Writable({ write: (_chunk, _encoding, callback) => callback() });

function storageEngine(target: UploadTarget, received: ReceivedFile[]): StorageEngine {
  const names = uniqueNames();
  const total = { bytes: 0, limit: target.limits.maxTotalBytes };
  const root = resolve(target.dir);
  return {
    _handleFile(_req, file, callback) {
      const entry: ReceivedFile = { name: names.next(file.originalname), size: 0, path: null, reason: null };
      received.push(entry);
      const ext = extname(entry.name).toLowerCase();
      const count = byteCounter(total, (n) => (entry.size += n));
      if (!target.formats.includes(ext)) {
        entry.reason = `unsupported file type ${ext || '(none)'}: Enlace reads ${target.formats.join(' ')}`;
        // Read (and count) the bytes without keeping them.
        pipeline(file.stream, count, discard()).then(() => callback(null, { size: entry.size }), callback);
        return;
      }
      const path = join(root, entry.name);
      // Defence in depth: safe names have no separators, so this cannot fail; if it ever did, refuse.
      if (relative(root, path).split(sep)[0] === '..' || !path.startsWith(root + sep)) {
        callback(new HttpProblem(400, 'Bad Request', `The file name "${entry.name}" is not allowed.`));
        return;
      }
      pipeline(file.stream, count, createWriteStream(path, { flags: 'wx' })).then(async () => {
        if (entry.size === 0) {
          await unlink(path);
          entry.reason = 'the file is empty (0 bytes)';
        } else entry.path = path;
        callback(null, { path, size: entry.size });
      }, callback);
    },
    _removeFile(_req, file, callback) {
      if (!file.path) return callback(null);
      unlink(file.path).then(
        () => callback(null),
        (error: NodeJS.ErrnoException) => callback(error.code === 'ENOENT' ? null : error),
      );
    },
  };
}

/** Multer's and busboy's errors as problems a client can act on. */
function uploadProblem(error: unknown, limits: UploadLimits): HttpProblem {
  if (error instanceof HttpProblem) return error;
  if (error instanceof TotalTooLargeError)
    return new HttpProblem(
      413,
      'Upload too large',
      `The upload is larger than ${sizeText(error.limit)} in all (ENLACE_UPLOAD_MAX_TOTAL_MB): send the files in several uploads.`,
    );
  if (error instanceof multer.MulterError) {
    // multer 2 names the file (types lag behind).
    const filename = (error as { filename?: unknown }).filename;
    const name = typeof filename === 'string' && filename ? `"${safeFileName(filename)}"` : 'A file';
    switch (error.code) {
      case 'LIMIT_FILE_SIZE':
        return new HttpProblem(
          413,
          'File too large',
          `${name} is larger than ${sizeText(limits.maxFileBytes)}, the most one file may have (ENLACE_UPLOAD_MAX_MB).`,
        );
      case 'LIMIT_FILE_COUNT':
        return new HttpProblem(
          413,
          'Too many files',
          `An upload may hold at most ${limits.maxFiles} files (ENLACE_UPLOAD_MAX_FILES): send the rest in another upload.`,
        );
      case 'LIMIT_UNEXPECTED_FILE':
        return new HttpProblem(
          400,
          'Bad Request',
          `Send the files in the form field "${UPLOAD_FIELD}" (a file came in "${error.field ?? ''}").`,
        );
      default:
        return new HttpProblem(
          400,
          'Bad Request',
          `The multipart form is refused: ${error.message.toLowerCase()}.`,
        );
    }
  }
  // busboy: "Unexpected end of form", "Malformed part header", "Multipart: Boundary not found", aborts.
  const message = error instanceof Error ? error.message : String(error);
  if (message === 'Malformed part header')
    return new HttpProblem(
      400,
      'Bad Request',
      'A part of the multipart/form-data body has malformed headers (a file name with control characters ' +
        "such as NUL?): rename the file or send its name percent-encoded (filename*=UTF-8''…).",
    );
  return new HttpProblem(
    400,
    'Bad Request',
    `The multipart/form-data body could not be read (${message}): send files in the form field "${UPLOAD_FIELD}".`,
  );
}

/**
 * Reads the request's multipart body into `target.dir`. Throws an HttpProblem for a request that is not
 * multipart, is malformed or breaks a limit (any file already stored is removed by then).
 * @example const { files } = await receiveUpload(req, res, { dir, limits, formats: ['.txt', '.pdf'] });
 */
export async function receiveUpload(
  req: Request,
  res: Response,
  target: UploadTarget,
): Promise<ReceivedUpload> {
  if (!req.is('multipart/form-data'))
    throw new HttpProblem(
      415,
      'Unsupported Media Type',
      `Send the files as multipart/form-data, one or more in the field "${UPLOAD_FIELD}" ` +
        `(curl -F ${UPLOAD_FIELD}=@release.pdf …).`,
    );
  const received: ReceivedFile[] = [];
  const { limits } = target;
  const middleware = multer({
    storage: storageEngine(target, received),
    defParamCharset: 'utf8',
    limits: {
      fileSize: limits.maxFileBytes,
      files: limits.maxFiles,
      fields: 20,
      fieldSize: 1024,
      fieldNameSize: 100,
      parts: limits.maxFiles + 20,
      headerPairs: 100,
    },
  }).array(UPLOAD_FIELD);
  await new Promise<void>((done, fail) =>
    middleware(req, res, (error?: unknown) => (error ? fail(uploadProblem(error, limits)) : done())),
  );
  return { files: received, fields: { ...(req.body as Record<string, unknown>) } };
}
