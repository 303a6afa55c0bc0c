// ingest/read/decode: UTF-8, BOMs, UTF-16, Windows-1252/Latin-1 and mixed bytes decoded; binary and nonsense refused.
import { expect } from 'chai';
import iconv from 'iconv-lite';
import { decodeText } from '../../../ingest/read/decode';
import { ReadError } from '../../../ingest/read';

const SENTENCE = 'Señor Ñandú firmó el convenio de cooperación con “la Fundación”.';

// [encoding written, bytes, expected text, expected encoding]
const ROWS: [string, Buffer, string, string][] = [
  ['UTF-8', Buffer.from(SENTENCE, 'utf8'), SENTENCE, 'utf-8'],
  [
    'UTF-8 with BOM',
    Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SENTENCE)]),
    SENTENCE,
    'utf-8',
  ],
  ['Windows-1252', iconv.encode(SENTENCE, 'windows-1252'), SENTENCE, 'windows-1252'],
  ['Latin-1', iconv.encode('Señor Ñandú, Perú', 'latin1'), 'Señor Ñandú, Perú', 'windows-1252'],
  ['UTF-16LE with BOM', iconv.encode(SENTENCE, 'utf-16le', { addBOM: true }), SENTENCE, 'utf-16le'],
  [
    'UTF-16BE with BOM',
    Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(SENTENCE, 'utf-16be')]),
    SENTENCE,
    'utf-16be',
  ],
  ['UTF-16LE without BOM', iconv.encode(SENTENCE, 'utf-16le'), SENTENCE, 'utf-16le'],
  [
    'UTF-8 with stray Windows-1252 bytes',
    Buffer.concat([Buffer.from('José González '), iconv.encode('Peña', 'windows-1252')]),
    'José González Peña',
    'utf-8+windows-1252',
  ],
];

function reasonOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).to.be.instanceOf(ReadError);
    return (error as ReadError).reason;
  }
  return 'no error';
}

describe('ingest/read: decodeText', () => {
  it('should throw typed errors for binary or undecodable bytes', () => {
    const png = Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48,
    ]);
    expect(reasonOf(() => decodeText(png, 'x.txt'))).to.equal('binary');
    const controls = Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)));
    expect(reasonOf(() => decodeText(controls, 'x.txt'))).to.equal('binary');
    const cyrillic = iconv.encode(
      'Президент подписал соглашение о сотрудничестве с университетом',
      'windows-1251',
    );
    expect(reasonOf(() => decodeText(cyrillic, 'x.txt'))).to.equal('undecodable');
  });

  for (const [written, bytes, text, encoding] of ROWS) {
    it(`decodes ${written}`, () => {
      const decoded = decodeText(bytes, 'x.txt');
      expect(decoded.text, written).to.equal(text);
      expect(decoded.encoding, written).to.equal(encoding);
    });
  }

  it('says what the bytes look like when it refuses them', () => {
    const cyrillic = iconv.encode(
      'Президент подписал соглашение о сотрудничестве с университетом',
      'windows-1251',
    );
    expect(() => decodeText(cyrillic, 'ru.txt')).to.throw(
      ReadError,
      /ru\.txt: .*neither UTF-8 nor Windows-1252/,
    );
  });
});
