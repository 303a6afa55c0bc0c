// Spanish sentence templates of the synthetic press releases. Slots in braces are filled by the composer
// (see compose-es.ts for the slot names); every entity a template names comes from a slot, never from the text.

/** Infinitive purposes ("con el fin de ..."). */
export const PURPOSES: readonly string[] = [
  'fortalecer la cooperación en materia de {topic}',
  'impulsar proyectos conjuntos de {topic}',
  'coordinar acciones en beneficio de la población',
  'promover el intercambio de experiencias y buenas prácticas',
  'establecer las bases de colaboración para desarrollar programas de {topic}',
  'sumar capacidades técnicas y humanas en favor de {topic}',
  'ampliar la oferta de servicios y mejorar su calidad',
  'diseñar estrategias comunes de {topic}',
];

/** Opening sentence of a document where an agreement is signed by two parties. */
export const LEADS_TWO: readonly string[] = [
  '{A} y {B} firmaron {agr}, con el propósito de {purpose}.',
  'Con el objetivo de {purpose}, {A} y {B} suscribieron {agr}.',
  '{A} firmó {agr} con {B}, mediante {agrWhich} ambas instituciones buscan {purpose}.',
  '{A} y {B} signaron {agr} que permitirá {purpose}.',
  'En un acto protocolario, {A} y {B} formalizaron {agr} para {purpose}.',
];

/** Opening sentence when three parties sign. */
export const LEADS_THREE: readonly string[] = [
  '{A}, {B} y {C} firmaron {agr}, con el propósito de {purpose}.',
  'Con el objetivo de {purpose}, {A}, {B} y {C} suscribieron {agr}.',
  'En un acto protocolario, {A}, {B} y {C} formalizaron {agr} para {purpose}.',
];

/** Who signed: {sigs} lists "post, institution, name"; {sigsPost} lists "name, post of institution". */
export const SIGNATORIES: readonly string[] = [
  '{agrSigned} por {sigs}.',
  'Firmaron el documento {sigsPost}.',
  '{sigsCap}, encabezaron la firma {agrShortDe}.',
  'Suscribieron {agrShort} {sigs}.',
  'Por parte de las instituciones firmaron {sigsPost}.',
];

/** Who signed, for two parties: {postA} {nameA} is the first party's signatory, named after the party. */
export const SIGNATORIES_TWO: readonly string[] = [
  'En representación {deA} firmó su {postA}, {nameA}; por parte {deB} lo hizo su {postB}, {nameB}.',
  'Por parte {deA} firmó {nameA}, quien funge como {postA}, mientras que por {B} lo hizo {nameB}, {postBLower}.',
];

/** Where and during what: each template lists the facts it states. */
export const SETTINGS: readonly { text: string; event: boolean; venue: boolean; eventCity: boolean }[] = [
  {
    text: 'La firma se realizó durante {event}, que se celebra en {city}.',
    event: true,
    venue: false,
    eventCity: true,
  },
  {
    text: 'El acuerdo fue firmado durante {event}, que se realiza en esta ciudad.',
    event: true,
    venue: false,
    eventCity: false,
  },
  {
    text: 'El acto se llevó a cabo en {venue}, en el marco {deEvent}.',
    event: true,
    venue: true,
    eventCity: false,
  },
  {
    text: 'En el marco {deEvent}, las partes formalizaron {agrShort}.',
    event: true,
    venue: false,
    eventCity: false,
  },
  {
    text: 'La ceremonia tuvo lugar en {venue}, ante integrantes de ambas instituciones.',
    event: false,
    venue: true,
    eventCity: false,
  },
  {
    text: 'El documento se firmó en {venue}, donde se dieron cita funcionarios y representantes del sector.',
    event: false,
    venue: true,
    eventCity: false,
  },
  {
    text: 'La firma tuvo lugar en {venue} durante {event}, que reúne a especialistas de todo el país.',
    event: true,
    venue: true,
    eventCity: false,
  },
];

