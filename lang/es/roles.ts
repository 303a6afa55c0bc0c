// Spanish: posts and the body they belong to, where the hand-written readers (steps/roles) miss them:
// a scope written around the body ("de la X para América Latina", "para X"), one post over two bodies
// ("del X y del Y"), a body and who leads it ("la X, encabezada por su titular, Y"). Each row is a
// rule; examples are invented.
import type { RoleRule } from '../types';

// a post: a title's first word and the words of the post up to its body, across no name and no break
const POST_WORD = '@inlist&!{Person}&!{Institution}&!/^\\W+$/';
const POST = `@posthead (${POST_WORD})*`;
// the name after a post, past a courtesy title ("Dr." is two tokens to the tagger)
const NAME = '(@honorific /^[.]$/?)? [<who>{Person}]';
const OF = '(de|del) (la|el|los|las)?';
const SCOPE = '(!{Person}&!{Institution}&@inlist&!/^\\W+$/)+';

/** Every rule needs one of these words (folded): other sentences are not tagged. */
export const ROLE_CUE_ES =
  /;|\b(para|en|y|quien|encabezad[oa]s?|presidid[oa]s?|dirigid[oa]s?|liderad[oa]s?|representando)\b/;

export const ROLES_ES: readonly RoleRule[] = [
  {
    reason: 'es-post-of-body-with-scope-then-name',
    match: `[<post>${POST}] ${OF} [<at>{Institution}] (para|en) ${SCOPE} , ${NAME}`,
    emit: { who: 'who', at: 'at', post: 'post' },
    priority: 30,
    example:
      'En la reunión habló el gerente de ventas de la Compañía Minera del Sur para la región andina, Ing. Pablo Torrez Lima.',
    expect: { facts: ['HOLDS_ROLE Pablo Torrez Lima -> Compañía Minera del Sur'], none: [] },
  },
  {
    reason: 'es-post-for-body-then-name',
    match: `[<post>${POST}] para (la|el)? [<at>{Institution}] , ${NAME}`,
    emit: { who: 'who', at: 'at', post: 'post' },
    priority: 30,
    example:
      'El alcalde firmó un convenio con la directora de proyectos en Bolivia para la Fundación Horizonte Verde, Lic. Marta Quiroga Soto.',
    expect: { facts: ['HOLDS_ROLE Marta Quiroga Soto -> Fundación Horizonte Verde'], none: [] },
  },
  {
    reason: 'es-name-post-of-two-bodies',
    match: `[<who>{Person}] , [<post>${POST}] ${OF} [<at>{Institution} y ${OF} {Institution}]`,
    emit: { who: 'who', at: 'at', post: 'post' },
    priority: 28,
    // the first body is read by the apposition step already; the rule adds the second
    example:
      'Asistió Carmen Vaca Díez, Presidenta del Consejo Regional de Salud y del Instituto de Estudios Andinos.',
    expect: { facts: ['HOLDS_ROLE Carmen Vaca Díez -> Instituto de Estudios Andinos'], none: [] },
  },
  {
    reason: 'es-post-of-two-bodies-then-name',
    match: `[<post>${POST}] ${OF} [<at>{Institution} y ${OF} {Institution}] , ${NAME}`,
    emit: { who: 'who', at: 'at', post: 'post' },
    priority: 28,
    example:
      'Habló el Presidente del Consejo Regional de Salud y del Instituto de Estudios Andinos, Dr. Hugo Arce Molina.',
    expect: {
      facts: [
        'HOLDS_ROLE Hugo Arce Molina -> Consejo Regional de Salud',
        'HOLDS_ROLE Hugo Arce Molina -> Instituto de Estudios Andinos',
      ],
      none: [],
    },
  },
  {
    // a list under one plural post opens with the post, its first body and its first holder
    reason: 'es-plural-post-list-opens',
    match: `(los|las) [<post>@postplural] ${OF} [<at>{Institution}] , ${NAME} ;`,
    emit: { who: 'who', at: 'at', post: 'post' },
    priority: 24,
    example:
      'Firmaron los rectores de la Universidad del Sur, Ana Ruiz Pardo; del Instituto Tecnológico de Oruro, Luis Paz Soria; y de la Escuela Andina de Minas, Juan Vaca Ríos.',
    expect: { facts: ['HOLDS_ROLE Ana Ruiz Pardo -> Universidad del Sur'], none: [] },
  },
  {
    // a list under one plural post: each item after a semicolon names only the body and the person
    reason: 'es-list-item-post-elided',
    match: `; y? ${OF} [<at>{Institution}] , ${NAME}`,
    emit: { who: 'who', at: 'at' },
    priority: 24,
    example:
      'Firmaron los rectores de la Universidad del Sur, Ana Ruiz Pardo; del Instituto Tecnológico de Oruro, Luis Paz Soria; y de la Escuela Andina de Minas, Juan Vaca Ríos.',
    expect: {
      facts: [
        'HOLDS_ROLE Luis Paz Soria -> Instituto Tecnológico de Oruro',
        'HOLDS_ROLE Juan Vaca Ríos -> Escuela Andina de Minas',
      ],
      none: [],
    },
  },
  {
    reason: 'es-body-led-by',
    match: `[<at>{Institution}] ,? (encabezada|encabezado|presidida|presidido|dirigida|dirigido|liderada|liderado) por (el|la|su)? ([<post>${POST}] ,?)? ${NAME}`,
    emit: { who: 'who', at: 'at', post: 'post' },
    priority: 26,
    example:
      'Participó la Fundación Horizonte Verde, encabezada por su directora ejecutiva, Lic. Marta Quiroga Soto.',
    expect: { facts: ['HOLDS_ROLE Marta Quiroga Soto -> Fundación Horizonte Verde'], none: [] },
  },
  {
    // the post in a relative clause or "en su calidad de": "X, quien es directora de Y"
    reason: 'es-name-who-is-post-of-body',
    match: `[<who>{Person}] , (quien (es|era|sera|funge como|se desempena como|actua como|ejerce como|ocupa el cargo de)|en (su )?(calidad|caracter) de) (el|la)? [<post>${POST}] ${OF} [<at>{Institution}]`,
    emit: { who: 'who', at: 'at', post: 'post' },
    priority: 24,
    example:
      'Tomó la palabra Ana Beltrán Ríos, quien se desempeña como directora de la Fundación Horizonte Verde, y luego el público.',
    expect: { facts: ['HOLDS_ROLE Ana Beltrán Ríos -> Fundación Horizonte Verde'], none: [] },
  },
  {
    // the body the person leads or speaks for: "X, quien preside la Cámara", "X, representando a la Cámara"
    reason: 'es-name-who-leads-body',
    match: `[<who>{Person}] , (quien (dirige|encabeza|preside|lidera|coordina)|(quien (representa|represento)|representando) (a|al)) (el|la|los|las)? [<at>{Institution}]`,
    emit: { who: 'who', at: 'at' },
    priority: 22,
    example:
      'El acuerdo fue celebrado por Jorge Salas Peña, quien preside la Cámara de Comercio del Altiplano.',
    expect: { facts: ['HOLDS_ROLE Jorge Salas Peña -> Cámara de Comercio del Altiplano'], none: [] },
  },
];
