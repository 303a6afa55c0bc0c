// Relationship ids as the stable parts of a fact: stored order for SIGNED_WITH, posts for HOLDS_ROLE,
// a message for anything that is not the id of a fact.
import { expect } from 'chai';
import { factKey, keyId } from '../../../server/services/curation/facts';

describe('curation/facts: factKey', () => {
  it('should give a message for ids that do not name a fact', () => {
    const cases: [string, RegExp][] = [
      ['nope', /not a relationship id/],
      ['a||b', /not a relationship id/],
      ['a|MENTIONED_IN|doc:1', /mention/],
      ['a|KNOWS|b', /"KNOWS", not one of/],
      ['a|SIGNED|b|Director', /no post part/],
    ];
    for (const [id, message] of cases) expect(factKey(id), id).to.be.a('string').that.matches(message);
  });

  it('should read facts, SIGNED_WITH in stored order, HOLDS_ROLE with its post', () => {
    const cases: [string, object, string][] = [
      ['p:a|SIGNED|g:x', { from: 'p:a', type: 'SIGNED', to: 'g:x', role: null }, 'p:a|SIGNED|g:x'],
      [
        'i:z|SIGNED_WITH|i:a',
        { from: 'i:a', type: 'SIGNED_WITH', to: 'i:z', role: null },
        'i:a|SIGNED_WITH|i:z',
      ],
      [
        'p:a|HOLDS_ROLE|i:b|Director General',
        { from: 'p:a', type: 'HOLDS_ROLE', to: 'i:b', role: 'Director General' },
        'p:a|HOLDS_ROLE|i:b|Director General',
      ],
      ['p:a|HOLDS_ROLE|i:b', { from: 'p:a', type: 'HOLDS_ROLE', to: 'i:b', role: '' }, 'p:a|HOLDS_ROLE|i:b'],
    ];
    for (const [id, key, canonical] of cases) {
      expect(factKey(id), id).to.deep.equal(key);
      expect(keyId(factKey(id) as never), id).to.equal(canonical);
    }
  });
});
