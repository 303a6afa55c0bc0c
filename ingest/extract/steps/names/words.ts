// Words the name scanners read: ordinals, quotes, heads of parent bodies, cues of events and venues.
// Data only; the lexicons a researcher extends live in ../../lexicon.
import { NOT_EVENT_HEADS } from '../../model/extra-words';

export const ROMAN = /^[IVXLC]+$/;
export const ORDINAL_WORDS = new Set([
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'primer',
  'primera',
  'primero',
  'segunda',
  'segundo',
  'tercer',
  'tercera',
  'cuarta',
  'cuarto',
  'quinta',
  'quinto',
  'sexta',
  'sexto',
  'septima',
  'septimo',
  'octava',
  'octavo',
  'novena',
  'noveno',
  'decima',
  'decimo',
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
]);
export const ARTICLES = new Set(['el', 'la', 'los', 'las']);
export const OPEN_QUOTES = new Set(['“', '"', '«']);
export const CLOSE_QUOTES = new Set(['”', '"', '»']);
/** Heads of the bodies that sub-units belong to ("... de la Universidad", "... of the Department"). */
export const PARENT_HEADS = new Set([
  'universidad',
  'instituto',
  'ministerio',
  'secretaria',
  'jefatura',
  'gobierno',
  'fundacion',
  'asociacion',
  'colegio',
  'facultad',
  'organizacion',
  'comision',
  'consejo',
  'ayuntamiento',
  'municipio',
  'university',
  'institute',
  'ministry',
  'department',
  'agency',
  'administration',
  'organization',
]);
/** Lower-case heads that, after an article, point back to the institution named before ("la facultad"). */
export const ANAPHOR_HEADS = new Set([
  'facultad',
  'fundación',
  'universidad',
  'instituto',
  'secretaría',
  'asociación',
  'colegio',
  'fiscalía',
  'comisión',
  'ministerio',
  'corporación',
  'cooperativa',
  'cámara',
  'federación',
  'agencia',
  'gobernación',
  'alcaldía',
  'agency',
  'university',
  'foundation',
  'institute',
  'ministry',
  'association',
  'cooperative',
  'chamber',
  'company',
  'college',
  'council',
  'trust',
  'board',
  'commission',
  'society',
  'bank',
  'hospital',
  'clínica',
  'escuela',
  'municipalidad',
  'ayuntamiento',
  'school',
  'municipality',
]);
/**
 * Other words that, after an article, point back to a named body of one of these heads: "el rector de la casa
 * de estudios" is the university's. Folded.
 */
export const ANAPHOR_SYNONYMS: Record<string, readonly string[]> = {
  'casa de estudios': ['universidad', 'instituto', 'tecnologico', 'politecnico', 'colegio', 'escuela'],
  'casa de altos estudios': ['universidad', 'instituto', 'tecnologico', 'politecnico'],
};
/** The words of each of those phrases, split once. */
export const ANAPHOR_SYNONYM_WORDS: readonly (readonly string[])[] = Object.keys(ANAPHOR_SYNONYMS).map((p) =>
  p.split(' '),
);
// a dateline's date, folded: "3 de marzo", "March 3", "Nov. 15", "3 March 2025" (day first, as in the UK,
// Ireland, Africa and Oceania), "03/03/2025"
const EN_MONTH =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
export const DATELINE_DATE = new RegExp(
  `\\d{1,2} de [a-z]+|\\b(?:${EN_MONTH})\\.? \\d{1,2}\\b|\\b\\d{1,2} (?:${EN_MONTH})\\b|\\b\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}\\b`,
);
export const SAINTS = new Set(['san', 'santa', 'santo', 'sao', 'saint', 'st.']);
/** Words before a name that make it an event: "en el marco del Congreso ...", "at the International Congress". */
/** Publications, folded: an event's name that holds one names the publication ("Forum Newsletter"). */
export const PUBLICATION_WORDS = new Set([
  'newsletter',
  'bulletin',
  'magazine',
  'journal',
  'gazette',
  'boletin',
  'revista',
  'gaceta',
]);

/** Words that give a title in quotes its thing: "un panel, denominado “...”", "a forum titled “...”". */
export const NAMING_CUES = new Set([
  'denominado',
  'denominada',
  'titulado',
  'titulada',
  'llamado',
  'llamada',
  'intitulado',
  'intitulada',
  'lema',
  'titled',
  'entitled',
  'called',
  'named',
  'theme',
]);

export const EVENT_CONTEXT = new Set([
  'durante',
  'marco',
  'margen',
  'participo',
  'participaron',
  'during',
  'sidelines',
  'margins',
  'attended',
  'at',
]);
export const VENUE_TAILS = new Set([
  'hall',
  'room',
  'rooms',
  'auditorium',
  'ballroom',
  'theater',
  'theatre',
  'building',
  'pavilion',
  'gallery',
  'plaza',
  'campus',
]);
/** "Convention Centre", "Exhibition Center": an event noun before one of these names a building. */
export const EVENT_BUILDINGS = new Set(['centre', 'center', 'grounds', 'complex', 'arena']);
export const FUNCTION_WORDS = new Set([
  'para',
  'como',
  'con',
  'sin',
  'entre',
  'desde',
  'hasta',
  'sobre',
  'tras',
  'segun',
  'durante',
  'mediante',
  'ante',
  'bajo',
  'pero',
  'mas',
  'asi',
  'donde',
  'cuando',
  'aun',
  'solo',
  'paz',
  'union',
  'progreso',
  'libertad',
  'esperanza',
  'victoria',
  'concordia',
  'independencia',
  'florida',
  'mercedes',
]);
export const AGREEMENT_HEAD_WORDS = new Set([
  'agreements',
  'accord',
  'accords',
  'memorando',
  'memorándum',
  'convenio',
  'convenios',
  'acuerdo',
  'memorando',
  'memorandum',
  'protocolo',
  'carta',
  'agreement',
]);
/** Capitalised heads after "durante la" / "en el marco de" that name no event (model/extra-words). */
export const NOT_EVENT_HEAD_SET: ReadonlySet<string> = new Set(NOT_EVENT_HEADS);
/** English heads that may follow a person's whole name ("Oswaldo Cruz Foundation", "Carter Center"). */
export const EPONYM_HEADS = new Set([
  'foundation',
  'center',
  'centre',
  'institute',
  'trust',
  'museum',
  'library',
]);
export const PLACE_INTRO = ['municipio', 'ciudad', 'city', 'localidad', 'poblado', 'villa'];

/** "la empresa Ternium México", "the company Acme Corp": a common noun introducing a company's name. */
export const COMPANY_INTRO = new Set([
  'empresa',
  'compania',
  'aseguradora',
  'consultora',
  'firma',
  'company',
  'firm',
  'startup',
]);

/** English portfolio words, folded: a post's portfolio ("Minister of Indigenous Relations Murray Rankin")
 *  never opens a person's name, even before a word that is also a surname. */
export const PORTFOLIO_WORDS_EN = new Set([
  'relations',
  'affairs',
  'resources',
  'services',
  'works',
  'development',
  'security',
  'health',
  'finance',
  'trade',
  'industry',
  'transport',
  'transportation',
  'environment',
  'energy',
  'housing',
  'agriculture',
  'education',
  'fisheries',
  'forestry',
  'tourism',
  'labour',
  'infrastructure',
  'innovation',
  'culture',
  'defence',
  'defense',
  'immigration',
  'communities',
]);
