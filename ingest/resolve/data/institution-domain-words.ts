// Portfolio words that, with a generic head, make a type of body rather than one body:
// "Secretaría de Salud", "Tribunal Superior de Justicia", "Chamber of Commerce" exist in every
// state and country. A name made only of these and the generic words names no single body
// across documents, so it is not matched on (a curated merge can still join such nodes).
// Lower case, without accents.

export const INSTITUTION_DOMAIN_WORDS: readonly string[] = [
  // Spanish
  'salud', 'educacion', 'comercio', 'justicia', 'hacienda', 'finanzas', 'economia', 'desarrollo',
  'economico', 'social', 'obras', 'publicas', 'publica', 'publico', 'medio', 'ambiente', 'cultura',
  'turismo', 'trabajo', 'empleo', 'seguridad', 'seguro', 'relaciones', 'exteriores', 'interior',
  'gobernacion', 'agricultura', 'ganaderia', 'energia', 'transporte', 'transportes', 'comunicaciones',
  'comunicacion', 'vivienda', 'deporte', 'deportes', 'juventud', 'mujer', 'mujeres', 'ciencia',
  'tecnologia', 'innovacion', 'industria', 'defensa', 'planeacion', 'planificacion', 'administracion',
  'proteccion', 'civil', 'asuntos', 'derechos', 'humanos', 'familia', 'bienestar', 'infraestructura',
  'recursos', 'naturales', 'hidricos', 'agua', 'rural', 'urbano', 'pesca', 'mineria', 'investigacion',
  'tribunal', 'superior', 'suprema', 'corte', 'comercio', 'diputados', 'senadores', 'senado', 'poder',
  'judicial', 'legislativo', 'ejecutivo', 'fiscalia', 'procuraduria', 'policia', 'contraloria',
  'auditoria', 'tesoreria', 'registro', 'servicio', 'servicios', 'junta', 'comite', 'hospital',
  'centro', 'subsecretaria', 'jefatura', 'delegacion', 'unidad', 'area', 'prensa', 'relaciones',
  // English
  'health', 'education', 'commerce', 'chamber', 'trade', 'justice', 'finance', 'treasury', 'economy',
  'economic', 'development', 'public', 'works', 'environment', 'culture', 'tourism', 'labor', 'labour',
  'employment', 'security', 'foreign', 'affairs', 'homeland', 'agriculture', 'energy', 'transport',
  'transportation', 'housing', 'sport', 'sports', 'youth', 'women', 'science', 'technology',
  'innovation', 'industry', 'defense', 'defence', 'planning', 'administration', 'communication',
  'protection', 'human', 'rights', 'family', 'welfare', 'infrastructure', 'resources', 'natural',
  'water', 'court', 'supreme', 'senate', 'house', 'representatives', 'police', 'attorney', 'services',
  'service', 'committee', 'board', 'center', 'centre', 'hospital', 'adult', 'press',
];
