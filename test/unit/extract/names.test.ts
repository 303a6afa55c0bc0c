// Table tests of the names step: people, institutions, places, events in invented Spanish and English phrases.
import { expect } from 'chai';
import { extract, names } from './helpers';

const PEOPLE: [string, string[]][] = [
  [
    'El Director General del Instituto Nacional de Pesca, Doctor Ramiro Ortega Salas, inauguró el foro.',
    ['Ramiro Ortega Salas'],
  ],
  ['La rectora, Dra. María Fernanda López de la Torre, habló ayer.', ['María Fernanda López de la Torre']],
  [
    'Asistieron Patricia Gómez, Ioana Petrescu y Luis A. Romero, de Chile.',
    ['Patricia Gómez', 'Ioana Petrescu', 'Luis A. Romero'],
  ],
  ['El Salvador y Honduras firmaron un acuerdo comercial.', []],
  [
    'Roberto Salinas Vega dijo que Salinas Vega y Roberto Salinas son la misma persona.',
    ['Roberto Salinas Vega'],
  ],
  ['Ana Ruiz Soto y Pedro Ruiz Soto visitaron la planta.', ['Ana Ruiz Soto', 'Pedro Ruiz Soto']],
  // a first name the lexicon does not know, before one it does, after a comma
  [
    'Por el Instituto de Física, Yaretzi Carmen Olvera Peña; y de la Facultad de Química, Itzel Ruiz Soto.',
    ['Yaretzi Carmen Olvera Peña', 'Itzel Ruiz Soto'],
  ],
  ['The minister, Prof Ada Okafor, met the delegation.', ['Ada Okafor']],
  // a monarch's style and title open no name; the regnal number belongs to it
  [
    'His Majesty King Letsie III and Her Majesty Queen Margrethe II met the delegation.',
    ['Letsie III', 'Margrethe II'],
  ],
  // a capitalised verb opening the sentence opens no name; a given name does
  ['Asistió Gonzalo Ibáñez Rivas, y luego Rosa Gil firmó el acta.', ['Gonzalo Ibáñez Rivas', 'Rosa Gil']],
  ['Encabezaron la ceremonia Marta Quiroga y Pablo Serrano.', ['Marta Quiroga', 'Pablo Serrano']],
  ['NASA Deputy Administrator Jane Porter met Kevin Miles, deputy director.', ['Jane Porter', 'Kevin Miles']],
  [
    'The agreement was signed by Jane Smith and Chilean Health Minister Ximena Aguilera.',
    ['Jane Smith', 'Ximena Aguilera'],
  ],
  // after a courtesy title any capitalised word is a name; particles stay inside it
  [
    'The trade pact was praised by Mr Lim Tan Hock and Datuk Seri Noor Azlan bin Yusof at the launch.',
    ['Lim Tan Hock', 'Noor Azlan bin Yusof'],
  ],
  ['The Deputy Governor, Engr. Chidi Okonkwo, met Alhaji Sani Danladi.', ['Chidi Okonkwo', 'Sani Danladi']],
  ['El embajador Joost van der Meer y la cónsul Ana Rossi llegaron.', ['Joost van der Meer', 'Ana Rossi']],
  // a surname in "-ddad" is no Spanish abstract noun ("Seguridad")
  ['Director Nadia Haddad signed the agreement with the Harbour Agency.', ['Nadia Haddad']],
  // hyphenated posts, as in Commonwealth usage, open a name the lexicon does not know
  ['The MoU was signed by its Director-General, Kwabla Ofori, on Monday.', ['Kwabla Ofori']],
  // after a body's possessive post and a comma any capitalised pair is a name, known or not
  ["The bank's chief executive, Thandi Nkosi, spoke at the opening.", ['Thandi Nkosi']],
  ["The bank's group executive for infrastructure, Mpho Dlamini, spoke at the opening.", ['Mpho Dlamini']],
  // a portfolio in capitals is no part of the name after it
  ['Minister of Indigenous Relations Murray Dalton signed the accord on Tuesday.', ['Murray Dalton']],
];

