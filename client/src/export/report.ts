// The printable report of an export: title, the image, a table of the entities and one of the
// relations with the numbers of the sources that state them, and the numbered list of those sources
// (title, date, address). Built with the DOM and serialised, so every text from the data is escaped.
import type { DocumentRef } from '../../../model/api/common';
import type { PropertyValue, SubgraphNode, SubgraphRelationship } from '../../../model/subgraph';

/** GET|POST /api/export?format=json: the subgraph with the documents its facts cite. */
export interface ExportJson {
  title: string | null;
  selection: string | null;
  exportedAt: string;
  nodes: SubgraphNode[];
  relationships: SubgraphRelationship[];
  documents: DocumentRef[];
}

export interface ReportOptions {
  title: string;
  /** The image of the graph (a data: URL), or none. */
  image: string | null;
  lang: string;
  t: (key: string, vars?: Record<string, string | number>) => string;
}

/** Styles for screen and print: A4 pages with margins, tables that break between rows. */
const REPORT_CSS = `
@page { size: A4; margin: 16mm 14mm 18mm; }
* { box-sizing: border-box; }
body { font: 10.5pt/1.4 Georgia, 'Times New Roman', serif; color: #1d2733; margin: 0 auto; max-width: 182mm; padding: 12mm 0; }
h1 { font: 600 20pt/1.2 system-ui, sans-serif; margin: 0 0 2mm; }
h2 { font: 600 13pt/1.2 system-ui, sans-serif; margin: 8mm 0 3mm; border-bottom: 0.4mm solid #d8dee5; padding-bottom: 1mm; break-after: avoid; }
.meta { color: #5b6b7c; font-size: 9.5pt; margin: 0 0 5mm; }
figure { margin: 0 0 4mm; break-inside: avoid; }
figure img { width: 100%; max-height: 200mm; object-fit: contain; border: 0.3mm solid #d8dee5; }
table { width: 100%; border-collapse: collapse; font-size: 9pt; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th, td { border-bottom: 0.3mm solid #d8dee5; padding: 1.2mm 1.5mm; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
th { background: #eef2f6; font-family: system-ui, sans-serif; font-weight: 600; }
td.refs { white-space: nowrap; color: #0b57d0; }
th.refs { width: 18mm; }
table.entities th:nth-child(2) { width: 24mm; }
table.relations th:nth-child(2) { width: 34mm; }
ol.sources { padding-left: 8mm; font-size: 9.5pt; }
ol.sources li { margin: 0 0 1.5mm; break-inside: avoid; }
.src-title { font-style: italic; }
.src-url { overflow-wrap: anywhere; color: #0b57d0; }
.muted { color: #5b6b7c; }
@media print { body { padding: 0; max-width: none; } a { color: inherit; text-decoration: none; } }
`;

const text = (value: PropertyValue | undefined): string =>
  value === undefined || value === null ? '' : Array.isArray(value) ? value.join(', ') : String(value);
const list = (value: PropertyValue | undefined): string[] => (Array.isArray(value) ? value.map(String) : []);

/** Source numbers [1, 3] of a node or relationship, from its `sources` (document ids). */
function refs(properties: Record<string, PropertyValue>, numbers: Map<string, number>): string {
  const cited = [...new Set(list(properties.sources).map((id) => numbers.get(id)))]
    .filter((n): n is number => n !== undefined)
    .sort((a, b) => a - b);
  return cited.length ? `[${cited.join(', ')}]` : '—';
}

export function buildReport(data: ExportJson, options: ReportOptions): string {
  const { t } = options;
  const doc = document.implementation.createHTMLDocument(options.title);
  doc.documentElement.lang = options.lang;
  const meta = doc.createElement('meta');
  meta.setAttribute('charset', 'utf-8');
  doc.head.prepend(meta);
  const style = doc.createElement('style');
  style.textContent = REPORT_CSS;
  doc.head.append(style);
  const make = <K extends keyof HTMLElementTagNameMap>(tag: K, content?: string, cls?: string) => {
    const node = doc.createElement(tag);
    if (content !== undefined) node.textContent = content;
    if (cls) node.className = cls;
    return node;
  };
  const numbers = new Map(data.documents.map((d, i) => [d.id, i + 1]));
  const names = new Map(data.nodes.map((n) => [n.id, text(n.properties.name) || n.id]));
  const exported = new Date(data.exportedAt).toLocaleString(options.lang);

  doc.body.append(
    make('h1', options.title),
    make(
      'p',
      t('report.meta', {
        date: exported,
        nodes: data.nodes.length,
        edges: data.relationships.length,
        sources: data.documents.length,
      }),
      'meta',
    ),
  );
  if (options.image) {
    const figure = make('figure');
    const img = make('img');
    img.src = options.image;
    img.alt = options.title;
    figure.append(img);
    doc.body.append(figure);
  }

  const table = (cls: string, headers: string[], rows: string[][], refColumn: number) => {
    const node = make('table', undefined, cls);
    const head = make('thead');
    const tr = make('tr');
    headers.forEach((h, i) => tr.append(make('th', h, i === refColumn ? 'refs' : undefined)));
    head.append(tr);
    const body = make('tbody');
    for (const row of rows) {
      const line = make('tr');
      row.forEach((cell, i) => line.append(make('td', cell, i === refColumn ? 'refs' : undefined)));
      body.append(line);
    }
    node.append(head, body);
    return node;
  };

  const nodes = [...data.nodes].sort(
    (a, b) => a.label.localeCompare(b.label) || names.get(a.id)!.localeCompare(names.get(b.id)!),
  );
  doc.body.append(
    make('h2', t('report.entities', { n: nodes.length })),
    table(
      'entities',
      [t('report.name'), t('report.type'), t('report.aliases'), t('report.sources')],
      nodes.map((n) => [
        names.get(n.id)!,
        t(`label.${n.label}`),
        text(n.properties.aliases),
        refs(n.properties, numbers),
      ]),
      3,
    ),
  );
  const relationships = [...data.relationships].sort(
    (a, b) => names.get(a.from)!.localeCompare(names.get(b.from)!) || a.type.localeCompare(b.type),
  );
  doc.body.append(
    make('h2', t('report.relations', { n: relationships.length })),
    table(
      'relations',
      [t('report.from'), t('report.relation'), t('report.to'), t('report.sources')],
      relationships.map((r) => {
        const role = text(r.properties.role);
        const kind = t(`type.${r.type}`) + (role ? ` (${role})` : '');
        return [names.get(r.from) ?? r.from, kind, names.get(r.to) ?? r.to, refs(r.properties, numbers)];
      }),
      3,
    ),
  );

  doc.body.append(make('h2', t('report.sourcesTitle', { n: data.documents.length })));
  if (!data.documents.length) doc.body.append(make('p', t('report.noSources'), 'muted'));
  const sources = make('ol', undefined, 'sources');
  for (const ref of data.documents) {
    const item = make('li');
    item.id = `source-${numbers.get(ref.id)}`;
    item.append(make('span', ref.title ?? ref.file ?? ref.id, 'src-title'));
    item.append(doc.createTextNode(`. ${ref.date ?? t('report.undated')}.`));
    if (ref.url) {
      item.append(doc.createTextNode(' '));
      const link = make('a', ref.url, 'src-url');
      if (/^https?:\/\//i.test(ref.url)) link.href = ref.url;
      item.append(link);
    } else if (ref.file) {
      item.append(doc.createTextNode(' '), make('span', ref.file, 'muted'));
    }
    sources.append(item);
  }
  doc.body.append(sources);
  return `<!doctype html>\n${doc.documentElement.outerHTML}\n`;
}
