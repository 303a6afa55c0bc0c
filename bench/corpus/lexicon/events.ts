// Event name patterns, agreement kinds, topics and calendar words for the synthetic press releases.
import { MONTHS } from '../../../ingest/extract/lexicon/months';
import type { AgreementKind } from '../../../model';

/** Events during which an agreement is signed. Slots: {ord} (a Roman numeral), {field}, {year}. */
export const EVENT_PATTERNS_ES: readonly string[] = [
  '{ord} Reunión Nacional de {field}',
  '{ord} Congreso Internacional de {field}',
  '{ord} Foro Regional de {field}',
  '{ord} Encuentro Iberoamericano de {field}',
  'Cumbre Iberoamericana de {field} {year}',
  'Semana Nacional de {field} {year}',
  'Feria Internacional de {field} {year}',
  '{ord} Jornada Académica de {field}',
  '{ord} Asamblea Ordinaria de Rectores',
];

/** Meetings where nothing is signed (negative documents). */
export const MEETING_PATTERNS_ES: readonly string[] = [
  '{ord} Reunión de Trabajo sobre {field}',
  'Mesa de Diálogo sobre {field}',
  '{ord} Reunión Regional de {field}',
  '{ord} Sesión Técnica de {field}',
  'Taller Interinstitucional de {field} {year}',
];

export const EVENT_PATTERNS_EN: readonly string[] = [
  '{ord} National Meeting on {field}',
  '{year} International Congress on {field}',
  '{ord} Regional Forum on {field}',
  '{year} Ibero-American Summit on {field}',
];

export const MEETING_PATTERNS_EN: readonly string[] = [
  '{ord} Working Meeting on {field}',
  '{year} Roundtable on {field}',
];

export const ROMAN: readonly string[] = [
  'I',
  'II',
  'III',
  'IV',
  'V',
  'VI',
  'VII',
  'VIII',
  'IX',
  'X',
  'XI',
  'XII',
  'XIII',
  'XIV',
  'XV',
  'XVI',
  'XVII',
  'XVIII',
  'XIX',
  'XX',
  'XXI',
  'XXII',
  'XXIII',
  'XXIV',
  'XXV',
  'XXVI',
  'XXVII',
];

export const ORDINALS_EN: readonly string[] = [
  'First',
  'Second',
  'Third',
  'Fourth',
  'Fifth',
  'Sixth',
  '7th',
  '8th',
  '9th',
  '10th',
  '11th',
  '12th',
];

/** How each kind of agreement is written: the first mention (after "un"/"una") and the later short one. */
export const AGREEMENT_FORMS_ES: readonly {
  kind: AgreementKind;
  first: readonly string[];
  short: string;
  gender: 'm' | 'f';
}[] = [
  {
    kind: 'convenio',
    first: [
      'convenio de colaboración',
      'convenio general de colaboración',
      'convenio marco de cooperación',
      'convenio específico de colaboración',
      'convenio de coordinación',
    ],
    short: 'convenio',
    gender: 'm',
  },
  {
    kind: 'acuerdo',
    first: ['acuerdo de cooperación', 'acuerdo interinstitucional', 'acuerdo de colaboración académica'],
    short: 'acuerdo',
    gender: 'm',
  },
  { kind: 'memorando', first: ['memorando de entendimiento'], short: 'memorando', gender: 'm' },
  { kind: 'carta de intención', first: ['carta de intención'], short: 'carta de intención', gender: 'f' },
  { kind: 'protocolo', first: ['protocolo de colaboración'], short: 'protocolo', gender: 'm' },
];

export const AGREEMENT_FORMS_EN: readonly { kind: AgreementKind; first: readonly string[]; short: string }[] =
  [
    { kind: 'memorando', first: ['memorandum of understanding'], short: 'memorandum' },
    { kind: 'acuerdo', first: ['cooperation agreement', 'framework agreement'], short: 'agreement' },
    { kind: 'carta de intención', first: ['letter of intent'], short: 'letter of intent' },
  ];

/** What the agreement is about (Spanish, English). */
export const TOPICS: readonly { es: string; en: string }[] = [
  { es: 'salud pública', en: 'public health' },
  { es: 'investigación científica', en: 'scientific research' },
  { es: 'formación de recursos humanos', en: 'staff training' },
  { es: 'prácticas profesionales y servicio social', en: 'student internships' },
  { es: 'protección del medio ambiente', en: 'environmental protection' },
  { es: 'desarrollo rural sustentable', en: 'sustainable rural development' },
  { es: 'transparencia y rendición de cuentas', en: 'transparency and accountability' },
  { es: 'innovación tecnológica', en: 'technological innovation' },
  { es: 'prevención de la violencia', en: 'violence prevention' },
  { es: 'educación continua', en: 'continuing education' },
  { es: 'gestión del agua', en: 'water management' },
  { es: 'seguridad alimentaria', en: 'food security' },
  { es: 'promoción cultural', en: 'cultural promotion' },
  { es: 'movilidad académica', en: 'academic mobility' },
  { es: 'atención a personas migrantes', en: 'assistance to migrants' },
  { es: 'salud materno-infantil', en: 'maternal and child health' },
  { es: 'inclusión digital', en: 'digital inclusion' },
  { es: 'emprendimiento juvenil', en: 'youth entrepreneurship' },
];

export const MONTHS_ES: readonly string[] = [
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'septiembre',
  'octubre',
  'noviembre',
  'diciembre',
];
/** English month names: the extractor's calendar list (as written in datelines, capitalised). */
export const MONTHS_EN: readonly string[] = MONTHS.en;
export const WEEKDAYS_ES: readonly string[] = [
  'Domingo',
  'Lunes',
  'Martes',
  'Miércoles',
  'Jueves',
  'Viernes',
  'Sábado',
];
