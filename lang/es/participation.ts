// Spanish: who took part in an event. An act that counts with someone's presence or participation,
// present or planned ("contó con la participación de", "contará con la presencia de"), the panel's
// speakers, two people meeting at an event. Each row is a rule; examples are invented.
import type { ParticipationRule } from '../types';

// a list of names with their posts, as one group (as in signing.ts)
const WORD = '@inlist&!{Person}';
const PEOPLE = `(${WORD})* {Person} (${WORD}|{Person})*`;
// ... or its items set apart by semicolons ("del Mtro. X, asesor; del Lic. Y, director; y de Z")
const PEOPLE_SEMI = `(${WORD}|;)* {Person} (${WORD}|;|{Person})*`;
const EVENT = 'La Cumbre Andina de Energía se celebró en Cochabamba.';

/** Every rule needs one of these stems (folded): other sentences are not tagged. */
export const PARTICIPATION_CUE_ES =
  /\b(cont|cuenta|tuvo|tuvieron|ponentes|panelistas|expositores|reuni|anfitrion)/;

export const PARTICIPATION_ES: readonly ParticipationRule[] = [
  {
    reason: 'es-counted-on-presence-of',
    match: `(conto|contaron|contara|contaran|cuenta|cuentan) con la (presencia|asistencia|participacion|intervencion) (de|del) [<who>${PEOPLE}]`,
    emit: { who: 'who' },
    priority: 20,
    example: `${EVENT} El encuentro contará con la participación del ingeniero Raúl Camacho Vidal.`,
    expect: { facts: ['PARTICIPATED_IN Raúl Camacho Vidal -> Cumbre Andina de Energía'], none: [] },
  },
  {
    reason: 'es-had-presence-of',
    match: `se? (tuvo|tuvieron) la (presencia|asistencia|participacion) (de|del) [<who>${PEOPLE}]`,
    emit: { who: 'who' },
    priority: 20,
    example: `${EVENT} En la jornada se tuvo la presencia de la ministra Elena Rocha Justiniano.`,
    expect: { facts: ['PARTICIPATED_IN Elena Rocha Justiniano -> Cumbre Andina de Energía'], none: [] },
  },
  {
    // the hosts of an event take part in it
    reason: 'es-hosted-by',
    match: `con (el|la) (anfitrionismo|anfitrionia|anfitrionaje) (de|del) [<who>${PEOPLE_SEMI}]`,
    emit: { who: 'who' },
    priority: 20,
    example:
      'La Cumbre Andina de Energía se inauguró ayer en Cochabamba, con la anfitrionía del gobernador Raúl Camacho Vidal; del Lic. Hugo Arce Molina, secretario de Energía; y de la ministra Elena Rocha Justiniano.',
    expect: {
      facts: [
        'PARTICIPATED_IN Raúl Camacho Vidal -> Cumbre Andina de Energía',
        'PARTICIPATED_IN Hugo Arce Molina -> Cumbre Andina de Energía',
        'PARTICIPATED_IN Elena Rocha Justiniano -> Cumbre Andina de Energía',
      ],
      none: [],
    },
  },
  {
    reason: 'es-speakers-were',
    match: `(los|las)? (ponentes|panelistas|expositores|expositoras) (fueron|seran|son|:) [<who>${PEOPLE}]`,
    emit: { who: 'who' },
    priority: 20,
    example: `${EVENT} Los panelistas fueron Raúl Camacho Vidal y Elena Rocha Justiniano.`,
    expect: {
      facts: [
        'PARTICIPATED_IN Raúl Camacho Vidal -> Cumbre Andina de Energía',
        'PARTICIPATED_IN Elena Rocha Justiniano -> Cumbre Andina de Energía',
      ],
      none: [],
    },
  },
  {
    reason: 'es-met-with',
    match: `[<who>{Person} se (reunio|reunira) (hoy|ayer)? con (${WORD})* {Person}]`,
    emit: { who: 'who' },
    priority: 18,
    example:
      'El gobernador Raúl Camacho Vidal se reunió con la ministra Elena Rocha Justiniano durante la Cumbre Andina de Energía.',
    // the one who met is an attendee already (steps/08-settings.ts reads "se reunió"); the rule adds the other
    expect: { facts: ['PARTICIPATED_IN Elena Rocha Justiniano -> Cumbre Andina de Energía'], none: [] },
  },
];
