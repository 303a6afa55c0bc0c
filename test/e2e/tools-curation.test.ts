// Correcting the graph in a real browser: a rename from the context menu shows on the graph and in the
// history, and its undo brings the old name back; without the token the form says how to get one.
import { expect } from 'chai';
import type { Page } from 'playwright-core';
import type { CurationPage } from '../../model/api/curation';
import { loadSeeds } from '../helpers/api-app';
import { openApp, pageErrors, screenshot, settled, startBrowserApp, type BrowserApp } from './browser';
import { contextAction, IMSS, nodeName, openWithToken } from './tools-helpers';

const NEW_NAME = 'Instituto Mexicano del Seguro Social (IMSS)';

describe('browser: curation and its undo', function () {
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

  it('renames an entity with a note, lists it in the history, and undoes it', async () => {
    page = await openWithToken(app);
    const before = await nodeName(page, IMSS);
    expect(before).to.equal('Instituto Mexicano del Seguro Social');
    await contextAction(page, IMSS, 'curation-rename');
    const form = 'form[data-form="curation-rename"]';
    await page.fill(`${form} input[name=name]`, NEW_NAME);
    // The note is required: the form says so and sends nothing.
    await page.click(`${form} button[type=submit]`);
    expect(await page.textContent(`${form} [data-role=problem]`)).to.match(/note/i);
    await page.fill(`${form} textarea[name=note]`, 'The acronym belongs in the name the reports use.');
    await screenshot(page, 'tools-curation-rename');
    await page.click(`${form} button[type=submit]`);
    await page.waitForFunction(
      ([id, name]) =>
        (window as unknown as { enlace: { cy: cytoscape.Core } }).enlace.cy
          .getElementById(id!)
          .data('name') === name,
      [IMSS, NEW_NAME],
    );
    await settled(page);

    const log = (await page.evaluate(() => fetch('/api/curations').then((r) => r.json()))) as CurationPage;
    expect(log.items[0]).to.include({ op: 'rename', undone: false });

    await page.click('button[data-action="curations"]');
    const item = `.curation[data-id="${log.items[0]!.id}"]`;
    await page.waitForSelector(item);
    expect(await page.textContent(item))
      .to.include(NEW_NAME)
      .and.include('The acronym belongs');
    await page.click(`${item} button[data-role=undo]`);
    await page.fill(`${item} .undo-form textarea`, 'Reverted: the short name is the official one.');
    await page.click(`${item} .undo-form button[type=submit]`);
    await page.waitForSelector(`${item}.undone`);
    await page.waitForFunction(
      ([id, name]) =>
        (window as unknown as { enlace: { cy: cytoscape.Core } }).enlace.cy
          .getElementById(id!)
          .data('name') === name,
      [IMSS, before],
    );
    await screenshot(page, 'tools-curation-history');
    const after = (await page.evaluate(() => fetch('/api/curations').then((r) => r.json()))) as CurationPage;
    expect(after.items[0]).to.include({ op: 'rename', undone: true });
  });

  it('says how to get the token when the page has none', async () => {
    page = await openApp(app);
    await contextAction(page, IMSS, 'curation-alias');
    const banner = await page.textContent('form[data-form="curation-alias"] [data-role=no-token]');
    expect(banner).to.include('enlace start').and.include('?token=');
  });
});
