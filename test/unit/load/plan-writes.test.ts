// Step 2 of the load without a database: which documents are skipped, loaded, or reloaded over an
// earlier version (an edited file), one case per row.
import { expect } from 'chai';
import {
  documentOrigin,
  findEarlierVersions,
  planWrites,
  type ExistingDocument,
  type PlannedDocument,
  type PlanOptions,
  type WritePlan,
} from '../../../ingest/load/plan-writes';

/** A document read from /corpus/<file>, its content named by `content` (sha256 and id follow from it). */
function doc(file: string, content: string, url?: string): PlannedDocument {
  return { id: `doc:${content}`, file, sha256: content, source: `/corpus/${file}`, url: url ?? null };
}

const stored = (d: PlannedDocument): ExistingDocument => ({
  id: d.id,
  sha256: d.sha256,
  source: d.source,
  url: d.url,
});

const A = doc('a.txt', 'aaa');
const A2 = doc('a.txt', 'aa2'); // a.txt edited
const B = doc('b.txt', 'bbb');
const WEB = doc('web.md', 'www', 'https://example.org/release');
const WEB_MOVED = doc('moved/web.md', 'ww2', 'https://example.org/release');
const MIRROR = doc('mirror.md', 'mmm', 'https://example.org/release');

type Case = [string, PlannedDocument[], PlannedDocument[], PlanOptions, WritePlan];

const CASES: Case[] = [
  [
    'a new document is loaded',
    [A],
    [],
    {},
    { writes: [{ index: 0, remove: [], status: 'loaded' }], skipped: [] },
  ],
  [
    'the same content is unchanged',
    [A],
    [A],
    {},
    { writes: [], skipped: [{ index: 0, reason: 'already loaded (same sha256)' }] },
  ],
  [
    'an edited file (same path, other content) replaces its earlier version',
    [A2, B],
    [A, B],
    {},
    {
      writes: [
        {
          index: 0,
          remove: ['doc:aaa'],
          status: 'reloaded',
          previous: 'doc:aaa',
          reason: 'content changed since last load (was doc:aaa)',
        },
      ],
      skipped: [{ index: 1, reason: 'already loaded (same sha256)' }],
    },
  ],
  [
    'a declared url is the origin, wherever the file now is',
    [WEB_MOVED],
    [WEB],
    {},
    {
      writes: [
        {
          index: 0,
          remove: ['doc:www'],
          status: 'reloaded',
          previous: 'doc:www',
          reason: 'content changed since last load (was doc:www)',
        },
      ],
      skipped: [],
    },
  ],
  [
    'a content repeated in one load is written once',
    [A, doc('copy-of-a.txt', 'aaa')],
    [],
    {},
    {
      writes: [{ index: 0, remove: [], status: 'loaded' }],
      skipped: [{ index: 1, reason: 'same document as a.txt in this load' }],
    },
  ],
  [
    'forced: the same content is reloaded over itself',
    [A],
    [A],
    { force: true },
    { writes: [{ index: 0, remove: ['doc:aaa'], status: 'reloaded' }], skipped: [] },
  ],
  [
    'forced: an edited file still replaces its earlier version',
    [A2],
    [A],
    { force: true },
    {
      writes: [
        {
          index: 0,
          remove: ['doc:aaa'],
          status: 'reloaded',
          previous: 'doc:aaa',
          reason: 'content changed since last load (was doc:aaa)',
        },
      ],
      skipped: [],
    },
  ],
  [
    'a document whose resolution changed is reloaded over itself',
    [A],
    [A],
    { reload: new Set(['doc:aaa']) },
    { writes: [{ index: 0, remove: ['doc:aaa'], status: 'reloaded' }], skipped: [] },
  ],
  [
    'two new files of one load claiming one url: neither is taken for the stored one',
    [WEB_MOVED, MIRROR],
    [WEB],
    {},
    {
      writes: [
        { index: 0, remove: [], status: 'loaded' },
        { index: 1, remove: [], status: 'loaded' },
      ],
      skipped: [],
    },
  ],
  [
    'a stored file of the same url that is also read in this load is no earlier version',
    [WEB, MIRROR],
    [WEB],
    {},
    {
      writes: [{ index: 1, remove: [], status: 'loaded' }],
      skipped: [{ index: 0, reason: 'already loaded (same sha256)' }],
    },
  ],
  [
    'a stored document with a relative source (loaded before sources were absolute) is never matched',
    [{ ...A2, source: 'a.txt' }],
    [{ ...A, source: 'a.txt' }],
    {},
    { writes: [{ index: 0, remove: [], status: 'loaded' }], skipped: [] },
  ],
  [
    'the earlier version found by the caller is the one replaced',
    [A2],
    [A, B],
    { previous: new Map([['doc:aa2', 'doc:bbb']]) },
    {
      writes: [
        {
          index: 0,
          remove: ['doc:bbb'],
          status: 'reloaded',
          previous: 'doc:bbb',
          reason: 'content changed since last load (was doc:bbb)',
        },
      ],
      skipped: [],
    },
  ],
];

describe('load/plan-writes', () => {
  for (const [what, load, graph, options, expected] of CASES) {
    it(`plan-writes: ${what}`, () => {
      const documents = load.map((document, index) => ({ index, document }));
      expect(planWrites(documents, graph.map(stored), options), what).to.deep.equal(expected);
    });
  }

  it('findEarlierVersions: a file read by an earlier chunk of the same ingest is no earlier version', () => {
    expect(findEarlierVersions([WEB_MOVED], [stored(WEB)])).to.deep.equal(new Map([['doc:ww2', 'doc:www']]));
    expect(findEarlierVersions([WEB_MOVED], [stored(WEB)], new Set(['www']))).to.deep.equal(new Map());
  });

  it('findEarlierVersions: two stored documents of one origin are ambiguous, neither is replaced', () => {
    expect(findEarlierVersions([WEB_MOVED], [stored(WEB), stored(MIRROR)])).to.deep.equal(new Map());
  });

  const origins: [Parameters<typeof documentOrigin>[0], string | null][] = [
    [{ url: 'https://example.org/r', source: '/corpus/r.md' }, 'url:https://example.org/r'],
    [{ url: null, source: '/corpus/r.md' }, 'file:/corpus/r.md'],
    [{ url: null, source: 'releases/r.md' }, null],
    [{ url: null, source: 'upload:42' }, null],
    [{}, null],
  ];
  for (const [document, expected] of origins) {
    it(`documentOrigin(${JSON.stringify(document)}) is ${String(expected)}`, () =>
      expect(documentOrigin(document)).to.equal(expected));
  }
});