export const WITNESS_ONE: readonly string[] = [
  'Como testigo de honor asistió {wit}.',
  '{witPost}, fungió como testigo de honor.',
  'En calidad de testigo de honor estuvo presente {wit}.',
  'Firmó como testigo de honor {wit}.',
];

export const WITNESS_MANY: readonly string[] = [
  'Como testigos de honor firmaron {wits}.',
  'Atestiguaron la firma {wits}.',
  'Fungieron como testigos de honor {witsPost}.',
];

/** Others present, who neither sign nor witness. */
export const ATTENDEES: readonly string[] = [
  'Al acto asistieron también {atts}.',
  'Estuvieron presentes, además, {attsPost}.',
  'También acudieron {atts}.',
];

/** Quotes: {who} is a surname form, {whoShort} a short name, {whoRole} a post reference, {verb} a speech verb. */
export const QUOTE_FRAMES: readonly string[] = [
  '“{quote}”, {verb} {who}.',
  'Al hacer uso de la palabra, {who} {verb} que {indirect}.',
  'Por su parte, {who} {verb} que {indirect}.',
  'En su intervención, {whoRole} {verb}: “{quote}”.',
  '{whoShort} {verb} que {indirect}.',
  '“{quote}”, {verb} {whoRole}.',
];

export const SPEECH_VERBS: readonly string[] = [
  'señaló',
  'afirmó',
  'destacó',
  'subrayó',
  'expresó',
  'indicó',
  'sostuvo',
  'manifestó',
  'aseguró',
  'enfatizó',
];

export const QUOTES: readonly string[] = [
  'Este convenio es una muestra de que el trabajo coordinado da mejores resultados para la gente',
  'Hoy damos un paso firme para atender de manera conjunta las necesidades de {topic}',
  'Las instituciones públicas tenemos la obligación de sumar esfuerzos y no duplicarlos',
  'La colaboración entre instituciones es la mejor herramienta para enfrentar los retos de {topic}',
  'Queremos que este instrumento se traduzca en acciones concretas y medibles',
  'Con este acuerdo refrendamos nuestro compromiso con la población de {region}',
  'Nuestros estudiantes y trabajadores serán los principales beneficiarios de esta alianza',
  'El conocimiento que se genera en las aulas debe ponerse al servicio de la sociedad',
  'Este es el inicio de una relación de largo plazo entre nuestras instituciones',
  'La experiencia acumulada por ambas partes nos permitirá avanzar con mayor rapidez',
  'No hay desarrollo posible sin instituciones que trabajen de la mano',
  'Estamos convencidos de que la cooperación es el camino para construir soluciones duraderas',
];

export const INDIRECT: readonly string[] = [
  'el convenio permitirá aprovechar la infraestructura de ambas instituciones',
  'la cooperación interinstitucional es indispensable para atender los retos de {topic}',
  'los beneficios del acuerdo llegarán a miles de familias de {region}',
  'se integrará una comisión técnica para dar seguimiento a los compromisos asumidos',
  'las instituciones {demonym} tienen mucho que aportar en materia de {topic}',
  'este tipo de alianzas fortalece la confianza de la ciudadanía en sus instituciones',
  'se elaborará un programa de trabajo con metas y plazos definidos',
  'la colaboración abre nuevas oportunidades para la formación de especialistas',
  'los resultados se evaluarán de manera periódica y se harán públicos',
  'el instrumento responde a una demanda planteada desde hace varios años',
];

