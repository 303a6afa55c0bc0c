// Helpers of the tools' browser tests: open the app with the token, right-click a node, save a download.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { TEST_TOKEN } from '../helpers/api-app';
import { nodePoint, openApp, type BrowserApp } from './browser';

export const IMSS = 'institution:instituto-mexicano-del-seguro-social';

/** The app as `enlace start`'s link opens it: with the token in the address. */
export function openWithToken(app: BrowserApp, path = '/'): Promise<Page> {
  return openApp(app, `${path}${path.includes('?') ? '&' : '?'}token=${TEST_TOKEN}`);
}

/** Opens the context menu of a node and picks the entry `action`. */
export async function contextAction(page: Page, nodeId: string, action: string): Promise<void> {
  const { x, y } = await nodePoint(page, nodeId);
  await page.mouse.click(x, y, { button: 'right' });
  await page.click(`.context-menu [data-action="${action}"] button`);
}

/** Clicks `selector` and returns the download's file name and bytes. */
export async function download(page: Page, selector: string): Promise<{ name: string; body: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    page.click(selector),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), body: readFileSync(path) };
}

/** The name a node shows in the graph. */
export function nodeName(page: Page, id: string): Promise<string> {
  return page.evaluate(
    (nodeId) =>
      String(
        (window as unknown as { enlace: { cy: cytoscape.Core } }).enlace.cy
          .getElementById(nodeId)
          .data('name'),
      ),
    id,
  );
}
