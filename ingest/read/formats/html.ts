// HTML (.html, .htm): the article's main text, without navigation, scripts, styles or page furniture.
import * as cheerio from 'cheerio';
import type { AnyNode, Document, Element, Text } from 'domhandler';
import { decodeText } from '../decode';
import { ReadError } from '../errors';
import type { DeclaredMetadata, FormatReader } from './types';

// Elements that never hold the article's prose.
const DROPPED =
  'script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, button, select, img';

// Elements after which the text starts a new paragraph.
const BLOCKS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'blockquote',
  'pre',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'table',
  'tr',
  'figure',
  'figcaption',
  'address',
  'hr',
  'body',
]);

// Below this much paragraph text under one parent, the whole body is taken instead.
const MIN_MAIN_TEXT = 200;

/** Deeper nesting than any real page: parsing it costs the square of its depth and walking it overflows. */
export const MAX_HTML_DEPTH = 500;

// Elements that hold no content, and those the parser closes by itself when a sibling opens.
const NOT_NESTING = new Set(
  'area base br col embed hr img input link meta source track wbr p li dt dd tr td th option'.split(' '),
);

/** How deep the elements nest, from the tags alone (linear; comments and scripts roughly skipped). */
export function nestingDepth(html: string, stopAt = MAX_HTML_DEPTH): number {
  const tag = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g;
  let depth = 0;
  let deepest = 0;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    const [, closing, name, selfClosing] = m;
    if (!name || selfClosing || NOT_NESTING.has(name.toLowerCase())) continue;
    depth = closing ? Math.max(0, depth - 1) : depth + 1;
    if (depth > deepest && (deepest = depth) > stopAt) break;
  }
  return deepest;
}

export const readHtml: FormatReader = (buffer, file) => {
  const { text: html } = decodeText(buffer, file);
  if (nestingDepth(html) > MAX_HTML_DEPTH) {
    throw new ReadError(
      file,
      'corrupt',
      `the HTML nests elements more than ${MAX_HTML_DEPTH} deep: no article does; it is refused (save the ` +
        'article as plain text to ingest it)',
    );
  }
  const $ = cheerio.load(html);
  // 1. Metadata from the head, before anything is removed.
  const meta = readHead($);
  // 2. Drop what is never article text (comments are skipped while walking).
  $(DROPPED).remove();
  // 3. Choose the main content and walk it into paragraphs.
  const root = chooseMainElement($);
  const paragraphs: string[] = [];
  walk(root, paragraphs, { line: '' });
  return Promise.resolve({ text: paragraphs.join('\n\n'), meta, markdown: false, wrapped: false });
};

const SITE_NAME = /\s+[|–—]\s+([^|–—]+)$|\s+-\s+([^-]+)$/;

/** "Firman convenio | Portal del Gobierno" -> "Firman convenio": the site's name is not the headline. */
function withoutSiteName(title: string | undefined): string | undefined {
  return title?.replace(SITE_NAME, '').trim() || title;
}

/** "Firman convenio – Municipalidad de Puerto Varas" -> "Municipalidad de Puerto Varas": a name, not a slogan. */
export function siteName(title: string | undefined): string | undefined {
  const m = title ? SITE_NAME.exec(title) : null;
  const name = (m?.[1] ?? m?.[2])?.trim();
  return name && /^\p{Lu}/u.test(name) && name.split(/\s+/).length <= 10 ? name : undefined;
}

function readHead($: cheerio.CheerioAPI): DeclaredMetadata {
  const attr = (selector: string, name: string): string | undefined =>
    $(selector).first().attr(name)?.trim() || undefined;
  const text = (selector: string): string | undefined =>
    $(selector).first().text().replace(/\s+/g, ' ').trim() || undefined;
  return {
    title:
      text('article h1') ??
      attr('meta[property="og:title"]', 'content') ??
      text('h1') ??
      withoutSiteName(text('head > title, title')),
    date:
      attr('meta[property="article:published_time"]', 'content') ??
      attr('meta[name="date"]', 'content') ??
      attr('time[datetime]', 'datetime'),
    author: attr('meta[name="author"]', 'content'),
    url: webAddress(attr('link[rel="canonical"]', 'href') ?? attr('meta[property="og:url"]', 'content')),
    lang: attr('html', 'lang'),
    publisher: attr('meta[property="og:site_name"]', 'content') ?? siteName(text('head > title, title')),
  };
}

/** <article> (the longest one), else <main>, else the parent holding the most paragraph text, else <body>. */
function chooseMainElement($: cheerio.CheerioAPI): AnyNode {
  const articles = $('article').toArray();
  if (articles.length) return longest($, articles);
  const main = $('main').toArray();
  if (main.length) return longest($, main);
  const scores = new Map<Element, number>();
  for (const p of $('p').toArray()) {
    const parent = p.parent;
    if (!parent || !isTag(parent)) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + $(p).text().trim().length);
  }
  let best: Element | null = null;
  let bestScore = MIN_MAIN_TEXT - 1;
  for (const [el, score] of scores) {
    if (score > bestScore) [best, bestScore] = [el, score];
  }
  // A body whose paragraphs sit directly in it keeps its loose text (a bare headline line) too.
  if (best && best.name !== 'body') return best;
  return $('body').get(0) ?? $.root().get(0)!;
}

function longest($: cheerio.CheerioAPI, elements: Element[]): Element {
  return elements.reduce((a, b) => ($(b).text().length > $(a).text().length ? b : a));
}

interface WalkState {
  line: string;
}

function walk(node: AnyNode, out: string[], state: WalkState): void {
  if (isText(node)) {
    state.line += node.data.replace(/\s+/g, ' ');
    return;
  }
  if (!isTag(node) && !isDocument(node)) return; // comments, directives, CDATA
  const name = isTag(node) ? node.name : '';
  if (name === 'br') {
    state.line += '\n';
    return;
  }
  const block = BLOCKS.has(name);
  if (block) flush(out, state);
  for (const child of node.children) walk(child, out, state);
  if (block || name === 'td' || name === 'th') {
    if (block) flush(out, state);
    else state.line += ' ';
  }
}

function flush(out: string[], state: WalkState): void {
  const text = state.line
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n');
  if (text) out.push(text);
  state.line = '';
}

// Node kinds by their type string: domhandler is cheerio's own dependency, so only its types are used here.
function isTag(node: AnyNode): node is Element {
  return (node.type as string) === 'tag';
}

function isText(node: AnyNode): node is Text {
  return (node.type as string) === 'text';
}

function isDocument(node: AnyNode): node is Document {
  return (node.type as string) === 'root';
}

/** An absolute http(s) address, or nothing: relative links say nothing about where a page lives. */
function webAddress(value: string | undefined): string | undefined {
  return value && /^https?:\/\/\S+$/i.test(value) ? value : undefined;
}
