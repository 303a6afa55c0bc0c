// The office that issues a release signs it on a line of its own: "Oficina de Prensa – Concejo Municipal
// de X", "Unidad de Comunicación", "Issued by: Communications Unit, X District Municipality". The office
// is the release's author, no body of its facts; the body it belongs to, named beside it, stays.
import type { Mention, Work } from '../../types';
import { fold } from '../../text';

/** Press and communication offices, folded. */
const OFFICE =
  /^((oficina|direccion|unidad|departamento|area|coordinacion|gerencia|jefatura|subdireccion|gabinete)( general)? de (prensa|comunicacion|comunicaciones|imagen|difusion|relaciones publicas|informacion)|(communications?|media|press|public affairs) (unit|office|team|department|section|directorate))\b/;

/** Lower-case words a signature line may hold besides names. */
const JOINERS = new Set([
  'de',
  'del',
  'la',
  'las',
  'el',
  'los',
  'y',
  'e',
  'en',
  'of',
  'the',
  'and',
  'for',
  'by',
]);

/** A line of names only: no lower-case word but joiners, no end of a sentence. */
function namesOnly(text: string): boolean {
  const t = text.trim();
  if (/[.!?;]$/.test(t)) return false;
  return t.split(/[\s,:–—-]+/).every((x) => !/^\p{Ll}/u.test(x) || JOINERS.has(x));
}

/** Is `m` the issuing office on the release's signature line? */
export function issuingOffice(w: Work, m: Mention): boolean {
  return m.label === 'Institution' && OFFICE.test(fold(m.surface)) && namesOnly(w.sentences[m.sent]!.text);
}
