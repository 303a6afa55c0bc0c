// Institution name patterns, built combinatorially from fields, areas and places, with the posts of their heads.
import type { InstitutionKind } from '../../../model';

/** A post in both genders, as written before or after a name ("Director General", "Directora General"). */
export interface Post {
  m: string;
  f: string;
}

export interface InstitutionPattern {
  /** Slots: {field} {area} {adj} {cause} {profession} {ngo} {region} {city} {country}. */
  pattern: string;
  gender: 'm' | 'f';
  kind: InstitutionKind;
  /** The head noun for later short mentions ("el Instituto"). */
  head: string;
  /** Whether the press introduces it with an acronym in parentheses. */
  acronym: boolean;
  posts: readonly Post[];
  /** The institution this one belongs to, when its name holds the other's ("... del Gobierno de {region}"). */
  parent?: string;
}

const DIRECTOR: Post = { m: 'Director General', f: 'Directora General' };
const HEAD: Post = { m: 'titular', f: 'titular' };

export const INSTITUTION_PATTERNS_ES: readonly InstitutionPattern[] = [
  {
    pattern: 'Instituto {adj} de {field}',
    gender: 'm',
    kind: 'agency',
    head: 'Instituto',
    acronym: true,
    posts: [DIRECTOR, { m: 'Director', f: 'Directora' }],
  },
  {
    pattern: 'Instituto de {field} de {region}',
    gender: 'm',
    kind: 'agency',
    head: 'Instituto',
    acronym: true,
    posts: [DIRECTOR, HEAD],
  },
  {
    pattern: 'Instituto Tecnológico de {city}',
    gender: 'm',
    kind: 'education',
    head: 'Instituto',
    acronym: true,
    posts: [{ m: 'Director', f: 'Directora' }],
  },
  {
    pattern: 'Universidad Autónoma de {region}',
    gender: 'f',
    kind: 'university',
    head: 'Universidad',
    acronym: true,
    posts: [
      { m: 'Rector', f: 'Rectora' },
      { m: 'Secretario General', f: 'Secretaria General' },
    ],
  },
  {
    pattern: 'Universidad Nacional de {city}',
    gender: 'f',
    kind: 'university',
    head: 'Universidad',
    acronym: true,
    posts: [{ m: 'Rector', f: 'Rectora' }],
  },
  {
    pattern: 'Universidad Tecnológica de {city}',
    gender: 'f',
    kind: 'university',
    head: 'Universidad',
    acronym: true,
    posts: [
      { m: 'Rector', f: 'Rectora' },
      { m: 'Director Académico', f: 'Directora Académica' },
    ],
  },
  {
    pattern: 'Secretaría de {area} del Gobierno de {region}',
    gender: 'f',
    kind: 'government',
    head: 'Secretaría',
    acronym: false,
    posts: [HEAD, { m: 'Subsecretario', f: 'Subsecretaria' }],
    parent: 'Gobierno de {region}',
  },
  {
    pattern: 'Facultad de {field} de la Universidad Autónoma de {region}',
    gender: 'f',
    kind: 'university',
    head: 'Facultad',
    acronym: false,
    posts: [
      { m: 'Director', f: 'Directora' },
      { m: 'Coordinador Académico', f: 'Coordinadora Académica' },
    ],
    parent: 'Universidad Autónoma de {region}',
  },
  {
    pattern: 'Ministerio de {area} de {country}',
    gender: 'm',
    kind: 'ministry',
    head: 'Ministerio',
    acronym: false,
    posts: [HEAD, { m: 'Viceministro de Cooperación', f: 'Viceministra de Cooperación' }],
  },
  {
    pattern: 'Gobierno de {region}',
    gender: 'm',
    kind: 'government',
    head: 'Gobierno estatal',
    acronym: false,
    posts: [
      { m: 'Coordinador de Gabinete', f: 'Coordinadora de Gabinete' },
      { m: 'representante', f: 'representante' },
    ],
  },
  {
    pattern: 'Ayuntamiento de {city}',
    gender: 'm',
    kind: 'government',
    head: 'Ayuntamiento',
    acronym: false,
    posts: [
      { m: 'Presidente Municipal', f: 'Presidenta Municipal' },
      { m: 'Síndico', f: 'Síndica' },
    ],
  },
  {
    pattern: 'Municipalidad de {city}',
    gender: 'f',
    kind: 'government',
    head: 'Municipalidad',
    acronym: false,
    posts: [{ m: 'Alcalde', f: 'Alcaldesa' }],
  },
  {
    pattern: 'Consejo {adj} de {field}',
    gender: 'm',
    kind: 'agency',
    head: 'Consejo',
    acronym: true,
    posts: [
      { m: 'Presidente', f: 'Presidenta' },
      { m: 'Director Ejecutivo', f: 'Directora Ejecutiva' },
    ],
  },
  {
    pattern: 'Comisión {adj} de {field}',
    gender: 'f',
    kind: 'agency',
    head: 'Comisión',
    acronym: true,
    posts: [{ m: 'Comisionado Presidente', f: 'Comisionada Presidenta' }],
  },
  {
    pattern: 'Fundación {ngo} para {cause}',
    gender: 'f',
    kind: 'ngo',
    head: 'Fundación',
    acronym: false,
    posts: [
      { m: 'Presidente', f: 'Presidenta' },
      { m: 'Director Ejecutivo', f: 'Directora Ejecutiva' },
    ],
  },
  {
    pattern: 'Colegio de {profession} de {region}',
    gender: 'm',
    kind: 'ngo',
    head: 'Colegio',
    acronym: true,
    posts: [{ m: 'Presidente', f: 'Presidenta' }],
  },
  {
    pattern: 'Cámara de Comercio de {city}',
    gender: 'f',
    kind: 'company',
    head: 'Cámara',
    acronym: false,
    posts: [{ m: 'Presidente', f: 'Presidenta' }],
  },
  {
    pattern: 'Hospital General de {city}',
    gender: 'm',
    kind: 'health',
    head: 'Hospital',
    acronym: false,
    posts: [{ m: 'Director', f: 'Directora' }],
  },
  {
    pattern: 'Centro de Investigación en {field}',
    gender: 'm',
    kind: 'education',
    head: 'Centro',
    acronym: true,
    posts: [DIRECTOR],
  },
  {
    pattern: 'Asociación {adj} de {profession}',
    gender: 'f',
    kind: 'ngo',
    head: 'Asociación',
    acronym: true,
    posts: [{ m: 'Presidente', f: 'Presidenta' }],
  },
  {
    pattern: 'Tribunal Superior de Justicia de {region}',
    gender: 'm',
    kind: 'judiciary',
    head: 'Tribunal',
    acronym: true,
    posts: [{ m: 'Magistrado Presidente', f: 'Magistrada Presidenta' }],
  },
  {
    pattern: 'Servicio {adj} de {field}',
    gender: 'm',
    kind: 'agency',
    head: 'Servicio',
    acronym: true,
    posts: [{ m: 'Jefe', f: 'Jefa' }, DIRECTOR],
  },
];

