// Word (.docx): the raw text of the main document part, one paragraph per Word paragraph.
import { unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { ReadError } from '../errors';
import type { FormatReader } from './types';

const ZIP_LOCAL_HEADER = Buffer.from('PK\x03\x04', 'latin1');
const ZIP_END_OF_DIRECTORY = Buffer.from('PK\x05\x06', 'latin1');

// A Word file's XML packs about ten to one; an archive that unpacks far beyond that is a zip bomb, which
// would take gigabytes of memory to open. Refused from its directory, before anything is unpacked.
export const DOCX_LIMITS = {
  maxUnpackedBytes: 64 * 1024 * 1024,
  maxRatio: 100,
  ratioFromBytes: 8 * 1024 * 1024,
};

/** Bytes the archive's directory says its files unpack to (nothing is unpacked). */
function unpackedSize(buffer: Buffer): number {
  let total = 0;
  unzipSync(buffer, {
    filter: (entry) => {
      total += entry.originalSize;
      return false;
    },
  });
  return total;
}

const megabytes = (bytes: number) => `${Math.round(bytes / 1048576)} MB`;

export const readDocx: FormatReader = async (buffer, file) => {
  // 1. A DOCX is a zip archive: check its first and last records before parsing.
  if (!buffer.subarray(0, 4).equals(ZIP_LOCAL_HEADER)) {
    throw new ReadError(
      file,
      'corrupt',
      'not a Word .docx file (it is not a zip archive; an old .doc must be saved as .docx)',
    );
  }
  if (buffer.lastIndexOf(ZIP_END_OF_DIRECTORY, Math.max(0, buffer.length - 22)) < 0) {
    throw new ReadError(file, 'truncated', 'the .docx file is truncated (its zip directory is missing)');
  }
  // 2. Refuse an archive that unpacks out of proportion to its size.
  let unpacked: number;
  try {
    unpacked = unpackedSize(buffer);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new ReadError(file, 'corrupt', `the .docx file is damaged: ${why}`, { cause: error });
  }
  const ratio = unpacked / Math.max(1, buffer.length);
  if (
    unpacked > DOCX_LIMITS.maxUnpackedBytes ||
    (unpacked > DOCX_LIMITS.ratioFromBytes && ratio > DOCX_LIMITS.maxRatio)
  ) {
    throw new ReadError(
      file,
      'too-large',
      `the .docx file unpacks to ${megabytes(unpacked)} (${Math.round(ratio)} times its size): out of ` +
        `proportion for a document (at most ${megabytes(DOCX_LIMITS.maxUnpackedBytes)}), so it is refused`,
    );
  }
  // 3. The text, paragraphs separated by blank lines.
  let value: string;
  try {
    ({ value } = await mammoth.extractRawText({ buffer }));
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new ReadError(file, 'corrupt', `the .docx file is damaged: ${why}`, { cause: error });
  }
  return { text: value, meta: {}, markdown: false, wrapped: false };
};
