// fillRoundRobin: the node cap of a neighbourhood shared out among (entity, type) groups in turn.
import { expect } from 'chai';
import { fillRoundRobin } from '../../../server/services/neighborhood';

describe('neighbourhood: filling the cap type by type', function () {
  const cases: [string, string[][], number, string[], string[], boolean][] = [
    ['takes from each group in turn', [['a1', 'a2', 'a3'], ['b1']], 3, [], ['a1', 'b1', 'a2'], true],
    ['stops without a cut when everything fits', [['a1'], ['b1']], 5, [], ['a1', 'b1'], false],
    [
      'skips ids another group or the centres already gave',
      [
        ['x', 'a2'],
        ['x', 'b2'],
      ],
      3,
      ['c'],
      ['x', 'b2', 'a2'],
      false,
    ],
    ['skips chosen ids', [['c', 'a1']], 1, ['c'], ['a1'], false],
    ['cuts at once when there is no room', [['a1']], 0, [], [], true],
  ];
  for (const [name, pages, room, chosen, taken, cut] of cases) {
    it(name, () => {
      expect(
        fillRoundRobin(
          pages.map((page) => ({ page })),
          room,
          new Set(chosen),
        ),
      ).to.deep.equal({ taken, cut });
    });
  }
});
