// InstitutionIndex answers what findInstitution's scan of every institution answers, after the
// entities grow (a new institution, a longer name, an alias, an acronym).
import { expect } from 'chai';
import type { Work } from '../../../ingest/extract/types';
import { findInstitution, newEntity } from '../../../ingest/extract/steps/entities/entity';
import { InstitutionIndex } from '../../../ingest/extract/steps/entities/institution-index';

function work(): { w: Work; index: InstitutionIndex } {
  const w = { entities: new Map() } as unknown as Work;
  const index = new InstitutionIndex(w);
  const add = (name: string) => {
    const e = newEntity(w, 'Institution', name);
    index.add(e);
    return e;
  };
  add('Colegio de Geógrafos');
  const imss = add('Instituto Mexicano del Seguro Social');
  imss.properties.acronym = 'IMSS';
  index.noteAcronym(imss);
  const unam = add('Universidad Nacional');
  index.rename(unam, 'Universidad Nacional Autónoma de México');
  index.addAlias(unam, 'UNAM');
  add('Secretaría de Salud');
  add('Secretaría de Salud de Coahuila');
  return { w, index };
}

const SURFACES: [string, string | undefined][] = [
  ['Colegio de Geógrafos', undefined],
  ['colegio de geografos', undefined],
  ['Colegio de Geógrafos de España', undefined],
  ['Colegio', undefined],
  ['Instituto Mexicano Seguro Social', undefined],
  ['Instituto del Seguro', 'IMSS'],
  ['Universidad Nacional', undefined],
  ['UNAM', undefined],
  ['Universidad Nacional Autónoma de México', undefined],
  ['Secretaría de Salud', undefined],
  ['Secretaría', undefined],
  ['Fundación Tierra Viva', undefined],
];

describe('InstitutionIndex (ingest/extract/steps/entities/institution-index.ts)', () => {
  for (const [surface, acronym] of SURFACES) {
    it(`should find what the scan finds for "${surface}"${acronym ? ` (${acronym})` : ''}`, () => {
      const { w, index } = work();
      expect(index.find(surface, acronym)?.key).to.equal(findInstitution(w, surface, acronym)?.key);
    });
  }

  it('should resolve an acronym by the acronym, an alias and the initials', () => {
    const { index } = work();
    expect(index.resolveAcronym('IMSS')?.name).to.equal('Instituto Mexicano del Seguro Social');
    expect(index.resolveAcronym('UNAM')?.name).to.equal('Universidad Nacional Autónoma de México');
    expect(index.resolveAcronym('SSC')?.name).to.equal('Secretaría de Salud de Coahuila');
    expect(index.resolveAcronym('XYZ')).to.equal(undefined);
  });

  it('should find the first institution whose name holds a phrase', () => {
    const { index } = work();
    expect(index.holding('seguro social')?.name).to.equal('Instituto Mexicano del Seguro Social');
    expect(index.holding('secretaria de salud')?.name).to.equal('Secretaría de Salud');
    expect(index.holding('seguro popular')).to.equal(undefined);
  });
});
