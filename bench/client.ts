// The browser app's graph drawing in headless Chromium: for 1,000, 5,000 and 20,000 synthetic elements
// with preset positions, the first frame, pan and zoom frame rates under real mouse gestures (cytoscape's
// viewport options act only during user gestures) and long tasks while loading; once with the app's own
// setup (client/src/graph/setup.ts) and once with plain cytoscape defaults as the baseline.
//   node --import tsx bench/client.ts [--sizes 1000,5000,20000] [--seconds 2.5]
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../test/helpers/chromium';
import type { FrameCount, LoadResult, Mode } from './client-page';

const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = join(HERE, 'out');
const PAGE_DIR = join(OUT, 'client-page');
const VIEWPORT = { width: 1280, height: 800 };
const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,5000,20000' },
    seconds: { type: 'string', default: '2.5' },
  },
});
const SIZES = args.sizes.split(',').map(Number);
const GESTURE_MS = Number(args.seconds) * 1000;
const MODES: Mode[] = ['baseline', 'app'];

interface Run {
  mode: Mode;
  elements: number;
  renderer: string;
  firstFrameMs: number;
  buildMs: number;
  panFps: number;
  zoomFps: number;
  longTasks: LoadResult['longTasks'];
  pan: FrameCount;
  zoom: FrameCount;
}

/** Bundles the page entry, which imports the app's own graph setup, beside a blank page holding it. */
async function buildPage(): Promise<string> {
  mkdirSync(PAGE_DIR, { recursive: true });
  await build({
    entryPoints: [join(HERE, 'client-page.ts')],
    outfile: join(PAGE_DIR, 'bench.js'),
    bundle: true,
    format: 'iife',
    target: 'es2022',
    minify: true,
    logLevel: 'warning',
  });
  const html = `<!doctype html><meta charset="utf-8"><style>html,body{margin:0;height:100%}#cy{width:100vw;height:100vh}</style><div id="cy"></div><script src="bench.js"></script>`;
  writeFileSync(join(PAGE_DIR, 'index.html'), html);
  return pathToFileURL(join(PAGE_DIR, 'index.html')).href;
}

const fps = (count: FrameCount) => (count.frames * 1000) / count.ms;

/** One long drag from empty background, back and forth, for GESTURE_MS. */
async function pan(page: Page, box: LoadResult['box']): Promise<FrameCount> {
  // Start left of the graph when there is room, else right of it: a drag that starts on a node moves the node.
  const x = box.x1 > 40 ? box.x1 / 2 : (box.x2 + VIEWPORT.width) / 2;
  const y = VIEWPORT.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.evaluate(() => window.enlaceBench.startFrames());
  const end = Date.now() + GESTURE_MS;
  for (let step = 0; Date.now() < end; step++) {
    const phase = step % 40; // 20 steps of 8 px out, 20 back
    await page.mouse.move(
      x + 8 * (phase < 20 ? phase : 40 - phase),
      y + 4 * (phase < 20 ? phase : 40 - phase),
    );
  }
  const count = await page.evaluate(() => window.enlaceBench.stopFrames());
  await page.mouse.up();
  return count;
}

/** Wheel zooms in and out over the middle of the graph for GESTURE_MS. */
async function zoom(page: Page, box: LoadResult['box']): Promise<FrameCount> {
  await page.mouse.move((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2);
  await page.evaluate(() => window.enlaceBench.startFrames());
  const end = Date.now() + GESTURE_MS;
  for (let step = 0; Date.now() < end; step++) {
    await page.mouse.wheel(0, step % 12 < 6 ? -60 : 60);
  }
  return page.evaluate(() => window.enlaceBench.stopFrames());
}

async function measure(browser: Browser, url: string, mode: Mode, elements: number): Promise<Run> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.goto(url);
    const loaded = await page.evaluate(([m, n]) => window.enlaceBench.load(m, n), [mode, elements] as const);
    const panned = await pan(page, loaded.box);
    const zoomed = await zoom(page, loaded.box);
    return {
      mode,
      elements,
      renderer: loaded.renderer,
      firstFrameMs: loaded.firstFrameMs,
      buildMs: loaded.buildMs,
      panFps: fps(panned),
      zoomFps: fps(zoomed),
      longTasks: loaded.longTasks,
      pan: panned,
      zoom: zoomed,
    };
  } finally {
    await context.close();
  }
}

function table(runs: Run[]): string {
  const find = (mode: Mode, n: number) => runs.find((run) => run.mode === mode && run.elements === n) as Run;
  const fmt = (value: number, digits = 0) => value.toFixed(digits);
  const lines = ['| elements | figure | app | baseline | app/baseline |', '| --- | --- | --- | --- | --- |'];
  for (const n of SIZES) {
    const app = find('app', n);
    const base = find('baseline', n);
    const rows: [string, number, number, number][] = [
      ['first frame (ms)', app.firstFrameMs, base.firstFrameMs, 0],
      ['pan fps', app.panFps, base.panFps, 1],
      ['zoom fps', app.zoomFps, base.zoomFps, 1],
      ['long tasks during load (ms)', app.longTasks.totalMs, base.longTasks.totalMs, 0],
    ];
    for (const [name, a, b, digits] of rows) {
      lines.push(
        `| ${n.toLocaleString('en')} | ${name} | ${fmt(a, digits)} | ${fmt(b, digits)} | ${b > 0 ? (a / b).toFixed(2) : '-'} |`,
      );
    }
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const url = await buildPage();
  const browser = await launchChromium();
  const runs: Run[] = [];
  try {
    for (const n of SIZES) {
      for (const mode of MODES) {
        const run = await measure(browser, url, mode, n);
        process.stdout.write(
          `${mode} ${n}: first frame ${run.firstFrameMs.toFixed(0)} ms (build ${run.buildMs.toFixed(0)}), pan ${run.panFps.toFixed(1)} fps, zoom ${run.zoomFps.toFixed(1)} fps, ` +
            `long tasks ${run.longTasks.count} (${run.longTasks.totalMs.toFixed(0)} ms), renderer ${run.renderer}, renders/viewport changes pan ${run.pan.renders}/${run.pan.viewports} zoom ${run.zoom.renders}/${run.zoom.viewports}\n`,
        );
        runs.push(run);
      }
    }
  } finally {
    await browser.close();
  }
  process.stdout.write(`\n${table(runs)}\n`);
  mkdirSync(OUT, { recursive: true });
  writeFileSync(
    join(OUT, 'client.json'),
    `${JSON.stringify({ viewport: VIEWPORT, gestureMs: GESTURE_MS, runs }, null, 2)}\n`,
  );
  process.stdout.write(`\nwritten ${join(OUT, 'client.json')}\n`);
}

await main();
