// GraphML and GEXF stay well-formed XML 1.0 whatever a text holds: every character XML forbids, put in
// every text an export writes (ids, names, aliases, evidence, property names and values, the title), is
// dropped, and a strict parser reads the file.
import { expect } from 'chai';
import * as cheerio from 'cheerio';
import type { Subgraph } from '../../../model';
import { exportSubgraph } from '../../../server/export';
import { expectWellFormedXml, xmlErrors } from '../../helpers/strict-xml';

/** Each character (or lone surrogate) XML 1.0 forbids, even as a reference, named for the test title. */
const FORBIDDEN: [string, string][] = [
  ...Array.from({ length: 0x20 }, (_, code) => code)
    .filter((code) => ![0x09, 0x0a, 0x0d].includes(code))
    .map((code): [string, string] => [
      `U+${code.toString(16).toUpperCase().padStart(4, '0')}`,
      String.fromCharCode(code),
    ]),
  ['U+FFFE', '\uFFFE'],
  ['U+FFFF', '\uFFFF'],
  ['a lone high surrogate', '\uD800'],
  ['a lone low surrogate', '\uDFFF'],
  ['a low surrogate before a high one', '\uDC00\uD83D'],
];

/** A graph with `bad` inside every text an export writes. */
function graphHolding(bad: string): Subgraph {
  const t = (text: string) => `${text}${bad}`;
  return {
    nodes: [
      {
        id: t('institution:uno'),
        label: 'Institution',
        properties: {
          name: t('Instituto Uno'),
          aliases: [t('Uno'), t('El Uno')],
          acronym: t('IU'),
          [t('note')]: t('valor'),
        },
      },
      { id: 'person:ana', label: 'Person', properties: { title: t('Dra.') } },
    ],
    relationships: [
      {
        id: t('rel:1'),
        type: t('SIGNED_WITH'),
        from: t('institution:uno'),
        to: 'person:ana',
        properties: {
          evidence: [t('Ana firmó con el Instituto Uno.')],
          documents: [t('Convenio (2020-01-02)')],
          [t('rule')]: t('signing'),
          weight: 1,
        },
      },
    ],
  };
}

const meta = (bad: string) => ({ title: `Título${bad}`, description: `alrededor${bad}` });

describe('XML exports and the characters XML 1.0 forbids', () => {
  it('the strict parser refuses each of them, so a pass below means something', () => {
    for (const [name, bad] of FORBIDDEN)
      expect(xmlErrors(`<a b="x${bad}">y${bad}</a>`), name).to.not.deep.equal([]);
    expect(xmlErrors('<a>&#1;</a>')).to.not.deep.equal([]);
    expect(xmlErrors('<a b="&#9;">\uD83D\uDE00 \uFFFD \uE000</a>')).to.deep.equal([]);
  });

  for (const format of ['graphml', 'gexf'] as const) {
    for (const [name, bad] of FORBIDDEN) {
      it(`${format} drops ${name} from every text and parses strictly`, () => {
        const text = exportSubgraph({ graph: graphHolding(bad), meta: meta(bad), documents: [] }, format);
        expect(typeof text).to.equal('string');
        expectWellFormedXml(text as string, `${format} holding ${name}`);
        // What remains reads as written, without the character.
        const $ = cheerio.load(text as string, { xml: true });
        const node = $('node').filter((_, el) => $(el).attr('id') === 'institution:uno');
        expect(node.length, 'the node id').to.equal(1);
        const label = format === 'graphml' ? node.children('data[key="label"]').text() : node.attr('label');
        expect(label).to.equal('Instituto Uno');
        expect(text).to.contain('Ana firmó con el Instituto Uno.');
        expect(text).to.contain('Uno | El Uno');
        expect(text).to.contain('Título: alrededor');
      });
    }
  }

  it('keeps what XML allows: tab, line breaks, U+FFFD, private use and characters beyond U+FFFF', () => {
    const kept = 'a\tb\nc\rd \uFFFD \uE000 \uD83D\uDE00 \u{10FFFD}';
    for (const format of ['graphml', 'gexf'] as const) {
      const graph = graphHolding('');
      graph.nodes[0]!.properties.name = kept;
      const text = exportSubgraph({ graph, meta: {}, documents: [] }, format) as string;
      expectWellFormedXml(text, format);
      const $ = cheerio.load(text, { xml: true });
      const node = $('node').filter((_, el) => $(el).attr('id') === 'institution:uno');
      const label = format === 'graphml' ? node.children('data[key="label"]').text() : node.attr('label');
      expect(label, format).to.equal(kept);
    }
  });
});
