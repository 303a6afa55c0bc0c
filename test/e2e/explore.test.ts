// The browser app on the seeds, in headless Chromium: the overview, search and focus, expanding,
// details with evidence, a document with its sentence highlighted, and a shared link.
import { expect } from 'chai';
import type { Page } from 'playwright-core';
import type { RelationshipDetail } from '../../model/api/relationships';
import { loadSeeds } from '../helpers/api-app';
import {
  canvasColours,
  nodeIds,
  nodePoint,
  openApp,
  pageErrors,
  screenshot,
  settled,
  startBrowserApp,
  visibleNames,
  waitForGraph,
  type BrowserApp,
} from './browser';

const IMSS = 'institution:instituto-mexicano-del-seguro-social';
const GONZALEZ = 'person:jose-antonio-gonzalez-anaya';

describe('browser: exploring the network', function () {
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

  it('opens on the seeds network, laid out, with a legend', async () => {
    page = await openApp(app);
    const names = await visibleNames(page);
    expect(names).to.include.members([
      'José Antonio González Anaya',
      'Instituto Mexicano del Seguro Social',
      'Instituto Salvadoreño del Seguro Social',
    ]);
    const legend = await page.locator('#legend').innerText();
    expect(legend)
      .to.match(/Person/)
      .and.match(/Institution/)
      .and.match(/Agreement/);
    // Laid out: the nodes are spread, not piled at one point, and something is drawn.
    const spread = await page.evaluate(() => {
      const box = (window as unknown as { enlace: { cy: cytoscape.Core } }).enlace.cy.nodes().boundingBox();
      return Math.min(box.w, box.h);
    });
    expect(spread).to.be.greaterThan(200);
    expect(await canvasColours(page)).to.be.greaterThan(20);
    expect(await page.locator('#status').innerText()).to.match(/\d+ entities, \d+ relations/);
    await screenshot(page, 'overview');
  });

  it('searches from the first letters without accents, with arrows and Enter, and focuses', async () => {
    page = await openApp(app);
    await page.keyboard.press('/');
    await page.keyboard.type('zzqxw');
    await page.locator('.search .suggestions .empty').waitFor();
    expect(await page.locator('.search .suggestions').innerText()).to.equal('Nothing found for “zzqxw”');
    await page.locator('.search input').fill('');
    await page.keyboard.type('salvadoreno');
    const option = page.locator('.search .suggestions li[role=option]').first();
    await option.waitFor();
    expect(await option.innerText()).to.contain('Instituto Salvadoreño del Seguro Social');
    await screenshot(page, 'search');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.hash.includes('focus='));
    await settled(page);
    expect(page.url()).to.contain('focus=institution%3Ainstituto-salvadoreno-del-seguro-social');
    await page.locator('#side-panel[data-view=entity] h2').waitFor();
    expect(await page.locator('#side-panel h2').innerText()).to.equal(
      'Instituto Salvadoreño del Seguro Social',
    );
    const names = await visibleNames(page);
    expect(names).to.include('Instituto Salvadoreño del Seguro Social');
    expect(names.length).to.be.lessThan(33);
    await page.keyboard.press('Escape');
    expect(await page.locator('#side-panel').isHidden()).to.equal(true);
  });

  it('expands a node on double-click, and undo takes the new nodes away', async () => {
    page = await openApp(app, `/#focus=${encodeURIComponent(GONZALEZ)}`);
    const before = await nodeIds(page);
    const neighbour = await page.evaluate(
      ([centre]) => {
        const cy = (window as unknown as { enlace: { cy: cytoscape.Core } }).enlace.cy;
        return cy.getElementById(centre!).neighborhood('node[label = "Institution"]').first().id();
      },
      [GONZALEZ],
    );
    const point = await nodePoint(page, neighbour);
    await page.mouse.dblclick(point.x, point.y);
    await page.waitForFunction(
      (n) => (window as unknown as { enlace: { cy: cytoscape.Core } }).enlace.cy.nodes().length > n,
      before.length,
    );
    await page.waitForFunction(() => location.hash.includes('expanded='));
    await settled(page);
    const after = await nodeIds(page);
    expect(after.length).to.be.greaterThan(before.length);
    expect(page.url()).to.contain('expanded=');
    await screenshot(page, 'expanded');
    await page.locator('[data-action=undo]').click();
    expect((await nodeIds(page)).sort()).to.deep.equal([...before].sort());
    await page.locator('[data-action=redo]').click();
    expect((await nodeIds(page)).length).to.equal(after.length);
  });

  it('hides and pins from the context menu, and shows hidden nodes again', async () => {
    page = await openApp(app, `/#focus=${encodeURIComponent(GONZALEZ)}`);
    const visible = (id: string) =>
      page.evaluate(
        (nodeId) =>
          (window as unknown as { enlace: { cy: cytoscape.Core } }).enlace.cy
            .getElementById(nodeId)
            .visible(),
        id,
      );
    let point = await nodePoint(page, IMSS);
    await page.mouse.click(point.x, point.y, { button: 'right' });
    await page.locator('.context-menu [data-action=pin] button').click();
    expect(page.url()).to.contain(`pinned=${encodeURIComponent(IMSS)}`);
    point = await nodePoint(page, IMSS);
    await page.mouse.click(point.x, point.y, { button: 'right' });
    expect(await page.locator('.context-menu [data-action=unpin]').count()).to.equal(1);
    await screenshot(page, 'context-menu');
    await page.keyboard.press('ArrowDown');
    await page.locator('.context-menu [data-action=hide] button').click();
    expect(await visible(IMSS)).to.equal(false);
    const show = page.locator('[data-action=show-hidden]');
    expect(await show.innerText()).to.equal('Show hidden (1)');
    await show.click();
    expect(await visible(IMSS)).to.equal(true);
    expect(await show.isHidden()).to.equal(true);
  });

  it('shows an edge with its evidence sentences and opens the document with the sentence highlighted', async () => {
    page = await openApp(app);
    const edge = await page.evaluate(() => {
      const cy = (window as unknown as { enlace: { cy: cytoscape.Core } }).enlace.cy;
      const e = cy.edges('[evidenceCount > 0]').first();
      e.emit('tap');
      return e.id();
    });
    await page.locator('#side-panel[data-view=relationship] .evidence blockquote').first().waitFor();
    const sentence = await page.locator('#side-panel .evidence blockquote').first().innerText();
    expect(sentence.length).to.be.greaterThan(20);
    // each sentence is cited with its document's title and date
    const detail = (await (
      await page.request.get(`${app.url}/api/relationships/${encodeURIComponent(edge)}`)
    ).json()) as RelationshipDetail;
    const first = detail.evidence[0]!;
    const cite = await page.locator('#side-panel .evidence .cite').first().innerText();
    expect(cite)
      .to.contain(first.document.title!)
      .and.contain(first.document.date ?? 'undated');
    await screenshot(page, 'edge-details');
    await page.locator('#side-panel .evidence .open-doc').first().click();
    await page.locator('#side-panel[data-view=document] .current').waitFor();
    const highlighted = await page.locator('#side-panel .current').innerText();
    expect(highlighted.replace(/\s+/g, ' ').trim()).to.equal(sentence.replace(/\s+/g, ' ').trim());
    expect(await page.locator('#side-panel .doc-text mark.mention').count()).to.be.greaterThan(3);
    // scrolled into view inside the panel
    const visible = await page.evaluate(() => {
      const current = document.querySelector('#side-panel .current')!.getBoundingClientRect();
      const panel = document.querySelector('#side-panel .panel-body')!.getBoundingClientRect();
      return current.top >= panel.top - 1 && current.top <= panel.bottom;
    });
    expect(visible).to.equal(true);
    await screenshot(page, 'document');
  });

  it('shows an entity with its roles, relations and evidence', async () => {
    page = await openApp(app);
    await page.evaluate((id) => {
      (window as unknown as { enlace: { cy: cytoscape.Core } }).enlace.cy.getElementById(id).emit('tap');
    }, IMSS);
    await page.locator('#side-panel[data-view=entity] .relation').first().waitFor();
    const text = await page.locator('#side-panel').innerText();
    expect(text).to.contain('Instituto Mexicano del Seguro Social');
    expect(text)
      .to.match(/Relations/i)
      .and.match(/Mentioned in/i);
    expect(await page.locator('#side-panel .evidence blockquote').count()).to.be.greaterThan(0);
    await screenshot(page, 'entity-details');
  });

  it('restores focus, expanded nodes, filters and layout from a shared link', async () => {
    page = await openApp(
      app,
      `/#focus=${encodeURIComponent(GONZALEZ)}&expanded=${encodeURIComponent(IMSS)}&labels=Person,Institution,Agreement`,
    );
    await settled(page);
    const positions = await page.evaluate(() => {
      const cy = (window as unknown as { enlace: { cy: cytoscape.Core } }).enlace.cy;
      return Object.fromEntries(cy.nodes().map((n) => [n.id(), n.position()]));
    });
    const shared = page.url();
    const visibleBefore = (await visibleNames(page)).sort();
    const second = await openApp(app, shared.slice(app.url.length));
    try {
      await settled(second);
      const restored = await second.evaluate(() => {
        const cy = (window as unknown as { enlace: { cy: cytoscape.Core } }).enlace.cy;
        return Object.fromEntries(cy.nodes().map((n) => [n.id(), n.position()]));
      });
      expect(Object.keys(restored).sort()).to.deep.equal(Object.keys(positions).sort());
      for (const [id, p] of Object.entries(positions)) {
        expect(Math.abs(restored[id]!.x - p.x), id).to.be.lessThan(2);
        expect(Math.abs(restored[id]!.y - p.y), id).to.be.lessThan(2);
      }
      expect((await visibleNames(second)).sort()).to.deep.equal(visibleBefore);
      expect(visibleBefore.every((n) => n)).to.equal(true);
      const placeShown = await second.evaluate(
        () =>
          (window as unknown as { enlace: { cy: cytoscape.Core } }).enlace.cy.nodes(
            '[label = "Place"]:visible',
          ).length,
      );
      expect(placeShown).to.equal(0);
      expect(await second.locator('.filter-labels input[value=Place]').isChecked()).to.equal(false);
      await screenshot(second, 'shared-link');
    } finally {
      await second.context().close();
    }
  });

  it('switches the interface to Spanish and remembers it', async () => {
    page = await openApp(app);
    expect(await page.locator('[data-action=overview]').innerText()).to.equal('Overview');
    await page.locator('select[data-action=language]').selectOption('es');
    expect(await page.locator('[data-action=overview]').innerText()).to.equal('Vista general');
    expect(await page.locator('#legend').innerText()).to.contain('Persona');
    await page.reload();
    await waitForGraph(page);
    expect(await page.locator('[data-action=overview]').innerText()).to.equal('Vista general');
    expect(await page.locator('#status').innerText()).to.match(/entidades/);
    await screenshot(page, 'spanish');
  });
});
