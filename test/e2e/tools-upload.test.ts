// Uploading documents in a real browser: two files through the picker, the job followed to its end
// with each file's status (one read, one refused with its reason), then the graph reloads.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import type { Page } from 'playwright-core';
import { loadSeeds } from '../helpers/api-app';
import { pageErrors, screenshot, startBrowserApp, type BrowserApp } from './browser';
import { openWithToken } from './tools-helpers';

const RELEASE = `title: El IMSS y la Universidad de Sonora firman convenio
date: 2015-03-03

El Instituto Mexicano del Seguro Social (IMSS) y la Universidad de Sonora firmaron un convenio de
colaboración el 3 de marzo de 2015 en Hermosillo, Sonora.
`;

describe('browser: upload with progress', function () {
  let app: BrowserApp;
  let page: Page;
  let dir: string;
  before(async function () {
    this.timeout(120_000);
    await loadSeeds();
    app = await startBrowserApp();
    dir = mkdtempSync(join(tmpdir(), 'enlace-upload-e2e-'));
    writeFileSync(join(dir, 'convenio-unison.txt'), RELEASE);
    writeFileSync(join(dir, 'notas.xyz'), 'not a document');
  });
  after(async () => app?.close());
  afterEach(async () => {
    if (page) expect(pageErrors(page)).to.deep.equal([]);
    await page?.context().close();
  });

  it('uploads files, shows each one’s status as the job runs, and reloads the graph when done', async () => {
    page = await openWithToken(app);
    const stages: string[] = [];
    await page.exposeFunction('recordStage', (stage: string) => stages.push(stage));
    await page.evaluate(() => {
      new MutationObserver(() => {
        const job = document.querySelector<HTMLElement>('.upload-job');
        if (job?.dataset.status)
          (window as unknown as { recordStage(s: string): void }).recordStage(job.dataset.status);
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    await page.click('button[data-action="upload"]');
    await page.setInputFiles('input[data-role=picker]', [
      join(dir, 'convenio-unison.txt'),
      join(dir, 'notas.xyz'),
    ]);
    await page.waitForSelector('.upload-job[data-status="done"]', { timeout: 60_000 });
    expect(stages[0]).to.be.oneOf(['queued', 'running']);
    expect(await page.getAttribute('.upload-job .job-bar', 'aria-valuenow')).to.equal('100');
    expect(await page.getAttribute('.job-file[data-file="convenio-unison.txt"]', 'data-status')).to.equal(
      'loaded',
    );
    expect(await page.getAttribute('.job-file[data-file="notas.xyz"]', 'data-status')).to.equal('failed');
    expect(await page.textContent('.job-file[data-file="notas.xyz"] .file-reason')).to.match(/\.xyz/);
    expect(await page.textContent('[data-role=job-summary]')).to.match(/1 loaded, 0 unchanged, 1 failed/);
    await page.waitForFunction(
      () =>
        (window as unknown as { enlace: { cy: cytoscape.Core } }).enlace.cy
          .nodes()
          .some((n) => /Universidad de Sonora/.test(String(n.data('name')))),
      null,
      { timeout: 20_000 },
    );
    await screenshot(page, 'tools-upload-done');
  });
});
