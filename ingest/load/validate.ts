// Checks extraction rows before anything is written: endpoints, labels allowed by ENDPOINTS, required fields.
import { ENDPOINTS, ENTITY_LABELS, FACT_TYPES } from '../../model';
import type { EntityLabel, Extraction } from '../../model';
import type { LoadIssue } from './errors';
import { LoadValidationError } from './errors';

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
const isPrimitive = (value: unknown): boolean =>
  value === null || ['string', 'number', 'boolean'].includes(typeof value);

/**
 * Every problem of one extraction (empty when it can be written).
 * @example validateExtraction(extraction) // -> [{ file: 'a.txt', field: 'relationships[0].to', message: '…' }]
 */
export function validateExtraction(extraction: Extraction): LoadIssue[] {
  const document = extraction.document as Partial<Extraction['document']> | undefined;
  const file = isText(document?.file) ? document.file : '(unknown file)';
  const documentId = isText(document?.id) ? document.id : '';
  const issues: LoadIssue[] = [];
  const issue = (field: string, message: string): void => {
    issues.push({ file, documentId, field, message });
  };

  if (!document) {
    issue('document', 'is missing');
    return issues;
  }
  for (const key of ['id', 'file', 'sha256'] as const) {
    if (!isText(document[key])) issue(`document.${key}`, 'must be a non-empty string');
  }
  if (document.lang !== 'es' && document.lang !== 'en')
    issue('document.lang', `must be "es" or "en", got ${String(document.lang)}`);

  const labels = new Map<string, EntityLabel>();
  (extraction.nodes ?? []).forEach((node, index) => {
    const at = `nodes[${index}]`;
    if (!isText(node.id)) issue(`${at}.id`, 'must be a non-empty string');
    else if (labels.has(node.id)) issue(`${at}.id`, `duplicate node id "${node.id}"`);
    if (!ENTITY_LABELS.includes(node.label)) {
      issue(`${at}.label`, `"${String(node.label)}" is not one of ${ENTITY_LABELS.join(', ')}`);
    } else if (isText(node.id) && !labels.has(node.id)) labels.set(node.id, node.label);
    if (!isText(node.name)) issue(`${at}.name`, 'must be a non-empty string');
    if (!Array.isArray(node.aliases) || !node.aliases.every((alias) => typeof alias === 'string')) {
      issue(`${at}.aliases`, 'must be an array of strings');
    }
    for (const [key, value] of Object.entries(node.properties ?? {})) {
      if (!isPrimitive(value)) issue(`${at}.properties.${key}`, 'must be a string, number, boolean or null');
    }
  });

  (extraction.relationships ?? []).forEach((rel, index) => {
    const at = `relationships[${index}]`;
    if (!FACT_TYPES.includes(rel.type)) {
      issue(`${at}.type`, `"${String(rel.type)}" is not one of ${FACT_TYPES.join(', ')}`);
      return;
    }
    const allowed = ENDPOINTS[rel.type];
    for (const end of ['from', 'to'] as const) {
      const label = labels.get(rel[end]);
      if (label === undefined)
        issue(`${at}.${end}`, `node "${String(rel[end])}" is not in this document's nodes`);
      else if (!allowed[end].includes(label)) {
        issue(
          `${at}.${end}`,
          `${rel.type} cannot ${end === 'from' ? 'start at' : 'end at'} a ${label} (allowed: ${allowed[end].join(', ')})`,
        );
      }
    }
    if (rel.from === rel.to) issue(`${at}.to`, 'a relationship cannot join a node to itself');
    for (const [key, value] of Object.entries(rel.properties ?? {})) {
      if (!isPrimitive(value)) issue(`${at}.properties.${key}`, 'must be a string, number, boolean or null');
    }
    const role = rel.properties?.role;
    if (rel.type === 'HOLDS_ROLE' && role !== undefined && role !== null && typeof role !== 'string') {
      issue(`${at}.properties.role`, 'the post must be a string as written, e.g. "Director General"');
    }
    if (!Array.isArray(rel.evidence)) issue(`${at}.evidence`, 'must be an array');
    else
      rel.evidence.forEach((evidence, i) => {
        if (typeof evidence?.text !== 'string') issue(`${at}.evidence[${i}].text`, 'must be a string');
        if (!Number.isInteger(evidence?.start) || !Number.isInteger(evidence?.end)) {
          issue(`${at}.evidence[${i}]`, 'start and end must be whole numbers');
        }
      });
  });
  return issues;
}

/**
 * Throws LoadValidationError listing every problem of every extraction (for callers that want all or nothing).
 * @example assertValidExtractions(extractions); // throws "ingest/load: 1 invalid row(s): a.txt: nodes[0].name: …"
 */
export function assertValidExtractions(extractions: readonly Extraction[]): void {
  const issues = extractions.flatMap(validateExtraction);
  if (issues.length > 0) throw new LoadValidationError(issues);
}
