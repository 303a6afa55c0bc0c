// Every rule of every language pack reads its own example: the rule fires on it, and extraction makes
// the facts the rule expects (those of its kind carrying its reason) and none of those it rules out.
import { expect } from 'chai';
import { extractTraced } from '../../ingest/extract';
import { PACKS } from '../../lang';
import { doc } from './extract/helpers';

describe('language-pack rules read their examples', function () {
  this.timeout(30000);
  for (const pack of Object.values(PACKS)) {
    const tables = [
      ...pack.signing.map((rule) => ({ rule, kind: rule.emit.as === 'signer' ? 'SIGNED' : 'WITNESSED_BY' })),
      ...pack.roles.map((rule) => ({ rule, kind: 'HOLDS_ROLE' })),
      ...pack.participation.map((rule) => ({ rule, kind: 'PARTICIPATED_IN' })),
    ];
    for (const { rule, kind } of tables) {
      it(`${pack.lang} ${rule.reason}: ${rule.example}`, () => {
        const { extraction: x, hits } = extractTraced(doc(rule.example, pack.lang));
        expect(
          hits.map((h) => h.reason),
          'rules that fired',
        ).to.include(rule.reason);
        const name = (id: string) => {
          const n = x.nodes.find((o) => o.id === id);
          return n?.label === 'Agreement' ? '<agreement>' : (n?.name ?? id);
        };
        const found = x.relationships.map((r) => ({
          line: `${r.type} ${name(r.from)} -> ${name(r.to)}`,
          rule: r.properties.rule,
        }));
        for (const f of rule.expect.facts) {
          const hit = found.find((g) => g.line === f);
          expect(hit, `${f} among ${JSON.stringify(found.map((g) => g.line))}`).to.not.equal(undefined);
          if (f.startsWith(kind)) expect(hit?.rule, `reason of ${f}`).to.equal(rule.reason);
        }
        for (const f of rule.expect.none)
          expect(
            found.map((g) => g.line),
            'facts',
          ).to.not.include(f);
        // a denied or planned signing makes no agreement at all (the schema has no planned status)
        if ('as' in rule.emit && rule.emit.as === 'not-signed')
          expect(x.nodes.filter((n) => n.label === 'Agreement').map((n) => n.name)).to.deep.equal([]);
      });
    }
  }
});
