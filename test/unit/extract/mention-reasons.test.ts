// Each mention step's example phrase (ingest/extract/model/mention-rules.ts) yields the mention it
// promises, carrying that step's reason: the table documents the steps and checks them.
import { expect } from 'chai';
import { MENTION_RULES } from '../../../ingest/extract/model/mention-rules';
import { extract } from './helpers';

describe('extract/mention reasons (each step on its example)', () => {
  for (const r of Object.values(MENTION_RULES)) {
    it(`[extract/mentions] ${r.reason}: "${r.expect}" in "${r.example}"`, () => {
      const x = extract(r.example, r.lang ?? 'es');
      const found = x.nodes
        .filter((n) => n.label === r.label)
        .flatMap((n) => n.mentions ?? [])
        .filter((m) => m.text === r.expect)
        .map((m) => m.reason);
      expect(found, JSON.stringify(x.nodes.map((n) => [n.label, n.mentions]))).to.include(r.reason);
    });
  }
});
