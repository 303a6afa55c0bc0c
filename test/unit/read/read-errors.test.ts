// ingest/read: every kind of broken file gives its ReadError reason code, naming the file.
import { expect } from 'chai';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { ReadError, isReadError, readBuffer, readDocument } from '../../../ingest/read';
import type { ReadErrorCode } from '../../../ingest/read';

const FIXTURES = fileURLToPath(new URL('../../fixtures/read', import.meta.url));
const fixture = (name: string): Buffer => readFileSync(join(FIXTURES, name));

// A deterministic pseudo-random generator: noise that is the same on every run.
function noise(length: number, alphabet: string): string {
  let seed = 42;
  let out = '';
  for (let i = 0; i < length; i += 1) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    out += alphabet[seed % alphabet.length];
  }
  return out;
}

// [case, file name, bytes, expected reason]
const BROKEN: [string, string, Buffer, ReadErrorCode][] = [
  ['an empty file', 'empty.txt', Buffer.alloc(0), 'empty'],
  ['a file of blank lines', 'blank.txt', Buffer.from('\n\n   \n\t\n'), 'empty'],
  ['a file of debris only', 'debris.txt', Buffer.from('[image: image1.jpg]\n\n--- o0o ---\n'), 'no-text'],
  [
    'an image renamed .txt',
    'photo.txt',
    Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'), randomBytes(64)]),
    'binary',
  ],
  [
    'Cyrillic bytes in windows-1251',
    'ru.txt',
    iconv.encode('Министерство подписало соглашение о сотрудничестве', 'windows-1251'),
    'undecodable',
  ],
  [
    'base64 data',
    'data.txt',
    Buffer.from(
      noise(4000, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/').replace(
        /(.{76})/g,
        '$1\n',
      ),
    ),
    'noise',
  ],
  ['keyboard noise', 'keys.txt', Buffer.from(noise(3000, 'qwrtzpsdfghjklxcvbnm 0123456789#@$%&')), 'noise'],
  ['an unsupported extension', 'notes.rtf', Buffer.from('{\\rtf1 Hola}'), 'unsupported-extension'],
  [
    'an old Word .doc renamed .docx',
    'old.docx',
    Buffer.from('\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 old word', 'latin1'),
    'corrupt',
  ],
  ['a zip that is not a Word document', 'not-word.docx', fixture('not-word.docx'), 'corrupt'],
  ['a .docx cut short', 'cut.docx', fixture('sample.docx').subarray(0, 300), 'truncated'],
  ['a PDF cut short', 'truncated.pdf', fixture('truncated.pdf'), 'truncated'],
  ['a damaged PDF', 'corrupt.pdf', fixture('corrupt.pdf'), 'corrupt'],
  ['a scanned PDF without a text layer', 'scanned.pdf', fixture('scanned.pdf'), 'no-text-layer'],
  ['a text file named .pdf', 'fake.pdf', Buffer.from('Hola, esto no es un PDF.'), 'corrupt'],
  ['front matter that is not YAML', 'bad.md', Buffer.from('---\ntitle: [unclosed\n---\nTexto.'), 'corrupt'],
];

async function reasonOf(promise: Promise<unknown>): Promise<{ reason: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    expect(isReadError(error), String(error)).to.equal(true);
    const e = error as ReadError;
    return { reason: e.reason, message: e.message };
  }
  return { reason: 'no error', message: '' };
}

describe('ingest/read: broken files', () => {
  for (const [what, name, bytes, reason] of BROKEN) {
    it(`${what} -> ${reason}`, async () => {
      const got = await reasonOf(readBuffer(bytes, name));
      expect(got.reason, what).to.equal(reason);
      expect(got.message, what).to.match(new RegExp(`^ingest/read: ${name.replace('.', '\\.')}: \\S`));
    });
  }

  it('refuses a file above the size limit before decoding it', async () => {
    const big = Buffer.alloc(64 * 1024, 'a ');
    expect((await reasonOf(readBuffer(big, 'big.txt', { maxBytes: 32 * 1024 }))).reason).to.equal(
      'too-large',
    );
  });

  it('refuses a large file on disk by its size, without reading it', async () => {
    const got = await reasonOf(readDocument(join(FIXTURES, 'text-layer.pdf'), { maxBytes: 100 }));
    expect(got.reason).to.equal('too-large');
    expect(got.message).to.match(/too large .*limit/);
  });

  it('reports a missing path and a folder', async () => {
    expect((await reasonOf(readDocument(join(FIXTURES, 'missing.txt')))).reason).to.equal('not-found');
    expect((await reasonOf(readDocument(FIXTURES))).reason).to.equal('not-a-file');
  });

  it('keeps file, reason and a human detail on the error', async () => {
    try {
      await readBuffer(Buffer.alloc(0), 'uploads/empty.txt');
      expect.fail('no error');
    } catch (error) {
      expect(error).to.be.instanceOf(ReadError);
      const e = error as ReadError;
      expect([e.file, e.reason, e.detail]).to.deep.equal([
        'uploads/empty.txt',
        'empty',
        'the file is empty (0 bytes)',
      ]);
    }
  });
});