const INSTITUTIONS: [string, string[]][] = [
  [
    'La Universidad Autónoma de Tlaxcala (UATx) recibió al Instituto Estatal de la Mujer.',
    ['Universidad Autónoma de Tlaxcala', 'Instituto Estatal de la Mujer'],
  ],
  [
    'La Facultad de Medicina de la Universidad Nacional de Rosario firmó el acta.',
    ['Facultad de Medicina de la Universidad Nacional de Rosario', 'Universidad Nacional de Rosario'],
  ],
  [
    'El Ministerio de Relaciones Exteriores y Culto de Costa Rica y la Comisión Económica para América Latina y el Caribe (Cepal) se reunieron.',
    [
      'Ministerio de Relaciones Exteriores y Culto de Costa Rica',
      'Comisión Económica para América Latina y el Caribe',
    ],
  ],
  ['PEMEX FIRMA CON EL INSTITUTO DEL AGUA', []],
  [
    'La Asociación de Bomberos de Quito y el ICE presentaron su plan.',
    ['Asociación de Bomberos de Quito', 'ICE'],
  ],
  // acronyms of common nouns, plural common nouns and codes name no body; a capitalised definition does
  [
    'El Colegio de Contadores habló del impuesto al valor agregado (IVA) y de la norma ISO-9001; el IVA sube.',
    ['Colegio de Contadores'],
  ],
  [
    'La Cámara de Comercio apoya a las PYME y a las ONG de la región desde las 9:00 (GMT-4).',
    ['Cámara de Comercio'],
  ],
  [
    'El Instituto Nacional de Estadística (INE) y el INE regional publicaron las cifras del PIB.',
    ['Instituto Nacional de Estadística'],
  ],
  // an acronym with a plural ending is a common noun in Spanish, unless a singular article takes it
  [
    "La Fundación Andina forma docentes en TIC´s y apoya a las PYME's; el CIAT's respalda el plan.",
    ['Fundación Andina', 'CIAT'],
  ],
  // an acronym defined by the name of a goal, standard, law or plan names no body
  [
    'El Instituto de Ecología se suma a los Objetivos del Milenio (ODM) y aplica la Norma Técnica Andina (NTA); el ODM guía su plan.',
    ['Instituto de Ecología'],
  ],
  [
    'The Andean Council backs the Global Health Goals (GHG) and the device code (DCI: Device Common Identity).',
    ['Andean Council'],
  ],
  // the body of a post, named without a head noun, when the name looks like a brand; no portfolio or territory
  [
    'Firmó Rosa Paredes, directora ejecutiva de Conecta B para la región andina, con Tomás Quiroga, gerente de Telcom 3G Sur.',
    ['Conecta B', 'Telcom 3G Sur'],
  ],
  [
    'Habló Luis Pérez, ministro de Finanzas Públicas, y la alcaldesa de Cotacachi Tres, Ana Morales.',
    ['Ministerio de Finanzas Públicas'],
  ],
  ['"It matters," said Peter Hall, Chief Executive of Andean Fibre Partners.', ['Andean Fibre Partners']],
  // "y" joins two bodies unless it coordinates inside a "de" complement; an acronym defines the nearest fit
  [
    'La Universidad de Sonora y Nubia Cloud Services (NCS) firmaron con la Universidad y Andes Data Group (ADG).',
    ['Universidad de Sonora', 'Nubia Cloud Services', 'Andes Data Group'],
  ],
  ['La Facultad de Artes y Diseño recibió a la delegación.', ['Facultad de Artes y Diseño']],
  // "y" before a preposition coordinates two complements of one name, unless a body, person or place follows
  [
    'El Instituto Politécnico y de Estudios Andinos de Loja y la Dirección de Archivos y de Bibliotecas Públicas firmaron.',
    [
      'Instituto Politécnico y de Estudios Andinos de Loja',
      'Dirección de Archivos y de Bibliotecas Públicas',
    ],
  ],
  [
    'Vinieron la Universidad de Cuenca y de la Secretaría de Cultura, el Colegio de Jueces y de Quito, el Instituto de Óptica y de Rosa Díaz y el Consejo de Notarios y del Lic. Juan Mora.',
    [
      'Universidad de Cuenca',
      'Secretaría de Cultura',
      'Colegio de Jueces',
      'Instituto de Óptica',
      'Consejo de Notarios',
    ],
  ],
  [
    'La Asociación de Productores de Los Tuxtlas visitó el puerto.',
    ['Asociación de Productores de Los Tuxtlas'],
  ],
  // a title-case headline's verb opens no name
  [
    'The Vice President Commends Lagos Housing Authority, the Yukon Fish and Wildlife Management Board and the United States Agency for Trade.',
    ['Lagos Housing Authority', 'Yukon Fish and Wildlife Management Board', 'United States Agency for Trade'],
  ],
  // English: "and" inside an owner written first, an ordinal inside a name, "and" after a place ends it
  [
    'The review of the Yukon Fish and Wildlife Management Board began with the Council of Yukon First Nations.',
    ['Yukon Fish and Wildlife Management Board', 'Council of Yukon First Nations'],
  ],
  [
    'The Government of Manitoba and the Ministry of Science and Technology met the delegation.',
    ['Government of Manitoba', 'Ministry of Science and Technology'],
  ],
  // "and" right after a head standing alone joins two bodies; inside an "of" complement it joins the name
  [
    'We welcome the United Nations and Orbis Motors; the Department of Health and Human Services agreed.',
    ['United Nations', 'Department of Health and Human Services'],
  ],
  // a list after a plural company noun names companies; people and places in it do not
  [
    'Se certificaron técnicos de las empresas Orbis, Datalia y Nubia Cloud; las empresas Ana Ruiz y Pedro Gil no.',
    ['Orbis', 'Datalia', 'Nubia Cloud'],
  ],
  ['Experts from the companies Acme Labs and Orbis joined the firms Chile and Peru.', ['Acme Labs', 'Orbis']],
  // the parties a signing lists, with or without a head noun; a given name, a month or a place is no body
  [
    'Se firmó el Memorando de Entendimiento entre la ASETEL, Movitel, Rayo Net y Celcom para compartir datos.',
    ['ASETEL', 'Movitel', 'Rayo Net', 'Celcom'],
  ],
  [
    'La ASETEL, el Instituto de Normas y representantes de Movitel, Rayo Net y Celcom firmaron el acuerdo.',
    ['ASETEL', 'Instituto de Normas', 'Movitel', 'Rayo Net', 'Celcom'],
  ],
  ['Tomás Ruiz, Marta Gil y el ICE firmaron en Septiembre.', ['ICE']],
  ['The agreement between Orbital Freight Ltd and Kenya was signed on Monday.', ['Orbital Freight Ltd']],
];

