// The browser app when the database cannot be reached: a clear message instead of an empty canvas.
import { expect } from 'chai';
import neo4j from 'neo4j-driver';
import type { Page } from 'playwright-core';
import { CLIENT_DIST } from '../../client/build';
import { createApp } from '../../server/app';
import { DRIVER_CONFIG, createGateway, databaseStatus } from '../../server/db';
import { TEST_TOKEN, apiContext } from '../helpers/api-app';
import { screenshot, startBrowserApp, type BrowserApp } from './browser';

describe('browser: database down', function () {
  // Nothing listens on port 9 of this machine: every query fails as a stopped database does.
  const driver = neo4j.driver('bolt://127.0.0.1:9', undefined, { ...DRIVER_CONFIG, connectionTimeout: 2000 });
  let app: BrowserApp;
  let page: Page | undefined;
  before(async function () {
    this.timeout(120_000);
    app = await startBrowserApp(
      createApp({
        token: TEST_TOKEN,
        clientDir: CLIENT_DIST,
        log: () => {},
        context: {
          ...apiContext(),
          gateway: createGateway(driver, 'neo4j'),
          database: {
            mode: 'embedded',
            uri: 'bolt://127.0.0.1:9',
            status: () => databaseStatus(driver, 'neo4j'),
          },
        },
      }),
    );
  });
  after(async () => {
    await page?.context().close();
    await app?.close();
    await driver.close();
  });

  it('says the database is not connected, in the graph and the status line', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
    page = await context.newPage();
    await page.goto(app.url + '/');
    await page.locator('#overlay[data-kind=down]').waitFor({ timeout: 30_000 });
    expect(await page.locator('#overlay').innerText()).to.match(/database is not connected/i);
    expect(await page.locator('#status').getAttribute('data-kind')).to.equal('error');
    await screenshot(page, 'database-down');
  });
});