/** Institutional prose without entities (slots only), for the body of every document. */
export const FILLERS: readonly string[] = [
  'Con este instrumento, ambas instituciones se comprometen a sumar esfuerzos en materia de {topic}.',
  'El documento establece los mecanismos de coordinación, seguimiento y evaluación de las acciones que se emprendan.',
  'Entre los compromisos asumidos destacan la realización de cursos, talleres y seminarios dirigidos a personal especializado.',
  'Asimismo, se contempla el intercambio de información estadística y documental para la elaboración de diagnósticos.',
  'La vigencia del instrumento será de {years} años, con posibilidad de renovarse de común acuerdo entre las partes.',
  'Para dar cumplimiento a lo pactado se integrará una comisión técnica con representantes de cada institución.',
  'De acuerdo con cifras oficiales, más de {n} mil personas podrán beneficiarse de manera directa con estas acciones.',
  'Las actividades se financiarán con recursos propios de cada institución, conforme a su disponibilidad presupuestal.',
  'Se prevé la realización de proyectos de investigación conjunta cuyos resultados serán publicados en revistas especializadas.',
  'El programa de trabajo incluye metas trimestrales y un informe anual de resultados.',
  'La cooperación abarcará también la asesoría técnica y el uso compartido de laboratorios e instalaciones.',
  'Los estudiantes podrán realizar su servicio social y sus prácticas profesionales en las áreas que se determinen.',
  'En {year}, las instituciones ya habían colaborado en acciones de capacitación que beneficiaron a cientos de trabajadores.',
  'Con esta firma se da continuidad a una agenda de trabajo iniciada hace {n} años.',
  'Las partes acordaron difundir los alcances del convenio entre sus comunidades y en medios de comunicación.',
  'Se establecerán indicadores que permitan medir el impacto de las acciones en la calidad de vida de la población.',
  'El instrumento respeta la autonomía de cada institución y no genera obligaciones financieras adicionales.',
  'Durante la ceremonia se presentó un video con los principales logros alcanzados en materia de {topic}.',
  'La agenda incluye también la organización de foros y encuentros con la participación de la sociedad civil.',
  'Se dará prioridad a las comunidades rurales y a los grupos en situación de vulnerabilidad.',
  'Los recursos humanos de ambas instituciones participarán en programas de actualización profesional.',
  'Cada parte designará a un enlace responsable de coordinar las actividades y de informar sobre sus avances.',
  'El acuerdo contempla la elaboración de materiales de difusión y de guías técnicas de uso público.',
  'Las acciones se alinearán con los objetivos de desarrollo sostenible y con los planes de desarrollo vigentes.',
  'Se promoverá la participación de mujeres y jóvenes en todas las etapas de los proyectos.',
  'Los datos personales que se intercambien serán tratados conforme a la legislación aplicable.',
  'En los próximos meses se dará a conocer la convocatoria para el primer proyecto conjunto.',
  'Según se informó, el programa piloto iniciará en {n} municipios y se ampliará de manera gradual.',
  'El evento concluyó con un recorrido por las instalaciones y una sesión de fotografía oficial.',
  'La relación entre ambas instituciones se remonta a varios años de trabajo en temas afines.',
  'Se invitará a otras dependencias y organismos a sumarse a las acciones previstas.',
  'Las partes se comprometieron a resolver de común acuerdo cualquier controversia derivada de la interpretación del documento.',
  'El seguimiento de los compromisos estará a cargo de las áreas de planeación de cada institución.',
  'Con estas acciones se busca reducir las brechas de acceso a servicios de calidad en {region}.',
  'De igual manera, se fomentará la movilidad de académicos y estudiantes entre ambas instituciones.',
  'El plan de trabajo contempla {n} líneas de acción con responsables y fechas de cumplimiento.',
  'Al término de la firma, los asistentes conversaron sobre las prioridades de la agenda común.',
  'Se acordó celebrar reuniones de evaluación cada seis meses para revisar los avances.',
  'La comunidad académica recibió con entusiasmo la noticia de la firma.',
  'Las instituciones pondrán a disposición del público los resultados obtenidos a través de sus portales electrónicos.',
  'El intercambio de experiencias permitirá replicar los modelos exitosos en otras regiones del país.',
  'Se impartirán diplomados en línea para llegar a un mayor número de participantes.',
  'Los especialistas coincidieron en que la coordinación es clave para optimizar los recursos disponibles.',
  'En la primera etapa se atenderá a más de {n} mil beneficiarios, según las estimaciones presentadas.',
  'La firma forma parte de una estrategia más amplia de vinculación con los sectores público, social y privado.',
  'Las dos instituciones cuentan con una amplia trayectoria en la atención de temas de {topic}.',
  'Las actividades se desarrollarán principalmente en la ciudad de {city} y en municipios vecinos.',
  'El programa dará prioridad a las comunidades con mayor rezago {inRegion}.',
  '{A} cuenta con más de {n} años de experiencia en la atención de temas de {topic}.',
  'Por su parte, {B} aportará personal especializado y el uso de sus instalaciones.',
  'De acuerdo con datos {deA}, la demanda de servicios en la materia creció de manera sostenida desde {year}.',
  '{B} ha participado en proyectos similares en otras regiones del país.',
  'El personal {deB} recibirá capacitación en las metodologías que aplica {A}.',
];