const PLACES: [string, string[]][] = [
  ['Lima, Perú, 3 de marzo de 2019. La reunión terminó.', ['Lima', 'Perú']],
  ['La ceremonia se celebró en el Palacio de Gobierno de Quito.', ['Palacio de Gobierno de Quito']],
  ['Llegaron delegados del municipio de Tepoztlán y de Guatemala.', ['Tepoztlán', 'Guatemala']],
  // a place that is also a common word or a given name counts only where a place is expected
  ['Gracias al apoyo de Mauricio, la feria se hizo en Gracias y en Concepción.', ['Gracias', 'Concepción']],
];

describe('extract/names (invented phrases)', () => {
  for (const [text, expected] of PEOPLE) {
    it(`[extract/names] people in "${text}"`, () => {
      expect(names(extract(text, /\b(the|met)\b/.test(text) ? 'en' : 'es'), 'Person')).to.have.members(
        expected,
      );
    });
  }
  for (const [text, expected] of INSTITUTIONS) {
    it(`[extract/names] institutions in "${text}"`, () => {
      expect(names(extract(text, /\bthe\b/i.test(text) ? 'en' : 'es'), 'Institution')).to.have.members(
        expected,
      );
    });
  }
  for (const [text, expected] of PLACES) {
    it(`[extract/names] places in "${text}"`, () => {
      expect(names(extract(text), 'Place')).to.include.members(expected);
    });
  }
  it("[extract/names] an acronym defined in parentheses is the institution's alias and property", () => {
    const x = extract(
      'El Instituto Nacional de Vivienda (INVI) abrió oficinas. El INVI atenderá a mil familias.',
    );
    const inst = x.nodes.find((n) => n.label === 'Institution')!;
    expect(inst.name).to.equal('Instituto Nacional de Vivienda');
    expect(inst.aliases).to.include('INVI');
    expect(inst.properties?.acronym).to.equal('INVI');
    expect(x.nodes.filter((n) => n.label === 'Institution')).to.have.length(1);
  });
  it('[extract/names] English names put their place first: "Barranquilla Chamber of Commerce"', () => {
    const x = extract(
      'The Barranquilla Chamber of Commerce and Stanford University signed a memorandum.',
      'en',
    );
    expect(names(x, 'Institution')).to.have.members([
      'Barranquilla Chamber of Commerce',
      'Stanford University',
    ]);
  });
  it('[extract/names] a name without the owner written first is the same body, when only one fits', () => {
    const one = extract(
      'The Federal Ministry of Works opened a road. The Ministry of Works thanked the Minister of Works, Ada Okafor.',
      'en',
    );
    expect(one.nodes.filter((n) => n.label === 'Institution').map((n) => [n.name, n.aliases])).to.deep.equal([
      ['Federal Ministry of Works', ['Ministry of Works']],
    ]);
    const two = extract(
      'The Ghana Ministry of Works and the Kenya Ministry of Works met; the Ministry of Works spoke.',
      'en',
    );
    expect(names(two, 'Institution')).to.have.length(3);
  });
  it('[extract/names] an ordinal event keeps its ordinal', () => {
    const x = extract('El secretario participó en la III Reunión Regional de Ministros de Salud.');
    expect(names(x, 'Event')).to.deep.equal(['III Reunión Regional de Ministros de Salud']);
  });
  it('[extract/names] an occasion in lower case named by what it presents is an event; a bare one is not', () => {
    const x = extract(
      'Los jueces acudieron a la presentación del Plan Integral Norte y a la reunión de trabajo.',
    );
    expect(names(x, 'Event')).to.deep.equal(['Presentación del Plan Integral Norte']);
  });
});
