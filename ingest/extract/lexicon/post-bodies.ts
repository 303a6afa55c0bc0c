// Words that tell what follows a post's "de"/"of" (names/post-body.ts), folded (no accents, lower case).
// To extend: add the folded word to the line it belongs to.

/** First words of a portfolio, a domain a post is "of" rather than a body ("Ministro de Finanzas"). */
export const PORTFOLIOS: ReadonlySet<string> = new Set(
  [
    'asuntos politica politicas relaciones finanzas hacienda salud educacion comunicacion comunicaciones',
    'operaciones desarrollo tecnologia tecnologias innovacion investigacion planeacion planificacion',
    'administracion recursos proyectos programas ventas marketing mercadeo estrategia gobierno turismo',
    'cultura deportes seguridad justicia economia trabajo energia ambiente medio obras servicios vinculacion',
    'extension posgrado docencia calidad infraestructura transporte agricultura defensa interior exteriores',
    'comercio industria ciencia cooperacion prensa protocolo gestion contrataciones mujeres',
    'public policy operations communications finance health education research development strategy sales',
    'technology government external corporate foreign affairs state trade justice defence defense energy',
    'environment labour labor community',
  ]
    .join(' ')
    .split(' '),
);

/** Last words that make a company of a name: "Prince Consulting", "Amazon Web Services". */
export const COMPANY_WORDS: ReadonlySet<string> = new Set(
  [
    'consulting consultores partners group grupo company corporation corp inc ltd llc services solutions',
    'systems technologies labs ventures holdings capital networks media telecom sa sas spa',
  ]
    .join(' ')
    .split(' '),
);
