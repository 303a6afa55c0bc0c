// Spanish: signers, witnesses and attendees. Witness cues name the people who witnessed a signing;
// attendance verbs name people who were there and signed nothing; denial and future or intention
// say that a signing word states no signing. Each row is a rule; examples are invented.
import type { SigningRule } from '../types';

// a list of names with their posts, as one group; a name is read only as a whole mention, so that
// the list has one reading and matching stays linear
const WORD = '@inlist&!{Person}';
const PEOPLE = `(${WORD})* {Person} (${WORD}|{Person})*`;
const PEOPLE_FIRST = `{Person} (${WORD}|{Person})*`;
const AS = '(como|en calidad de|en su calidad de|en caracter de|en su caracter de)';
// a phrase up to its comma that names no parties by "entre" ("en el marco de la alianza entre A y B,")
const FRAME = '(!,&!;&!:&!entre)+';
const SIGN = 'La Universidad del Sur y la Cámara de Comercio de Tarija firmaron un convenio de cooperación.';

/** Every rule above needs one of these stems (folded): other sentences are not tagged. */
export const SIGNING_CUE_ES =
  /\bfirm|\bsign|suscri|rubric|testig|presentes?\b|presencia|asist|acompa|acud|participacion|mirada/;

export const SIGNING_ES: readonly SigningRule[] = [
  {
    reason: 'es-signing-denied',
    match:
      '(no|nunca|tampoco|ni) (se|lo|la|los|las)? (ha|han|habia|habian|fue|fueron|sera|seran|ha sido|han sido)? @signing',
    emit: { as: 'not-signed', why: 'negated' },
    priority: 50,
    example:
      'Los representantes de la Universidad del Sur y de la Cámara de Comercio de Tarija se reunieron, pero no firmaron ningún documento.',
    expect: { facts: [], none: ['PARTY_TO Universidad del Sur -> <agreement>'] },
  },
  {
    reason: 'es-signing-without',
    match: 'sin @signing',
    emit: { as: 'not-signed', why: 'negated' },
    priority: 50,
    example:
      'La Universidad del Sur y la Cámara de Comercio de Tarija concluyeron la reunión sin firmar el convenio.',
    expect: { facts: [], none: ['PARTY_TO Universidad del Sur -> <agreement>'] },
  },
  {
    reason: 'es-signing-future',
    match: '@signing&#FutureTense',
    emit: { as: 'not-signed', why: 'planned' },
    priority: 45,
    example: 'La Universidad del Sur y la Cámara de Comercio de Tarija firmarán un convenio en marzo.',
    expect: { facts: [], none: ['PARTY_TO Universidad del Sur -> <agreement>'] },
  },
  {
    reason: 'es-signing-conditional',
    match: '@signing&#Conditional',
    emit: { as: 'not-signed', why: 'planned' },
    priority: 45,
    example: 'La Universidad del Sur y la Cámara de Comercio de Tarija firmarían un convenio el próximo año.',
    expect: { facts: [], none: ['PARTY_TO Universidad del Sur -> <agreement>'] },
  },
  {
    reason: 'es-signing-passive-future',
    match: '(sera|seran|seria|serian) @signing',
    emit: { as: 'not-signed', why: 'planned' },
    priority: 45,
    example:
      'El convenio entre la Universidad del Sur y la Cámara de Comercio de Tarija será firmado en abril.',
    expect: { facts: [], none: ['PARTY_TO Universidad del Sur -> <agreement>'] },
  },
  {
    reason: 'es-signing-intended',
    match:
      '(va a|van a|vamos a|ira a|iran a|preve|preven|planea|planean|espera|esperan|busca|buscan|pretende|pretenden|proyecta|proyectan|podra|podran|podria|podrian|debera|deberan|tiene previsto|tienen previsto|para que) (se)? @signing',
    emit: { as: 'not-signed', why: 'planned' },
    priority: 45,
    example:
      'La Universidad del Sur y la Cámara de Comercio de Tarija esperan firmar un convenio antes de junio.',
    expect: { facts: [], none: ['PARTY_TO Universidad del Sur -> <agreement>'] },
  },
  {
    reason: 'es-witness-cue-then-names',
    match: `#Verb? (presente|presentes)? ${AS} (testigo|testigos) (de honor|de calidad|de la firma)? #Verb? [<who>${PEOPLE}]`,
    emit: { as: 'witness', who: 'who' },
    priority: 35,
    example: `${SIGN} Estuvieron presentes como testigos la alcaldesa Carla Ibáñez Rojas y el diputado Mario Quispe Vera.`,
    expect: {
      facts: [
        'WITNESSED_BY <agreement> -> Carla Ibáñez Rojas',
        'WITNESSED_BY <agreement> -> Mario Quispe Vera',
      ],
      none: ['SIGNED Carla Ibáñez Rojas -> <agreement>'],
    },
  },
  {
    reason: 'es-names-then-witness-cue',
    match: `[<who>${PEOPLE_FIRST}] quienes? (estuvieron|fungieron|actuaron|participaron|firmaron|asistieron|intervinieron) presentes? ${AS} testigos`,
    emit: { as: 'witness', who: 'who' },
    priority: 34,
    example: `${SIGN} La alcaldesa Carla Ibáñez Rojas y el diputado Mario Quispe Vera fungieron como testigos de honor.`,
    expect: {
      facts: [
        'WITNESSED_BY <agreement> -> Carla Ibáñez Rojas',
        'WITNESSED_BY <agreement> -> Mario Quispe Vera',
      ],
      none: ['SIGNED Mario Quispe Vera -> <agreement>'],
    },
  },
  {
    reason: 'es-name-then-witness-cue',
    match: `[<who>${PEOPLE_FIRST}] quien? (estuvo|fungio|actuo|participo|firmo|asistio|intervino) presente? ${AS} testigo`,
    emit: { as: 'witness', who: 'who', pick: 'last' },
    priority: 34,
    example: `${SIGN} Asistió el gobernador del departamento, Óscar Mamani Flores, quien firmó en calidad de testigo de honor.`,
    expect: { facts: ['WITNESSED_BY <agreement> -> Óscar Mamani Flores'], none: [] },
  },
  {
    reason: 'es-witness-noun-then-names',
    match: `(testigo|testigos) (de honor|de calidad)? (fue|fueron|son|es|:) [<who>${PEOPLE}]`,
    emit: { as: 'witness', who: 'who' },
    priority: 32,
    example: `${SIGN} Testigos de honor fueron la alcaldesa Carla Ibáñez Rojas y el diputado Mario Quispe Vera.`,
    expect: { facts: ['WITNESSED_BY <agreement> -> Mario Quispe Vera'], none: [] },
  },
  {
    reason: 'es-presence-of',
    match: `(en|ante) la? (presencia|mirada) (como (testigo|testigos))? (de|del) [<who>${PEOPLE}]`,
    emit: { as: 'witness', who: 'who' },
    priority: 32,
    example:
      'La Universidad del Sur y la Cámara de Comercio de Tarija firmaron un convenio en presencia del gobernador Óscar Mamani Flores.',
    expect: {
      facts: ['WITNESSED_BY <agreement> -> Óscar Mamani Flores'],
      none: ['SIGNED Óscar Mamani Flores -> <agreement>'],
    },
  },
  {
    reason: 'es-attested-by',
    match: `(atestiguado|atestiguada|atestiguados|atestiguadas) por [<who>${PEOPLE}]`,
    emit: { as: 'witness', who: 'who' },
    priority: 32,
    example: `${SIGN} El acto fue atestiguado por el obispo Julio Terrazas Soria.`,
    expect: { facts: ['WITNESSED_BY <agreement> -> Julio Terrazas Soria'], none: [] },
  },
  {
    reason: 'es-name-witness-apposition',
    match: `[<who>{Person}] , (@post&!{Person})* (el|la)? (testigo|testigos) (de honor|de calidad|de la firma)`,
    emit: { as: 'witness', who: 'who', pick: 'last' },
    priority: 30,
    example: `${SIGN} Asistió Óscar Mamani Flores, gobernador del departamento, testigo de honor de la firma.`,
    expect: { facts: ['WITNESSED_BY <agreement> -> Óscar Mamani Flores'], none: [] },
  },
  {
    reason: 'es-signing-noun-by',
    match: `(firma|suscripcion) (del|de la|de los|de las) (@inlist&!{Person}&!/^\\W+$/)* por (parte)? (de|del)? [<who>${PEOPLE}]`,
    emit: { as: 'signer', who: 'who' },
    priority: 25,
    example:
      'La firma del convenio entre la Universidad del Sur y la Cámara de Comercio de Tarija por el rector Hugo Arce Molina y la presidenta Carla Ibáñez Rojas abre una etapa de cooperación.',
    expect: {
      facts: ['SIGNED Hugo Arce Molina -> <agreement>', 'SIGNED Carla Ibáñez Rojas -> <agreement>'],
      none: [],
    },
  },
  {
    // "firmó un convenio con el rector de la UAC, X": the counterpart named by a post signs too (the
    // subject is read by the clause reader)
    reason: 'es-signed-with-post-holder',
    match: `@signing (${WORD})* con (el|la) @posthead (${WORD})* [<who>{Person}]`,
    emit: { as: 'signer', who: 'who' },
    priority: 25,
    example:
      'El alcalde Mario Quispe Vera firmó un convenio con la rectora de la Universidad del Sur, Carla Ibáñez Rojas.',
    expect: {
      facts: ['SIGNED Carla Ibáñez Rojas -> <agreement>'],
      none: [],
    },
  },
  {
    reason: 'es-attendance-then-names',
    match: `(acompanaron|acompano|presenciaron|presencio|asistieron|asistio|acudieron|acudio|estuvieron presentes|estuvo presente|se encontraban presentes) [<who>${PEOPLE}]`,
    emit: { as: 'attendee', who: 'who' },
    priority: 20,
    example: `${SIGN} Acompañaron la firma la concejala Rosa Flores Vaca y el director de Turismo, Iván Soliz Paz.`,
    expect: {
      facts: [],
      none: ['SIGNED Rosa Flores Vaca -> <agreement>', 'WITNESSED_BY <agreement> -> Rosa Flores Vaca'],
    },
  },
  {
    reason: 'es-names-then-attendance',
    match: `[<who>${PEOPLE_FIRST}] (acompanaron|acompano|presenciaron|presencio|asistieron|asistio|acudieron|acudio)`,
    emit: { as: 'attendee', who: 'who' },
    priority: 20,
    example:
      'La concejala Rosa Flores Vaca y el director Iván Soliz Paz asistieron a la firma del convenio entre la Universidad del Sur y la Cámara de Comercio de Tarija.',
    expect: {
      facts: [],
      none: ['SIGNED Rosa Flores Vaca -> <agreement>', 'SIGNED Iván Soliz Paz -> <agreement>'],
    },
  },
  {
    reason: 'es-with-the-presence-of',
    match: `con la (participacion|presencia|asistencia) (de|del) [<who>${PEOPLE}]`,
    emit: { as: 'attendee', who: 'who' },
    priority: 20,
    example: `${SIGN} El acto contó con la presencia de la concejala Rosa Flores Vaca.`,
    expect: {
      facts: [],
      none: ['SIGNED Rosa Flores Vaca -> <agreement>', 'WITNESSED_BY <agreement> -> Rosa Flores Vaca'],
    },
  },
  {
    // who backs, hosts or frames a signing is named before the signers and signs nothing
    reason: 'es-signing-backed-by',
    match: `(con|bajo) (el|la) (apoyo|respaldo|auspicio|patrocinio|acompanamiento|asesoria|financiamiento|impulso|coordinacion|mediacion|facilitacion|convocatoria|invitacion|gestion) (tecnico|tecnica|financiero|financiera|economico|economica|institucional)? (de|del) [<who>${FRAME}] ,`,
    emit: { as: 'not-party', who: 'who' },
    priority: 15,
    example:
      'Con el apoyo de la Agencia Regional de Fomento, la Universidad del Sur y la Cámara de Comercio de Tarija firmaron un convenio de cooperación.',
    expect: {
      facts: ['SIGNED_WITH Universidad del Sur -> Cámara de Comercio de Tarija'],
      none: ['PARTY_TO Agencia Regional de Fomento -> <agreement>'],
    },
  },
  {
    reason: 'es-signing-framed-by',
    match: `en el (marco|contexto) (de|del) [<who>${FRAME}] ,`,
    emit: { as: 'not-party', who: 'who' },
    priority: 15,
    example:
      'En el marco del programa de becas de la Secretaría de Economía, la Universidad del Sur y la Cámara de Comercio de Tarija firmaron un convenio.',
    expect: {
      facts: ['SIGNED_WITH Universidad del Sur -> Cámara de Comercio de Tarija'],
      none: ['PARTY_TO Secretaría de Economía -> <agreement>'],
    },
  },
  {
    reason: 'es-signing-hosted-by',
    match: `(organizado|organizada|convocado|convocada|auspiciado|auspiciada|patrocinado|patrocinada|promovido|promovida|impulsado|impulsada|financiado|financiada|coordinado|coordinada|facilitado|facilitada) por [<who>${FRAME}] ,`,
    emit: { as: 'not-party', who: 'who' },
    priority: 15,
    example:
      'En un acto organizado por la Agencia Regional de Fomento, la Universidad del Sur y la Cámara de Comercio de Tarija firmaron un convenio.',
    expect: {
      facts: ['SIGNED_WITH Universidad del Sur -> Cámara de Comercio de Tarija'],
      none: ['PARTY_TO Agencia Regional de Fomento -> <agreement>'],
    },
  },
];
