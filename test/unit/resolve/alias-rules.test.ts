// The curated alias file: valid files parse, invalid ones fail naming file, line and field.
import { expect } from 'chai';
import { fileURLToPath } from 'node:url';
import { AliasRulesError, loadAliasRules, parseAliasRules } from '../../../ingest/resolve';

const TAG = '[resolve/alias-rules]';
const REPO_ALIASES = fileURLToPath(new URL('../../../aliases.yml', import.meta.url));

function failure(text: string): AliasRulesError {
  try {
    parseAliasRules(text, 'aliases.yml');
  } catch (error) {
    expect(error, TAG).to.be.instanceOf(AliasRulesError);
    return error as AliasRulesError;
  }
  throw new Error(`${TAG} expected an AliasRulesError for:\n${text}`);
}

describe('resolve: alias file', () => {
  it(`${TAG} should throw if given an invalid file, naming the field and its line`, () => {
    // [text, field, line]
    const table: [string, string, number | null][] = [
      ['merge:\n  - label: Persona\n    name: A B\n    aliases: [C D]\n', 'merge[0].label', 2],
      ['merge:\n  - label: Person\n    name: A B\n', 'merge[0].aliases', 2],
      ['merge:\n  - label: Person\n    name: A B\n    aliases: []\n', 'merge[0].aliases', 4],
      ['split:\n  - label: Person\n    names: [A B]\n', 'split[0].names', 3],
      [
        'split:\n  - label: Person\n    names: [A B, C D]\n  - label: Person\n    names: [E F, 7]\n',
        'split[1].names[1]',
        5,
      ],
      ['rename:\n  - label: Place\n    from: X\n    too: Y\n', 'rename[0]', 2],
      ['merges:\n  - label: Person\n', '(top level)', null],
      ['merge:\n  - label: Person\n    name: [unclosed\n', '', 4],
      [
        'merge:\n  - label: Person\n    name: Leonel Antonio Flores Sosa\n    aliases: [Leonel Flores]\nsplit:\n  - label: Person\n    names: [Leonel Flores, Leonel Antonio Flores Sosa]\n',
        'split[0].names',
        7,
      ],
    ];
    for (const [text, field, line] of table) {
      const error = failure(text);
      expect(error.field, `${TAG} ${text}`).to.equal(field);
      if (line !== null) expect(error.line, `${TAG} ${text}`).to.equal(line);
      expect(error.message, `${TAG} ${text}`).to.match(/^aliases\.yml/);
    }
  });

  it(`${TAG} parses every entry kind`, () => {
    const rules = parseAliasRules(
      [
        'merge:',
        '  - label: Institution',
        '    name: Instituto Mexicano del Seguro Social',
        '    aliases: [Seguro de México, IMSS]',
        'split:',
        '  - label: Person',
        '    names:',
        '      - José González',
        '      - { name: José González, document: 017.txt }',
        'rename:',
        '  - label: Place',
        '    from: EE. UU.',
        '    to: Estados Unidos',
      ].join('\n'),
      'aliases.yml',
    );
    expect(rules.merge).to.deep.equal([
      {
        label: 'Institution',
        name: 'Instituto Mexicano del Seguro Social',
        aliases: ['Seguro de México', 'IMSS'],
        line: 2,
      },
    ]);
    expect(rules.split[0]!.names).to.deep.equal([
      { name: 'José González' },
      { name: 'José González', document: '017.txt' },
    ]);
    expect(rules.rename[0]).to.include({ from: 'EE. UU.', to: 'Estados Unidos', line: 11 });
  });

  it(`${TAG} an empty file or a missing one means no rules`, async () => {
    expect(parseAliasRules('# nothing yet\n', 'aliases.yml')).to.include({ file: 'aliases.yml' });
    const missing = await loadAliasRules('/nonexistent/aliases.yml');
    expect([missing.merge, missing.split, missing.rename]).to.deep.equal([[], [], []]);
  });

  it(`${TAG} the repository's aliases.yml is valid`, async () => {
    const rules = await loadAliasRules(REPO_ALIASES);
    expect(rules.file).to.equal(REPO_ALIASES);
  });
});