export const INSTITUTION_PATTERNS_EN: readonly InstitutionPattern[] = [
  {
    pattern: 'National Institute of {field}',
    gender: 'm',
    kind: 'agency',
    head: 'Institute',
    acronym: true,
    posts: [{ m: 'Director', f: 'Director' }],
  },
  {
    pattern: 'University of {region}',
    gender: 'f',
    kind: 'university',
    head: 'University',
    acronym: false,
    posts: [
      { m: 'President', f: 'President' },
      { m: 'Rector', f: 'Rector' },
    ],
  },
  {
    pattern: 'Ministry of {area} of {country}',
    gender: 'm',
    kind: 'ministry',
    head: 'Ministry',
    acronym: false,
    posts: [
      { m: 'Chief of Staff', f: 'Chief of Staff' },
      { m: 'Vice Minister for Cooperation', f: 'Vice Minister for Cooperation' },
    ],
  },
  {
    pattern: '{city} Chamber of Commerce',
    gender: 'f',
    kind: 'company',
    head: 'Chamber',
    acronym: false,
    posts: [{ m: 'President', f: 'President' }],
  },
  {
    pattern: 'Center for {field} Research',
    gender: 'm',
    kind: 'education',
    head: 'Center',
    acronym: true,
    posts: [{ m: 'Executive Director', f: 'Executive Director' }],
  },
  {
    pattern: '{adj} Council for {field}',
    gender: 'm',
    kind: 'agency',
    head: 'Council',
    acronym: true,
    posts: [{ m: 'Chair', f: 'Chair' }],
  },
  {
    pattern: '{region} Department of {area}',
    gender: 'm',
    kind: 'government',
    head: 'Department',
    acronym: false,
    posts: [{ m: 'Secretary', f: 'Secretary' }],
  },
];

