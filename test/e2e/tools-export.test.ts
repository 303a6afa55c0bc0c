// Exports in a real browser, each checked by its content: the PNG is a picture (not blank), the SVG has
// its title and legend, GraphML and GEXF parse and hold the entities on screen, Cytoscape JSON and the
// CSV tables too, and the report lists the numbered sources its tables cite.
import { expect } from 'chai';
import * as cheerio from 'cheerio';
import { strFromU8, unzipSync } from 'fflate';
import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { loadSeeds } from '../helpers/api-app';
import { ARTIFACTS, pageErrors, screenshot, startBrowserApp, type BrowserApp } from './browser';
import { download, IMSS, openWithToken } from './tools-helpers';

describe('browser: exports of what is on screen', function () {
  let app: BrowserApp;
  let page: Page;
  let onScreen: string[];
  before(async function () {
    this.timeout(120_000);
    await loadSeeds();
    app = await startBrowserApp();
    page = await openWithToken(app);
    onScreen = await page.evaluate(() =>
      (window as unknown as { enlace: { cy: cytoscape.Core } }).enlace.cy
        .nodes(':visible')
        .map((n) => n.id()),
    );
    expect(onScreen.length).to.be.greaterThan(20);
    await page.click('button[data-action="export"]');
    await page.fill('.export-panel input[name=title]', 'Red del IMSS');
  });
  after(async () => {
    if (page) expect(pageErrors(page)).to.deep.equal([]);
    await app?.close();
  });

  it('downloads a PNG with title and legend that is not blank', async () => {
    const { name, body } = await download(page, 'button[data-format="png"]');
    expect(name).to.equal('red-del-imss.png');
    writeFileSync(`${ARTIFACTS}/tools-export.png`, body);
    const stats = await page.evaluate(async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
      let sum = 0;
      let squares = 0;
      let inked = 0;
      const colours = new Set<number>();
      const n = data.length / 4;
      for (let i = 0; i < data.length; i += 4) {
        const luma = 0.299 * data[i]! + 0.587 * data[i + 1]! + 0.114 * data[i + 2]!;
        sum += luma;
        if (luma < 235) inked += 1;
        squares += luma * luma;
        colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
      }
      const mean = sum / n;
      return {
        width: image.width,
        height: image.height,
        variance: squares / n - mean * mean,
        colours: colours.size,
        inked: inked / n,
      };
    }, body.toString('base64'));
    expect(stats.width).to.be.greaterThan(600);
    // A blank image has no variance; the graph, its labels and the legend draw on a few per cent of it.
    expect(stats.variance).to.be.greaterThan(50);
    expect(stats.inked).to.be.greaterThan(0.005);
    expect(stats.colours).to.be.greaterThan(50);
  });

  it('downloads an SVG with the title, the graph and the legend', async () => {
    const { name, body } = await download(page, 'button[data-format="svg"]');
    expect(name).to.equal('red-del-imss.svg');
    const $ = cheerio.load(body.toString('utf8'), { xml: true });
    expect($('svg > title').text()).to.equal('Red del IMSS');
    expect($('svg > svg').length).to.equal(1);
    expect(
      $('g.legend text')
        .map((_, t) => $(t).text())
        .get(),
    ).to.include.members(['Institution', 'Person']);
    const labels = $('svg > svg text')
      .map((_, t) => $(t).text())
      .get();
    expect(labels.length).to.be.greaterThan(10);
    // Long names wrap onto several lines, one text element each.
    expect(labels.join(' ')).to.include('Instituto Mexicano');
  });

  it('downloads GraphML that parses with the entities on screen', async () => {
    const { name, body } = await download(page, 'button[data-format="graphml"]');
    expect(name).to.equal('red-del-imss.graphml');
    const $ = cheerio.load(body.toString('utf8'), { xml: true });
    const ids = $('graph > node')
      .map((_, n) => $(n).attr('id'))
      .get();
    expect(ids).to.have.members(onScreen);
    expect(ids).to.include(IMSS);
    expect($('graph > edge').length).to.be.greaterThan(10);
  });

  it('downloads GEXF, Cytoscape JSON and the CSV tables of the same entities', async () => {
    const gexf = await download(page, 'button[data-format="gexf"]');
    expect(gexf.name).to.equal('red-del-imss.gexf');
    const $ = cheerio.load(gexf.body.toString('utf8'), { xml: true });
    expect(
      $('nodes > node')
        .map((_, n) => $(n).attr('id'))
        .get(),
    ).to.have.members(onScreen);

    const cyjs = await download(page, 'button[data-format="cyjs"]');
    expect(cyjs.name).to.equal('red-del-imss.cyjs');
    const parsed = JSON.parse(cyjs.body.toString('utf8')) as {
      elements: { nodes: { data: { id: string } }[] };
    };
    expect(parsed.elements.nodes.map((n) => n.data.id)).to.have.members(onScreen);

    const csv = await download(page, 'button[data-format="csv"]');
    expect(csv.name).to.equal('red-del-imss.zip');
    const files = unzipSync(new Uint8Array(csv.body));
    const nodes = strFromU8(files['nodes.csv']!).trim().split('\n');
    expect(nodes.length - 1).to.equal(onScreen.length);
    expect(strFromU8(files['edges.csv']!)).to.include(IMSS);
  });

  it('downloads a printable report that numbers the sources its tables cite', async () => {
    const { name, body } = await download(page, 'button[data-format="report"]');
    expect(name).to.equal('red-del-imss-report.html');
    const html = body.toString('utf8');
    writeFileSync(`${ARTIFACTS}/tools-report.html`, html);
    expect(html).to.include('@page').and.include('size: A4');
    const $ = cheerio.load(html);
    expect($('h1').text()).to.equal('Red del IMSS');
    expect($('figure img').attr('src')).to.match(/^data:image\/png;base64,/);
    expect($('table.entities tbody tr').length).to.equal(onScreen.length);
    expect($('table.relations tbody tr').length).to.be.greaterThan(10);
    const sources = $('ol.sources li');
    expect(sources.length).to.be.greaterThan(2);
    sources.each((i, li) => {
      expect($(li).attr('id')).to.equal(`source-${i + 1}`);
      expect($(li).find('.src-title').text().length).to.be.greaterThan(5);
    });
    // Every number a table cites is one of the listed sources.
    const cited = $('td.refs')
      .map((_, td) => $(td).text().match(/\d+/g) ?? [])
      .get()
      .map(Number);
    expect(cited.length).to.be.greaterThan(0);
    expect(Math.max(...cited)).to.be.at.most(sources.length);
    const report = await page.context().newPage();
    await report.setContent(html);
    await screenshot(report, 'tools-report');
    await report.close();
  });
});
