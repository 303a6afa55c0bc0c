// Which later edits block an undo: those still in effect that changed what the undone edit put back.
import { expect } from 'chai';
import { laterConflicts, type EditInfo } from '../../../server/services/curation/conflicts';

let seq = 0;
function edit(
  op: EditInfo['op'],
  entities: string[],
  params: Record<string, unknown> = {},
  undone = false,
): EditInfo {
  seq += 1;
  return { id: `${op}-${seq}`, op, seq, undone, entities, params: params as never, at: 'now', note: 'n' };
}

const rel = (id: string) => ({ relationshipId: id, sources: [], evidence: [] });

describe('curation/conflicts: laterConflicts', () => {
  it('should find nothing for an edit with no later edit', () => {
    const merge = edit('merge', ['a', 'b']);
    expect(laterConflicts(merge, [merge])).to.deep.equal([]);
  });

  const cases: [string, () => [EditInfo, EditInfo], boolean][] = [
    [
      'a rename of a merge survivor blocks the merge',
      () => [edit('merge', ['a', 'b']), edit('rename', ['b'])],
      true,
    ],
    ['an edit of another entity does not', () => [edit('merge', ['a', 'b']), edit('rename', ['c'])], false],
    [
      'an undone later edit does not',
      () => [edit('merge', ['a', 'b']), edit('rename', ['b'], {}, true)],
      false,
    ],
    [
      'a later deletion of a relationship of the node blocks',
      () => [edit('split-alias', ['a', 'n']), edit('delete-relationship', ['a', 'x'], rel('a|SIGNED|x'))],
      true,
    ],
    [
      'a restore of the deleted relationship blocks its deletion',
      () => [
        edit('delete-relationship', ['a', 'x'], rel('a|SIGNED|x')),
        edit('restore-relationship', ['a', 'x'], rel('a|SIGNED|x')),
      ],
      true,
    ],
    [
      'a deletion of another relationship of the same ends does not',
      () => [
        edit('delete-relationship', ['a', 'x'], rel('a|SIGNED|x')),
        edit('delete-relationship', ['a', 'x'], rel('a|PARTY_TO|x')),
      ],
      false,
    ],
    [
      'a rename of an end does not block a deletion',
      () => [edit('delete-relationship', ['a', 'x'], rel('a|SIGNED|x')), edit('rename', ['a'])],
      false,
    ],
    [
      'a merge of an end blocks a deletion',
      () => [edit('delete-relationship', ['a', 'x'], rel('a|SIGNED|x')), edit('merge', ['a', 'b'])],
      true,
    ],
  ];
  for (const [what, make, blocks] of cases) {
    it(`should say ${what}`, () => {
      const [target, later] = make();
      expect(laterConflicts(target, [target, later]).map((e) => e.id)).to.deep.equal(
        blocks ? [later.id] : [],
      );
    });
  }

  it('should list every blocking edit, newest first', () => {
    const merge = edit('merge', ['a', 'b']);
    const rename = edit('rename', ['b']);
    const alias = edit('add-alias', ['a']);
    expect(laterConflicts(merge, [merge, rename, alias]).map((e) => e.id)).to.deep.equal([
      alias.id,
      rename.id,
    ]);
  });
});
