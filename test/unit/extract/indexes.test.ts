// The look-up structures extraction uses instead of scans: each answers what the scan it replaced did.
import { expect } from 'chai';
import type { Mention, Work } from '../../../ingest/extract/types';
import { indexMentions, mentionsFrom, mentionsStartingIn } from '../../../ingest/extract/mention-index';
import { Nearest } from '../../../ingest/extract/nearest';

const mention = (from: number, to: number): Mention => ({
  label: 'Person',
  from,
  to,
  sent: 0,
  surface: 'x',
  reason: 'person-name',
});

describe('extraction indexes (ingest/extract/nearest.ts, mention-index.ts)', () => {
  describe('Nearest', () => {
    // starts out of order and repeated: the answer is by list position, not by start
    const items = [5, 1, 9, 5, 3, 7, 1].map((start, id) => ({ start, id }));
    const near = new Nearest(items, (x) => x.start);
    const scanBefore = (x: number) => items.filter((i) => i.start < x).pop()?.id;
    const scanAfter = (x: number) => items.find((i) => i.start > x)?.id;
    for (const x of [0, 1, 2, 3, 5, 6, 9, 10]) {
      it(`should answer as a scan does at ${x}`, () => {
        expect(near.lastBefore(x)?.id).to.equal(scanBefore(x));
        expect(near.firstAfter(x)?.id).to.equal(scanAfter(x));
      });
    }

    it('should answer nothing on an empty list', () => {
      const none = new Nearest<number>([], (s) => s);
      expect(none.lastBefore(3)).to.equal(undefined);
      expect(none.firstAfter(3)).to.equal(undefined);
    });
  });

  describe('mention index', () => {
    it('should throw, naming the fix, when asked before the mentions are indexed', () => {
      const w = { mentions: [mention(0, 1)] } as unknown as Work;
      expect(() => mentionsFrom(w, 0)).to.throw(/indexMentions/);
    });

    it('should throw, naming the fix, when mentions were added after indexing', () => {
      const w = { mentions: [mention(0, 1)] } as unknown as Work;
      indexMentions(w);
      w.mentions.push(mention(2, 3));
      expect(() => mentionsFrom(w, 2)).to.throw(/holds 1 mentions, the work 2/);
    });

    it('should list the mentions starting in a range in the order of the mention list', () => {
      const [a, b, c] = [mention(4, 5), mention(1, 3), mention(2, 4)];
      const w = { mentions: [a, b, c] } as unknown as Work;
      indexMentions(w);
      expect(mentionsStartingIn(w, 1, 4)).to.deep.equal([a, b, c]);
      expect(mentionsStartingIn(w, 2, 3)).to.deep.equal([c]);
    });
  });
});
