// validateExtraction: every bad row is found before writing, named by file and field.
import { expect } from 'chai';
import type { Extraction } from '../../../model';
import { LoadValidationError, assertValidExtractions, validateExtraction } from '../../../ingest/load';
import { goldExtractions, tinyExtraction } from '../../helpers/load-fixtures';

type Mutation = (extraction: Extraction) => void;

describe('load/validate', () => {
  it('accepts the gold-derived fixtures', () => {
    for (const extraction of goldExtractions()) expect(validateExtraction(extraction)).to.deep.equal([]);
  });

  const cases: [string, Mutation, string, RegExp][] = [
    ['missing sha256', (e) => void (e.document.sha256 = ''), 'document.sha256', /non-empty/],
    ['bad language', (e) => void (e.document.lang = 'fr' as 'es'), 'document.lang', /"es" or "en"/],
    [
      'unknown label',
      (e) => void (e.nodes[0]!.label = 'Company' as 'Person'),
      'nodes[0].label',
      /not one of/,
    ],
    ['empty name', (e) => void (e.nodes[1]!.name = ' '), 'nodes[1].name', /non-empty/],
    ['duplicate node id', (e) => void (e.nodes[1]!.id = e.nodes[0]!.id), 'nodes[1].id', /duplicate/],
    [
      'nested property',
      (e) => void (e.nodes[0]!.properties = { kind: {} as string }),
      'nodes[0].properties.kind',
      /string, number/,
    ],
    [
      'dangling endpoint',
      (e) => void (e.relationships[0]!.to = 'Institution:nowhere'),
      'relationships[0].to',
      /not in this document/,
    ],
    [
      'endpoint label not allowed',
      (e) => void (e.relationships[0]!.type = 'SIGNED'),
      'relationships[0].from',
      /SIGNED cannot start at a Institution/,
    ],
    [
      'unknown type',
      (e) => void (e.relationships[0]!.type = 'LIKES' as 'SIGNED'),
      'relationships[0].type',
      /not one of/,
    ],
    [
      'HOLDS_ROLE without role',
      (e) => void Object.assign(e.relationships[0]!, { type: 'HOLDS_ROLE' }),
      'relationships[0].from',
      /HOLDS_ROLE cannot start/,
    ],
    [
      'evidence offsets',
      (e) => void (e.relationships[0]!.evidence[0]!.start = 1.5),
      'relationships[0].evidence[0]',
      /whole numbers/,
    ],
  ];
  for (const [what, mutate, field, message] of cases) {
    it(`reports ${what} at ${field}`, () => {
      const extraction = tinyExtraction('v');
      mutate(extraction);
      const issues = validateExtraction(extraction);
      const issue = issues.find((i) => i.field === field);
      expect(issue, JSON.stringify(issues)).to.not.equal(undefined);
      expect(issue!.message).to.match(message);
      expect(issue!.file).to.equal('v.txt');
    });
  }

  it('accepts HOLDS_ROLE without a role but not a role that is not text', () => {
    const extraction = tinyExtraction('r');
    extraction.nodes.push({ id: 'Person:x', label: 'Person', name: 'X Y', aliases: [] });
    extraction.relationships = [
      { type: 'HOLDS_ROLE', from: 'Person:x', to: 'Institution:r-a', properties: {}, evidence: [] },
      { type: 'HOLDS_ROLE', from: 'Person:x', to: 'Institution:r-b', properties: { role: 3 }, evidence: [] },
    ];
    expect(validateExtraction(extraction).map((i) => i.field)).to.deep.equal([
      'relationships[1].properties.role',
    ]);
  });

  it('assertValidExtractions throws LoadValidationError naming file and field', () => {
    const bad = tinyExtraction('bad');
    bad.relationships[0]!.from = 'Institution:ghost';
    expect(() => assertValidExtractions([tinyExtraction('ok'), bad]))
      .to.throw(LoadValidationError)
      .with.property('message')
      .that.matches(/bad\.txt: relationships\[0\]\.from/);
  });
});
