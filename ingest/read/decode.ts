// Bytes to text: UTF-8 (with or without BOM), UTF-16 with a BOM, else Windows-1252/Latin-1; refuses binary.
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { READ_DEFAULTS } from './defaults';
import { ReadError } from './errors';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'utf-8+windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

// Windows-1252 is a superset of Latin-1's printable range, so one table serves both (0x80..0xFF).
const CP1252_HIGH = iconv.decode(Buffer.from(Array.from({ length: 128 }, (_, i) => 128 + i)), 'windows-1252');

// Non-ASCII characters that real Spanish or English prose contains besides letters.
const PLAUSIBLE_SYMBOLS = new Set('¡¿«»“”‘’‚„–—…•·°ºª€©®™§\u00a0'.split(''));

/**
 * Decodes a text file's bytes, or throws a ReadError ('binary', 'undecodable').
 * @example decodeText(Buffer.from([0x53, 0x65, 0xf1, 0x6f, 0x72]), 'a.txt').text // "Señor"
 */
export function decodeText(buffer: Buffer, file: string): DecodedText {
  // 1. A byte-order mark decides.
  if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) {
    return { text: decodeUtf8OrMixed(buffer.subarray(3), file).text, encoding: 'utf-8' };
  }
  if (buffer[0] === 0xff && buffer[1] === 0xfe)
    return { text: decodeWide(buffer, 'utf-16le', file), encoding: 'utf-16le' };
  if (buffer[0] === 0xfe && buffer[1] === 0xff)
    return { text: decodeWide(buffer, 'utf-16be', file), encoding: 'utf-16be' };
  // 2. UTF-16 without a BOM: every other byte is NUL, which would otherwise look binary.
  const wide = sniffUtf16(buffer);
  if (wide) return { text: decodeWide(buffer, wide, file), encoding: wide };
  // 3. NUL and control bytes mean a binary file (an image, an archive, an executable).
  assertNotBinary(buffer, file);
  // 4. Valid UTF-8, else byte-wise Windows-1252 for the bytes that are not UTF-8.
  return decodeUtf8OrMixed(buffer, file);
}

function decodeUtf8OrMixed(buffer: Buffer, file: string): DecodedText {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buffer), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: fall through to the single-byte decoding below.
  }
  const { text, sawUtf8 } = decodeMixed(buffer);
  assertPlausible(text, buffer, file);
  return { text, encoding: sawUtf8 ? 'utf-8+windows-1252' : 'windows-1252' };
}

/** Valid UTF-8 sequences as UTF-8 and every other byte as Windows-1252: repairs files edited by two tools. */
function decodeMixed(buffer: Buffer): { text: string; sawUtf8: boolean } {
  const parts: string[] = [];
  let runStart = 0;
  let sawUtf8 = false;
  let i = 0;
  while (i < buffer.length) {
    const b = buffer[i] ?? 0;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    const length = utf8SequenceLength(buffer, i);
    if (length > 0) {
      sawUtf8 = true;
      i += length;
      continue;
    }
    parts.push(buffer.toString('utf8', runStart, i), CP1252_HIGH[b - 0x80] ?? '\ufffd');
    i += 1;
    runStart = i;
  }
  parts.push(buffer.toString('utf8', runStart, buffer.length));
  return { text: parts.join(''), sawUtf8 };
}

/** Length of the well-formed UTF-8 sequence starting at i, or 0 when the bytes are not one. */
function utf8SequenceLength(buffer: Buffer, i: number): number {
  const b0 = buffer[i] ?? 0;
  const cont = (k: number, lo = 0x80, hi = 0xbf): boolean => {
    const b = buffer[i + k];
    return b !== undefined && b >= lo && b <= hi;
  };
  if (b0 >= 0xc2 && b0 <= 0xdf) return cont(1) ? 2 : 0;
  if (b0 === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if (b0 === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
  if (b0 >= 0xe1 && b0 <= 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (b0 === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (b0 >= 0xf1 && b0 <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (b0 === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

function assertNotBinary(buffer: Buffer, file: string): void {
  const sample = buffer.subarray(0, READ_DEFAULTS.binarySampleBytes);
  let control = 0;
  for (const b of sample) {
    if (b === 0) {
      throw new ReadError(file, 'binary', 'the file is binary, not text (it contains NUL bytes)');
    }
    // Tab, LF, FF, CR and ESC-free text: anything else below 0x20 is a binary sign.
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) control += 1;
  }
  if (control > sample.length * READ_DEFAULTS.maxControlShare) {
    throw new ReadError(
      file,
      'binary',
      `the file is binary, not text (${control} control bytes in the first ${sample.length})`,
    );
  }
}

/**
 * Rejects a single-byte decoding that yields nonsense: mostly accented letters (another alphabet,
 * e.g. Cyrillic in windows-1251) or many symbols that prose never uses.
 */
function assertPlausible(text: string, buffer: Buffer, file: string): void {
  let letters = 0;
  let nonAscii = 0;
  let odd = 0;
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code < 0x80) {
      if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) letters += 1;
      continue;
    }
    nonAscii += 1;
    if (/\p{L}/u.test(ch)) letters += 1;
    else if (!PLAUSIBLE_SYMBOLS.has(ch)) odd += 1;
  }
  if (nonAscii < 8) return;
  if (odd > nonAscii * 0.25 || nonAscii > letters * 0.3) {
    const guess = chardet.detect(buffer.subarray(0, 65536));
    const looks = guess ? ` (it looks like ${guess})` : '';
    throw new ReadError(
      file,
      'undecodable',
      `the bytes are neither UTF-8 nor Windows-1252/Latin-1 text${looks}: save the file as UTF-8`,
    );
  }
}

function sniffUtf16(buffer: Buffer): 'utf-16le' | 'utf-16be' | null {
  const sample = buffer.subarray(0, Math.min(buffer.length, 512) & ~1);
  if (sample.length < 8) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenNul += 1;
    if (sample[i + 1] === 0) oddNul += 1;
  }
  const pairs = sample.length / 2;
  if (oddNul > pairs * 0.6 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.6 && oddNul < pairs * 0.05) return 'utf-16be';
  return null;
}

function decodeWide(buffer: Buffer, encoding: 'utf-16le' | 'utf-16be', file: string): string {
  const text = iconv.decode(buffer, encoding); // strips the BOM
  if (text.includes('\ufffd') || text.includes('\u0000')) {
    throw new ReadError(
      file,
      'undecodable',
      `the file claims ${encoding.toUpperCase()} but its bytes are not valid`,
    );
  }
  return text;
}