/** Fields of work (Spanish, English), for institutes, councils, research centres and events. */
export const FIELDS: readonly { es: string; en: string }[] = [
  { es: 'Salud Pública', en: 'Public Health' },
  { es: 'Ciencias Agrícolas', en: 'Agricultural Sciences' },
  { es: 'Ecología', en: 'Ecology' },
  { es: 'Investigaciones Forestales', en: 'Forest Research' },
  { es: 'Estadística y Geografía', en: 'Statistics and Geography' },
  { es: 'Tecnologías de la Información', en: 'Information Technology' },
  { es: 'Energías Renovables', en: 'Renewable Energy' },
  { es: 'Pesca y Acuacultura', en: 'Fisheries and Aquaculture' },
  { es: 'Desarrollo Rural', en: 'Rural Development' },
  { es: 'Antropología e Historia', en: 'Anthropology and History' },
  { es: 'Medicina Tropical', en: 'Tropical Medicine' },
  { es: 'Cardiología', en: 'Cardiology' },
  { es: 'Educación para Adultos', en: 'Adult Education' },
  { es: 'Protección Civil', en: 'Civil Protection' },
  { es: 'Vivienda', en: 'Housing' },
  { es: 'Recursos Hídricos', en: 'Water Resources' },
  { es: 'Biotecnología', en: 'Biotechnology' },
  { es: 'Ciencias del Mar', en: 'Marine Sciences' },
  { es: 'Planeación Urbana', en: 'Urban Planning' },
  { es: 'Transparencia', en: 'Transparency' },
  { es: 'la Juventud', en: 'Youth' },
  { es: 'las Mujeres', en: 'Women' },
  { es: 'Cultura Física y Deporte', en: 'Sport' },
  { es: 'Capacitación para el Trabajo', en: 'Vocational Training' },
  { es: 'Innovación Tecnológica', en: 'Technological Innovation' },
  { es: 'Nutrición', en: 'Nutrition' },
  { es: 'Sismología', en: 'Seismology' },
  { es: 'Patrimonio Cultural', en: 'Cultural Heritage' },
];

/** Government areas (Spanish, English), for ministries and secretariats. */
export const AREAS: readonly { es: string; en: string }[] = [
  { es: 'Salud', en: 'Health' },
  { es: 'Educación', en: 'Education' },
  { es: 'Economía', en: 'Economy' },
  { es: 'Desarrollo Social', en: 'Social Development' },
  { es: 'Medio Ambiente', en: 'Environment' },
  { es: 'Turismo', en: 'Tourism' },
  { es: 'Cultura', en: 'Culture' },
  { es: 'Trabajo', en: 'Labor' },
  { es: 'Agricultura', en: 'Agriculture' },
  { es: 'Obras Públicas', en: 'Public Works' },
  { es: 'Seguridad Pública', en: 'Public Security' },
  { es: 'Hacienda', en: 'Finance' },
  { es: 'Innovación, Ciencia y Tecnología', en: 'Science and Technology' },
  { es: 'Desarrollo Económico', en: 'Economic Development' },
  { es: 'Relaciones Exteriores', en: 'Foreign Affairs' },
];

/** Adjectives after a head noun, agreeing in gender. */
export const ADJECTIVES: readonly { m: string; f: string; en: string }[] = [
  { m: 'Nacional', f: 'Nacional', en: 'National' },
  { m: 'Estatal', f: 'Estatal', en: 'State' },
  { m: 'Regional', f: 'Regional', en: 'Regional' },
  { m: 'Latinoamericano', f: 'Latinoamericana', en: 'Latin American' },
  { m: 'Iberoamericano', f: 'Iberoamericana', en: 'Ibero-American' },
  { m: 'Mexicano', f: 'Mexicana', en: 'Mexican' },
  { m: 'Superior', f: 'Superior', en: 'Higher' },
  { m: 'Interamericano', f: 'Interamericana', en: 'Inter-American' },
];

export const CAUSES: readonly string[] = [
  'la Educación',
  'el Desarrollo Comunitario',
  'la Salud Infantil',
  'la Conservación Ambiental',
  'la Inclusión Social',
  'el Emprendimiento',
];

/** Names of foundations: abstract words, never a given name or a surname of the generator's lists. */
export const NGO_NAMES: readonly string[] = [
  'Horizonte',
  'Semilla',
  'Raíces',
  'Puentes',
  'Alborada',
  'Sembradores',
  'Nuevo Rumbo',
  'Manantial',
];

export const PROFESSIONS: readonly string[] = [
  'Ingenieros Civiles',
  'Médicos Cirujanos',
  'Arquitectos',
  'Contadores Públicos',
  'Abogados',
  'Economistas',
  'Enfermeras',
  'Geógrafos',
];
