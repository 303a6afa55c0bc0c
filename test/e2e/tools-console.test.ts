// The Cypher console in a real browser: a read shows its rows and puts its graph on screen, a write
// shows the refusal, a syntax error its message and position; the examples come from the API.
import { expect } from 'chai';
import type { Page } from 'playwright-core';
import { loadSeeds, TEST_TOKEN } from '../helpers/api-app';
import { openApp, pageErrors, screenshot, startBrowserApp, type BrowserApp } from './browser';

async function typeQuery(page: Page, query: string): Promise<void> {
  await page.click('.console-editor .cm-content');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(query);
}

describe('e2e: Cypher console', function () {
  this.timeout(120_000);
  let app: BrowserApp;
  let page: Page;

  before(async () => {
    await loadSeeds();
    app = await startBrowserApp();
    page = await openApp(app, `/?token=${TEST_TOKEN}`);
    await page.click('button[data-action="console"]');
    await page.waitForSelector('#drawer[data-view="console"] .cm-editor');
  });
  after(async () => app?.close());

  it('runs a read and shows its rows as a table, then its graph on screen', async () => {
    await typeQuery(
      page,
      "MATCH (i:Institution {acronym: 'IMSS'})-[r]-(x) RETURN i.name AS name, type(r) AS type, i, r, x LIMIT 10",
    );
    await page.click('button[data-role="run"]');
    await page.waitForSelector('.console-result[data-state="rows"]');
    const rows = await page.$$eval('.console-table tbody tr', (trs) => trs.map((tr) => tr.textContent ?? ''));
    expect(rows.length).to.be.within(1, 10);
    expect(rows[0]).to.include('Instituto Mexicano del Seguro Social');
    const headers = await page.$$eval('.console-table th', (ths) => ths.map((th) => th.textContent));
    expect(headers).to.deep.equal(['name', 'type', 'i', 'r', 'x']);
    await page.click('button[data-role="to-graph"]');
    await page.waitForFunction(() => {
      const host = (window as unknown as { enlace: { cy: { nodes(): { length: number } } } }).enlace;
      return host.cy.nodes().length > 1;
    });
    const ids = await page.evaluate(() =>
      (
        window as unknown as {
          enlace: { cy: { nodes(): { map(f: (n: { id(): string }) => string): string[] } } };
        }
      ).enlace.cy
        .nodes()
        .map((n) => n.id()),
    );
    expect(ids.some((id) => id.startsWith('institution:'))).to.equal(true);
    await screenshot(page, 'tools-console-read');
  });

  it('shows the refusal of a write query', async () => {
    await typeQuery(page, "CREATE (p:Person {name: 'Nadie'}) RETURN p");
    await page.click('button[data-role="run"]');
    const message = await page.textContent('.console-error.refused .console-error-message', {
      timeout: 10_000,
    });
    expect(message).to.match(/refused|rechazada/i);
    expect(message!.length).to.be.greaterThan(20);
    await screenshot(page, 'tools-console-refused');
  });

  it('shows a syntax error with its line and column', async () => {
    await typeQuery(page, 'MATCH (n:Person)\nRETURN n LIMT 3');
    await page.click('button[data-role="run"]');
    await page.waitForSelector('.console-error.syntax');
    const where = await page.textContent('.console-error-position');
    expect(where).to.match(/Line 2, column \d+/);
  });

  it('offers the example queries and remembers the history', async () => {
    const titles = await page.$$eval('select[data-role="examples"] option', (os) =>
      os.map((o) => o.textContent),
    );
    expect(titles.length).to.be.greaterThan(2);
    const history = await page.$$eval('select[data-role="history"] option', (os) =>
      os.map((o) => o.textContent),
    );
    expect(history.some((h) => h?.includes('LIMT'))).to.equal(true);
    await page.selectOption('select[data-role="examples"]', '1');
    const text = await page.textContent('.console-editor .cm-content');
    expect(text).to.match(/MATCH|CALL|RETURN/i);
    expect(pageErrors(page)).to.deep.equal([]);
  });
});
