// Word (.docx): the raw text of the main document part, one paragraph per Word paragraph.
import mammoth from 'mammoth';
import { ReadError } from '../errors';
import type { FormatReader } from './types';

const ZIP_LOCAL_HEADER = Buffer.from('PK\x03\x04', 'latin1');
const ZIP_END_OF_DIRECTORY = Buffer.from('PK\x05\x06', 'latin1');

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
  // 2. The text, paragraphs separated by blank lines.
  let value: string;
  try {
    ({ value } = await mammoth.extractRawText({ buffer }));
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new ReadError(file, 'corrupt', `the .docx file is damaged: ${why}`, { cause: error });
  }
  return { text: value, meta: {}, markdown: false, wrapped: false };
};
