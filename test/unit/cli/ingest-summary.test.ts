// The ingest summary reports net changes of the graph and names merges only when there were some.
import { expect } from 'chai';
import { formatIngestSummary, signedChange, workersFromEnv } from '../../../cli/commands/ingest';
import type { IngestSummary } from '../../../ingest/ingest-files';

function summary(overrides: Partial<IngestSummary> = {}): IngestSummary {
  return {
    files: 2,
    failures: [],
    load: {
      documents: [],
      loaded: 0,
      reloaded: 2,
      changed: 0,
      unchanged: 0,
      failed: 0,
      nodesCreated: 85,
      nodesDeleted: 97,
      relationshipsCreated: 240,
      relationshipsDeleted: 240,
      propertiesSet: 0,
      seconds: 1.5,
    },
    entities: { Person: 3, Institution: 2 },
    relations: { SIGNED: 2 },
    merges: 0,
    reresolved: 0,
    legacy: 0,
    separateInGraph: [],
    graph: { before: { nodes: 1_300, relationships: 4_000 }, after: { nodes: 1_288, relationships: 4_000 } },
    ...overrides,
  };
}

describe('cli/ingest summary', () => {
  const changes: [number, string][] = [
    [85, '+85'],
    [-12, '-12'],
    [0, 'no change'],
    [12_345, '+12,345'],
  ];
  for (const [change, expected] of changes) {
    it(`signedChange(${change}) is "${expected}"`, () => expect(signedChange(change)).to.equal(expected));
  }

  it('reports the net change of a reload that replaced nodes, never the created count', () => {
    const text = formatIngestSummary(summary());
    expect(text).to.include('Graph: 1,288 nodes (-12), 4,000 relationships (no change) in 1.5 s.');
    expect(text).not.to.include('+85');
  });

  const merges: [number, string][] = [
    [0, 'Entities: Person 3, Institution 2.'],
    [1, 'Entities: Person 3, Institution 2 (1 merge across documents).'],
    [4, 'Entities: Person 3, Institution 2 (4 merges across documents).'],
  ];
  for (const [count, line] of merges) {
    it(`with ${count} merges the entity line is "${line}"`, () => {
      expect(formatIngestSummary(summary({ merges: count })).split('\n')).to.include(line);
    });
  }

  const reloads: [number, string][] = [
    [0, 'Documents: 2 files read; 0 loaded, 2 reloaded, 0 unchanged (already in the graph), 0 failed.'],
    [
      1,
      'Documents: 2 files read; 0 loaded, 2 reloaded (1 changed since last loaded), 0 unchanged (already in the graph), 0 failed.',
    ],
  ];
  for (const [changed, line] of reloads) {
    it(`with ${changed} edited files reloaded the documents line is "${line}"`, () => {
      const text = formatIngestSummary(summary({ load: { ...summary().load, changed } }));
      expect(text.split('\n')[0]).to.equal(line);
    });
  }

  it('says how many documents already in the graph were rewritten because their resolution changed', () => {
    expect(formatIngestSummary(summary())).not.to.include('resolution changed');
    expect(formatIngestSummary(summary({ reresolved: 3 })).split('\n')).to.include(
      '3 documents already in the graph were rewritten: what resolution makes of them changed with the new ones.',
    );
  });

  it('points documents loaded before extractions were stored at --force', () => {
    expect(formatIngestSummary(summary({ legacy: 2 }))).to.include(
      '2 documents were loaded by an older version: their entities were taken as they are. Reload them with --force',
    );
  });
});

describe('workersFromEnv', () => {
  it('reads ENLACE_WORKERS, leaves the default (one per core) when unset, and refuses what is no count', () => {
    expect(workersFromEnv({})).to.equal(undefined);
    expect(workersFromEnv({ ENLACE_WORKERS: '3' })).to.equal(3);
    expect(() => workersFromEnv({ ENLACE_WORKERS: '0' })).to.throw(
      /ENLACE_WORKERS must be a whole number from 1, got "0"/,
    );
    expect(() => workersFromEnv({ ENLACE_WORKERS: 'two' })).to.throw(/got "two"/);
  });
});
