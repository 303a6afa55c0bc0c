// The browser app's date filter (the timeline brush), shortest paths, and text from the data shown as
// text (a name that is HTML runs nothing).
import { expect } from 'chai';
import type { Page } from 'playwright-core';
import { loadSeeds } from '../helpers/api-app';
import { testDatabase } from '../helpers/database-hooks';
import { openApp, pageErrors, screenshot, settled, startBrowserApp, type BrowserApp } from './browser';

const XSS_NAME = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';

describe('browser: filters, paths and untrusted text', function () {
  let app: BrowserApp;
  let page: Page;
  before(async function () {
    this.timeout(120_000);
    await loadSeeds();
    app = await startBrowserApp();
  });
  after(async () => app?.close());
  afterEach(async () => {
    if (page) expect(pageErrors(page)).to.deep.equal([]);
    await page?.context().close();
  });

  it('filters by date with the timeline brush as it moves', async () => {
    page = await openApp(app);
    const edgeCount = () =>
      page.evaluate(() => (window as unknown as { enlace: { cy: cytoscape.Core } }).enlace.cy.edges().length);
    const allEdges = await edgeCount();
    const bars = page.locator('.timeline rect.bar');
    expect(await bars.count()).to.be.greaterThan(0);
    const box = (await page.locator('.timeline svg').boundingBox())!;
    const graphRequest = page.waitForRequest((r) =>
      /\/api\/graph\/(overview|neighborhood)\?.*from=/.test(r.url()),
    );
    await page.mouse.move(box.x + 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
    await page.mouse.move(box.x + box.width - 2, box.y + box.height / 2, { steps: 4 });
    // the view follows the brush before it is released
    await graphRequest;
    await page.mouse.up();
    await settled(page);
    expect(page.url())
      .to.match(/from=\d{4}/)
      .and.match(/to=\d{4}/);
    // the seeds' agreements are all of July 2015; relations stated only in 2014 are left out
    const inRange = await edgeCount();
    expect(inRange).to.be.greaterThan(0).and.lessThan(allEdges);
    expect(await page.locator('.timeline-range .range').innerText()).to.match(/\d{4}.*–.*\d{4}/);
    await screenshot(page, 'date-filter');
    // a range with no agreement and no dated source leaves no relation on screen
    await page.goto(`${app.url}/#from=1990&to=1991`);
    await page.reload();
    await page.waitForFunction(() => 'enlace' in window);
    await settled(page);
    const edges = await edgeCount();
    expect(edges).to.equal(0);
    expect(await page.locator('#overlay').innerText()).to.contain('No relation is dated within 1990 – 1991');
  });

  it('finds how two entities are connected and highlights the shortest paths', async () => {
    page = await openApp(app);
    await page.locator('[data-action=paths]').click();
    const from = page.locator('[data-end=from] input');
    await from.fill('meade');
    await page.locator('[data-end=from] .suggestions li[role=option]').first().waitFor();
    await from.press('Enter');
    const to = page.locator('[data-end=to] input');
    await to.fill('salvadoreno seguro');
    await page.locator('[data-end=to] .suggestions li[role=option]').first().waitFor();
    await to.press('Enter');
    await page.locator('.paths-results [data-found=true]').waitFor();
    const highlighted = await page.evaluate(() => {
      const cy = (window as unknown as { enlace: { cy: cytoscape.Core } }).enlace.cy;
      return { nodes: cy.nodes('.path').map((n) => String(n.data('name'))), edges: cy.edges('.path').length };
    });
    expect(highlighted.nodes).to.include.members([
      'José Antonio Meade Kuribreña',
      'Instituto Salvadoreño del Seguro Social',
    ]);
    expect(highlighted.edges).to.be.greaterThan(1);
    const listed = await page.locator('.paths-list li').first().innerText();
    expect(listed)
      .to.contain('José Antonio Meade Kuribreña')
      .and.contain('Instituto Salvadoreño del Seguro Social');
    expect(page.url()).to.contain('path=');
    await screenshot(page, 'paths');
  });

  it('shows a name made of HTML as text and runs nothing', async () => {
    const { driver, database } = testDatabase();
    await driver.executeQuery(
      `MATCH (i:Institution {id: 'institution:instituto-mexicano-del-seguro-social'})
       MERGE (p:Entity:Person {id: 'person:xss-test'})
       SET p.name = $name, p.aliases = [], p.sources = []
       MERGE (p)-[r:HOLDS_ROLE {role: $name}]->(i) SET r.sources = [], r.evidence = []`,
      { name: XSS_NAME },
      { database },
    );
    page = await openApp(app);
    await page.keyboard.press('/');
    await page.keyboard.type('img');
    await page.locator('.search .suggestions li[role=option]').first().waitFor();
    expect(await page.locator('.search .suggestions').innerText()).to.contain('<img src=x');
    await page.keyboard.press('Enter');
    await page.locator('#side-panel[data-view=entity] h2').waitFor();
    await settled(page);
    expect(await page.locator('#side-panel h2').innerText()).to.equal(XSS_NAME);
    const evil = await page.evaluate(() => ({
      ran: (window as unknown as { __xss?: number }).__xss ?? null,
      images: document.querySelectorAll('img[src=x]').length,
      scripts: [...document.querySelectorAll('script')].filter((s) => s.textContent?.includes('__xss'))
        .length,
    }));
    expect(evil).to.deep.equal({ ran: null, images: 0, scripts: 0 });
    await screenshot(page, 'xss-as-text');
  });
});
