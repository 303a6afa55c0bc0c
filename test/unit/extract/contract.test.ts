// The extraction output contract on an invented release: ids, evidence offsets, rule reasons, roles.
import { expect } from 'chai';
import { extractDocument } from '../../../ingest/extract';
import { RULES } from '../../../ingest/extract/model/rules';
import { MENTION_RULES } from '../../../ingest/extract/model/mention-rules';
import { doc } from './helpers';

const TEXT = [
  'FIRMAN UNIVERSIDAD Y FUNDACIÓN CONVENIO',
  '',
  'Cusco, Perú, 12 de abril de 2022.',
  '',
  'La Universidad Nacional de San Antonio Abad (UNSAAC) y la Fundación Andina para la Salud firmaron un convenio de colaboración. El rector de la UNSAAC, Dr. Eduardo Salas Quispe, y la presidenta de la Fundación Andina para la Salud, Rosa Huamán Torres, firmaron el convenio.',
  '',
  'En su intervención, Salas Quispe dijo: “Hoy damos un paso firme para la salud de la región”.',
].join('\n');

describe('extract/contract (invented release)', () => {
  const x = extractDocument(doc(TEXT));

  it('[extract/contract] ids are <label>:<slug of the canonical name>', () => {
    for (const n of x.nodes) {
      expect(n.id.startsWith(`${n.label.toLowerCase()}:`), n.id).to.equal(true);
      expect(n.id, n.name).to.match(/^[a-z]+:[a-z0-9-]+$/);
    }
    expect(x.nodes.map((n) => n.id)).to.include('person:eduardo-salas-quispe');
  });

  it('[extract/contract] every evidence text is the document text at its offsets', () => {
    for (const r of x.relationships) {
      expect(r.evidence.length, r.type).to.be.greaterThan(0);
      for (const e of r.evidence) expect(TEXT.slice(e.start, e.end)).to.equal(e.text);
    }
    for (const n of x.nodes)
      for (const m of n.mentions ?? []) expect(TEXT.slice(m.start, m.end)).to.equal(m.text);
  });

  it('[extract/contract] every relationship names the rule that made it, and reasons are unique', () => {
    const reasons = Object.values(RULES).map((r) => r.reason);
    expect(new Set(reasons).size).to.equal(reasons.length);
    for (const r of x.relationships) expect(reasons, r.type).to.include(r.properties.rule);
  });

  it('[extract/contract] every mention names the step that found it; no reason is a relationship rule', () => {
    const reasons = Object.values(MENTION_RULES).map((r) => r.reason);
    expect(new Set(reasons).size).to.equal(reasons.length);
    const ruleReasons = new Set(Object.values(RULES).map((r) => r.reason));
    expect(reasons.filter((r) => ruleReasons.has(r))).to.deep.equal([]);
    for (const n of x.nodes) for (const m of n.mentions ?? []) expect(reasons, m.text).to.include(m.reason);
  });

  it('[extract/contract] HOLDS_ROLE carries the role as written', () => {
    const roles = x.relationships.filter((r) => r.type === 'HOLDS_ROLE').map((r) => r.properties.role);
    expect(roles).to.include.members(['rector', 'presidenta']);
  });

  it('[extract/contract] one agreement, dated by the dateline, held in the dateline city', () => {
    const agreements = x.nodes.filter((n) => n.label === 'Agreement');
    expect(agreements).to.have.length(1);
    expect(agreements[0]!.properties?.date).to.equal('2022-04-12');
    const held = x.relationships.filter((r) => r.type === 'HELD_AT').map((r) => r.to);
    expect(held).to.include('place:cusco');
  });

  it('[extract/contract] the headline in capitals names no new entity, a quoted "paso firme" signs nothing', () => {
    expect(x.nodes.filter((n) => n.label === 'Institution').map((n) => n.name)).to.have.members([
      'Universidad Nacional de San Antonio Abad',
      'Fundación Andina para la Salud',
    ]);
    expect(x.relationships.filter((r) => r.type === 'SIGNED')).to.have.length(2);
  });
});
