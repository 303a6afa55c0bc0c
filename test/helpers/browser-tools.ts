// The browser app under test for the tools' end-to-end tests: the built client served by the real API
// (seeds loaded) on a free port, and headless Chromium (Debian's, never a downloaded one) on it.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { createApp } from '../../server/app';
import type { CyElements } from '../../client/src/api/types';
import type { AppHost } from '../../client/src/app/host';
import { apiContext, loadSeeds, TEST_TOKEN } from './api-app';
import { REPO_ROOT } from './run-cli';

const CLIENT_DIST = join(REPO_ROOT, 'client', 'dist');
export const ARTIFACTS = join(REPO_ROOT, 'test-artifacts');
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

export interface ToolsApp {
  url: string;
  browser: Browser;
  close(): Promise<void>;
}

let built = false;

/** Builds the client (once per run), loads the seeds, serves the app and starts Chromium. */
export async function startToolsApp(): Promise<ToolsApp> {
  // Built in a child process, as `npm run build:client` does: the tests serve what a researcher gets.
  if (!built)
    execFileSync(process.execPath, ['--import', 'tsx', 'client/build.ts'], {
      cwd: REPO_ROOT,
      stdio: 'inherit',
    });
  built = true;
  await loadSeeds();
  const app = createApp({
    token: TEST_TOKEN,
    clientDir: CLIENT_DIST,
    validateResponses: true,
    log: () => {},
    context: apiContext(),
  });
  const server: Server = await new Promise((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const { port } = server.address() as AddressInfo;
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  mkdirSync(ARTIFACTS, { recursive: true });
  return {
    url: `http://127.0.0.1:${port}`,
    browser,
    async close() {
      await browser.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A page of the app at 1280x800 (with the token unless `token: false`), its errors collected. */
export async function openApp(
  app: ToolsApp,
  options: { token?: boolean; lang?: 'es' | 'en' } = {},
): Promise<{ page: Page; context: BrowserContext; errors: string[] }> {
  const context = await app.browser.newContext({
    viewport: { width: 1280, height: 800 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const lang = options.lang ?? 'en';
  await page.addInitScript((l) => localStorage.setItem('enlace.lang', l), lang);
  const query = options.token === false ? '' : `?token=${TEST_TOKEN}`;
  await page.goto(`${app.url}/${query}`);
  await page.waitForFunction(() => (window as unknown as { enlace?: unknown }).enlace !== undefined, null, {
    timeout: 20_000,
  });
  return { page, context, errors };
}

/** Puts entities on the graph by a Cypher query run in the page (the view the exports start from). */
export async function showByQuery(page: Page, query: string): Promise<number> {
  return page.evaluate(async (q) => {
    const host = (window as unknown as { enlace: AppHost }).enlace;
    const result = await host.api.post<{ elements: CyElements }>('/cypher', { query: q, params: {} });
    host.cy.elements().remove();
    await host.addElements(result.elements, { place: 'layout', fit: true });
    return host.cy.nodes().length;
  }, query);
}

export function artifact(name: string): string {
  return join(ARTIFACTS, name);
}