/** Negative documents: a meeting where nothing is signed. */
export const NEGATIVE_LEADS: readonly string[] = [
  '{A} y {B} sostuvieron una reunión de trabajo en el marco {deEvent}, con el fin de {purpose}.',
  'Durante {event}, representantes {deA} y {deB} analizaron estrategias para {purpose}.',
  'Con el propósito de {purpose}, {A} y {B} participaron en {event}.',
  'En {event}, {A} y {B} revisaron los avances de los programas en materia de {topic}.',
];

export const NEGATIVE_PARTICIPANTS: readonly string[] = [
  'En la reunión participaron {parts}.',
  'Asistieron a los trabajos {partsPost}.',
  'Entre los participantes se encontraban {parts}.',
];

export const NEGATIVE_SETTINGS: readonly string[] = [
  'La reunión se llevó a cabo en {venue}.',
  'Los trabajos se desarrollaron en {venue}, a puerta cerrada.',
  'El encuentro tuvo lugar en {venue}.',
];

/** Sentences that mention a possible future agreement without any signing (hard negatives). */
export const FUTURE_AGREEMENT: readonly string[] = [
  'Las partes acordaron elaborar un proyecto de convenio que será revisado por sus áreas jurídicas.',
  'Se prevé que en los próximos meses ambas instituciones firmen un convenio de colaboración.',
  'Los asistentes coincidieron en la necesidad de explorar un futuro acuerdo de cooperación.',
  'No se descarta la firma de un memorando de entendimiento en fechas próximas.',
];

export const HEADLINES: readonly string[] = [
  '{a} Y {b} FIRMAN {agrFirst}',
  'FIRMAN {a} Y {b} {agrFirst} EN MATERIA DE {topic}',
  'SIGNAN {a} Y {b} {agrFirst} PARA IMPULSAR {topic}',
  '{a} Y {b} UNEN ESFUERZOS EN MATERIA DE {topic}',
];

export const NEGATIVE_HEADLINES: readonly string[] = [
  '{a} Y {b} SOSTIENEN REUNIÓN DE TRABAJO',
  'ANALIZAN {a} Y {b} ACCIONES EN MATERIA DE {topic}',
  'REVISAN AVANCES EN MATERIA DE {topic}',
];

/** Later short mentions by the head noun ("el Instituto"): generic, so never annotated. {short} is one party. */
export const SHORT_MENTIONS: readonly string[] = [
  '{short} informó que {indirect}.',
  'De acuerdo con {short}, {indirect}.',
  'Según explicó {short}, {indirect}.',
];

export const SUBHEADS: readonly string[] = [
  'El acuerdo permitirá {purpose}',
  'Se beneficiarán miles de familias de {region}',
  'Las instituciones buscan {purpose}',
];

export const NEGATIVE_SUBHEADS: readonly string[] = [
  'Se revisaron los avances en materia de {topic}',
  'Las instituciones buscan {purpose}',
];

/** Conversion debris seen in real inputs, before the headline and after the last paragraph. */
export const DEBRIS_BEFORE: readonly string[] = [
  '[image: image1.jpg]',
  'COMUNICADO No. {n}/{year}',
  'COMUNICADO DE PRENSA',
];
export const DEBRIS_AFTER: readonly string[] = ['--- o0o ---', '-- 0 --', '###'];
