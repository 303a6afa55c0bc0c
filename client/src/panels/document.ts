// A source document in the side panel: its text with every mention marked (those of the entity in
// question more strongly), the evidence sentences underlined, and the sentence asked for highlighted
// and scrolled into view. Built from text nodes only: the text is shown exactly as written.
import { el } from '../app/dom';
import type { AppHost } from '../app/host';
import type { DocumentDetail } from '../api/types';

interface Mark {
  start: number;
  end: number;
  classes: string[];
  entityId?: string;
}

export async function openDocument(
  host: AppHost,
  id: string,
  focus: { start?: number | null; end?: number | null; entityId?: string } = {},
): Promise<void> {
  try {
    const doc = await host.busy(host.t('status.loading'), host.api.document(id));
    const body = documentBody(host, doc, focus);
    host.sidePanel.open(doc.document.title ?? doc.document.file ?? doc.document.id, body, 'document');
    const current = body.querySelector('.current') ?? body.querySelector('.mention.self');
    current?.scrollIntoView({ block: 'center' });
  } catch (error) {
    host.notify(host.t('status.error', { detail: (error as Error).message }), 'error');
  }
}

function marksOf(
  doc: DocumentDetail,
  focus: { start?: number | null; end?: number | null; entityId?: string },
): Mark[] {
  const marks: Mark[] = doc.mentions.map((m) => ({
    start: m.start,
    end: m.end,
    classes: ['mention', `label-${m.entity.label}`, ...(m.entity.id === focus.entityId ? ['self'] : [])],
    entityId: m.entity.id,
  }));
  for (const e of doc.evidence)
    if (e.start !== null && e.end !== null) marks.push({ start: e.start, end: e.end, classes: ['evidence'] });
  if (typeof focus.start === 'number' && typeof focus.end === 'number' && focus.end > focus.start)
    marks.push({ start: focus.start, end: focus.end, classes: ['current'] });
  return marks.filter((m) => m.end > m.start && m.start >= 0 && m.end <= doc.text.length);
}

/** The text cut at every mark boundary, each piece wrapped in the marks covering it. */
export function highlightedText(host: AppHost, text: string, marks: Mark[]): HTMLElement {
  const cuts = new Set([0, text.length]);
  for (const m of marks) cuts.add(m.start).add(m.end);
  const points = [...cuts].sort((a, b) => a - b);
  const root = el('div', { class: 'doc-text' });
  let currentWrap: HTMLElement | null = null;
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const piece = text.slice(start, end);
    const covering = marks.filter((m) => m.start <= start && m.end >= end);
    const isCurrent = covering.some((m) => m.classes.includes('current'));
    const mention = covering.find((m) => m.entityId);
    let node: Node = document.createTextNode(piece);
    const classes = covering.flatMap((m) => m.classes).filter((c) => c !== 'current');
    if (classes.length) {
      const span = el(mention ? 'mark' : 'span', { class: [...new Set(classes)].join(' ') }, piece);
      if (mention?.entityId) {
        span.dataset.entity = mention.entityId;
        span.title = mention.entityId;
        span.addEventListener(
          'click',
          () => void host.showDetails({ group: 'nodes', id: mention.entityId! }),
        );
      }
      node = span;
    }
    // One wrapper for the whole current sentence, so it scrolls into view as a whole.
    if (isCurrent) {
      if (!currentWrap) {
        currentWrap = el('span', { class: 'current' });
        root.appendChild(currentWrap);
      }
      currentWrap.appendChild(node);
    } else {
      currentWrap = null;
      root.appendChild(node);
    }
  }
  return root;
}

function documentBody(
  host: AppHost,
  doc: DocumentDetail,
  focus: { start?: number | null; end?: number | null; entityId?: string },
): HTMLElement {
  const marks = marksOf(doc, focus);
  const d = doc.document;
  const meta = el(
    'p',
    { class: 'doc-meta' },
    d.date ?? host.t('details.undated'),
    d.location ? ` · ${d.location}` : '',
    d.lang ? ` · ${d.lang}` : '',
    ' · ',
    host.t('doc.mentions', { n: doc.mentions.length }),
  );
  const source =
    d.url && /^https?:\/\//.test(d.url)
      ? el('a', { href: d.url, target: '_blank', rel: 'noopener noreferrer' }, host.t('doc.source'))
      : null;
  return el(
    'article',
    { class: 'document', 'data-id': d.id },
    meta,
    source,
    highlightedText(host, doc.text, marks),
  );
}
