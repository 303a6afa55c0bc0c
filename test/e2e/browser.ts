// The browser tests' harness: the API with the seeds on the run's Neo4j serving the built app, and a
// headless Debian Chromium driven by playwright-core (never a downloaded browser). Screenshots go to
// test-artifacts/ to be looked at.
import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Express } from 'express';
import type { Browser, Page } from 'playwright-core';
import { buildClient, CLIENT_DIST } from '../../client/build';
import { closeServer, listen } from '../../server/listen';
import { apiApp } from '../helpers/api-app';
import { launchChromium } from '../helpers/chromium';
import { REPO_ROOT } from '../helpers/run-cli';

export const ARTIFACTS = join(REPO_ROOT, 'test-artifacts');

export interface BrowserApp {
  url: string;
  browser: Browser;
  close(): Promise<void>;
}

let built = false;

/** Builds the app once per run, serves it with the API (or `express`), and launches Chromium. */
export async function startBrowserApp(express?: Express): Promise<BrowserApp> {
  if (!built) {
    await buildClient();
    built = true;
  }
  const server: Server = await listen(express ?? apiApp({}, { clientDir: CLIENT_DIST }), 0, '127.0.0.1');
  const { port } = server.address() as AddressInfo;
  const browser = await launchChromium();
  return {
    url: `http://127.0.0.1:${port}`,
    browser,
    async close() {
      await browser.close();
      await closeServer(server);
    },
  };
}

/** A 1280x800 page with the app open at `path`, failing the test on any page error. */
export async function openApp(app: BrowserApp, path = '/', locale = 'en-GB'): Promise<Page> {
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 800 }, locale });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  (page as Page & { errors: string[] }).errors = errors;
  await page.goto(app.url + path);
  await waitForGraph(page);
  return page;
}

export function pageErrors(page: Page): string[] {
  return (page as Page & { errors?: string[] }).errors ?? [];
}

/** Waits until the graph has nodes and the status line is no longer busy. */
export async function waitForGraph(page: Page, minNodes = 1): Promise<void> {
  await page.waitForFunction(
    (min) => {
      const host = (window as unknown as { enlace?: { cy: { nodes(): { length: number } } } }).enlace;
      const status = document.getElementById('status');
      return host !== undefined && host.cy.nodes().length >= min && status?.dataset.busy === 'false';
    },
    minNodes,
    { timeout: 30_000 },
  );
}

/** Waits for the status line to settle (no request under way). */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getElementById('status')?.dataset.busy === 'false');
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  // let view animations (fit, layout) finish: the viewport texture stands in while they run
  await page.waitForTimeout(450);
  await page.screenshot({ path });
  return path;
}

/** Names of the nodes on screen (not hidden or filtered). */
export function visibleNames(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    (window as unknown as { enlace: { cy: cytoscape.Core } }).enlace.cy
      .nodes(':visible')
      .map((n) => String(n.data('name'))),
  );
}

/** Ids of every node in the graph. */
export function nodeIds(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    (window as unknown as { enlace: { cy: cytoscape.Core } }).enlace.cy.nodes().map((n) => n.id()),
  );
}

/** Screen position of a node in page coordinates (for real mouse clicks). */
export async function nodePoint(page: Page, id: string): Promise<{ x: number; y: number }> {
  return page.evaluate((nodeId) => {
    const cy = (window as unknown as { enlace: { cy: cytoscape.Core } }).enlace.cy;
    const node = cy.getElementById(nodeId);
    const p = node.renderedPosition();
    const box = cy.container()!.getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, id);
}

/** Distinct colours drawn on the graph canvas: a blank canvas has one or two. */
export function canvasColours(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const cy = (window as unknown as { enlace: { cy: cytoscape.Core } }).enlace.cy;
    const image = new Image();
    image.src = cy.png({ full: false, bg: '#ffffff' });
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
    const colours = new Set<number>();
    for (let i = 0; i < data.length; i += 16)
      colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
    return colours.size;
  });
}
