// Page-speed benchmark: Lighthouse (desktop and mobile presets) and the time to the first drawn chart, measured
// against a static page that draws the same ApexCharts chart from inline JSON (the floor: no framework, no server),
// each arriving from a page of another site and from a blank tab (ARRIVALS, below).
//   node page-speed.mjs --base http://127.0.0.1:18090 --path /benchmarking [--runs 3] [--chart-runs 9] [--warm-runs 5]
//     [--compare-base http://127.0.0.1:18091]
// Needs a running dashboard at --base (page-speed.sh starts one) and Chromium (CHROME_PATH, default /usr/bin/chromium).
// --compare-base: a second dashboard (e.g. another build) timed in the same first-chart rounds, taking turns with the
// first and the static page (each round starting with the next), so that the machine's noise hits all three alike.
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const run = promisify(execFile);
const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, a, i, all) =>
  (a.startsWith('--') ? [...pairs, [a.slice(2), all[i + 1]]] : pairs), []));
const base = args.base ?? 'http://127.0.0.1:18090';
const path = args.path ?? '/benchmarking';
const runs = Number(args.runs ?? 3);
const chartRuns = Number(args['chart-runs'] ?? 9);
const warmRuns = Number(args['warm-runs'] ?? 5);
const compareBase = args['compare-base'];
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const chromeFlags = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const fmt = (x, d = 0) => (x === null || x === undefined ? 'n/a' : Number(x).toFixed(d));

async function lighthouse(url, preset) {
  const dir = await mkdtemp(join(tmpdir(), 'mtad-lh-'));
  const out = join(dir, 'lh.json');
  const cli = join(here, 'node_modules', 'lighthouse', 'cli', 'index.js');
  const flags = [cli, url, '--output=json', `--output-path=${out}`, '--quiet',
    `--chrome-flags=${chromeFlags.join(' ')}`, '--only-categories=performance,accessibility,best-practices,seo'];
  if (preset === 'desktop') {
    flags.push('--preset=desktop');
  }
  try {
    await run(process.execPath, flags, { env: { ...process.env, CHROME_PATH: chromePath }, maxBuffer: 1 << 26 });
    const lhr = JSON.parse(await readFile(out, 'utf8'));
    if (process.env.PAGE_SPEED_KEEP) {
      await mkdir(process.env.PAGE_SPEED_KEEP, { recursive: true });
      await copyFile(out, join(process.env.PAGE_SPEED_KEEP, `${preset}-${Date.now()}.json`));
    }
    const score = (c) => Math.round((lhr.categories[c]?.score ?? NaN) * 100);
    const audit = (a) => lhr.audits[a]?.numericValue;
    const console = (lhr.audits['errors-in-console']?.details?.items ?? []).map((i) => i.description);
    return {
      performance: score('performance'), accessibility: score('accessibility'),
      bestPractices: score('best-practices'), seo: score('seo'),
      tbt: audit('total-blocking-time'), lcp: audit('largest-contentful-paint'), fcp: audit('first-contentful-paint'),
      cls: audit('cumulative-layout-shift'), bootup: audit('bootup-time'), mainThread: audit('mainthread-work-breakdown'),
      dom: audit('dom-size'), bytes: audit('total-byte-weight'), console,
      failed: Object.values(lhr.audits).filter((a) => a.score !== null && a.score < 0.9
        && ['binary', 'numeric'].includes(a.scoreDisplayMode)).map((a) => a.id),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

// Records performance.now() (ms since navigation start) when the first chart has drawn its series, and when the view's
// chart element holds a drawn chart (the client has built the view and taken the chart over), and says so on the
// console. Waiting for those console messages, rather than polling with waitForFunction, adds no work to the page:
// Playwright's polling evaluates its injected script in the page (a 34-92 ms task on the dashboard's main thread
// while it loaded, in a Chromium trace).
const firstChartProbe = () => {
  const seen = () => document.querySelector('.apexcharts-canvas .apexcharts-series');
  const observer = new MutationObserver(() => {
    if (window.__firstChart === undefined && seen()) {
      window.__firstChart = performance.now();
      console.debug('page-speed:first-chart');
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
  const view = new MutationObserver(() => {
    if (window.__view === undefined && document.querySelector('mtad-apex-chart[data-rendered]')) {
      window.__view = performance.now();
      console.debug('page-speed:view');
      view.disconnect();
    }
  });
  view.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-rendered'] });
};

// How the tab comes to the page. "link": the tab first shows a page of another site, as when a visitor follows a link
// or a search result; Chromium then starts the page in a new renderer process, whatever its headers. "blank": a fresh
// tab's about:blank, whose renderer Chromium can reuse for a page without Cross-Origin-Opener-Policy but not for one
// with it (the dashboard sends "same-origin"). The same static page with that one header took 30-100 ms longer from a
// blank tab on this machine, and no longer from another site: "blank" charges the dashboard for a security header
// that a visitor coming from elsewhere does not pay. It is the earlier rounds' method, kept for comparison.
const ARRIVALS = ['link', 'blank'];

// { chart, view } in ms since navigation start; view is undefined for a page without a dashboard view.
async function timeFirstChart(browser, url, withView, arrival, elsewhere) {
  const context = await browser.newContext({ viewport: { width: 1350, height: 940 } });
  try {
    const page = await context.newPage();
    if (arrival === 'link') {
      await page.goto(elsewhere);
    }
    await page.addInitScript(firstChartProbe);
    const said = (text) => page.waitForEvent('console', { predicate: (m) => m.text() === text, timeout: 30000 });
    const drawn = said('page-speed:first-chart');
    const viewDrawn = withView ? said('page-speed:view') : null;
    await page.goto(url, { waitUntil: 'commit' });
    await drawn;
    if (viewDrawn) {
      await viewDrawn;
    }
    return await page.evaluate(() => ({ chart: window.__firstChart, view: window.__view }));
  } finally {
    await context.close();
  }
}

// The options the dashboard's first chart was drawn from, as its <mtad-apex-chart> element holds them.
async function firstChartOptions(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1350, height: 940 } });
  try {
    const page = await context.newPage();
    await page.goto(url);
    // The chart element's, not the first paint's copy (which the element takes over once the view is in).
    await page.waitForSelector('mtad-apex-chart .apexcharts-canvas .apexcharts-series', { timeout: 30000 });
    return await page.evaluate(() => {
      const element = document.querySelector('mtad-apex-chart .apexcharts-canvas').closest('mtad-apex-chart');
      // The server's options as the element fetched them (before its client-side formatters were added).
      return element._options ?? element.options;
    });
  } finally {
    await context.close();
  }
}

async function staticFloor(options) {
  const library = await readFile(join(here, 'node_modules', 'apexcharts', 'dist', 'apexcharts.min.js'));
  const chart = structuredClone(options);
  delete chart.format;
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Static chart</title>
<script src="/apexcharts.min.js"></script></head><body><div id="chart"></div>
<script>new ApexCharts(document.getElementById('chart'), ${JSON.stringify(chart)}).render();</script></body></html>`;
  const server = createServer((req, res) => {
    if (req.url === '/apexcharts.min.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' }).end(library);
    } else if (req.url === '/elsewhere') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end('<!doctype html><html lang="en"><title>Elsewhere</title><p>Another site.</p></html>');
    } else {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = server.address().port;
  // The page the "link" arrival comes from: same server, another site (localhost is not 127.0.0.1's site).
  const elsewhere = (host) => `http://${host === 'localhost' ? '127.0.0.1' : 'localhost'}:${port}/elsewhere`;
  return { url: `http://127.0.0.1:${port}/`, elsewhere, close: () => server.close() };
}

const url = base + path;
console.log(`page-speed: ${url} (Lighthouse ${runs} run(s) per preset, first chart ${chartRuns} run(s))`);
for (const preset of (process.env.PAGE_SPEED_PRESETS ?? 'desktop mobile').split(/\s+/).filter(Boolean)) {
  const results = [];
  for (let i = 0; i < runs; i++) {
    // A loaded machine sometimes loses Lighthouse's trace (NO_NAVSTART): such a run is repeated, up to twice.
    for (let attempt = 1; ; attempt++) {
      try {
        results.push(await lighthouse(url, preset));
        break;
      } catch (e) {
        if (attempt === 3) {
          throw e;
        }
        console.log(`  lighthouse ${preset}: run failed (${String(e.stderr || e.message).trim().split('\n').pop()}), again`);
      }
    }
  }
  const m = (k) => median(results.map((r) => r[k]));
  console.log(`lighthouse ${preset}: performance ${fmt(m('performance'))}, accessibility ${fmt(m('accessibility'))}, `
    + `best practices ${fmt(m('bestPractices'))}, SEO ${fmt(m('seo'))} | TBT ${fmt(m('tbt'))} ms, `
    + `FCP ${fmt(m('fcp'))} ms, LCP ${fmt(m('lcp'))} ms, CLS ${fmt(m('cls'), 3)}, script bootup ${fmt(m('bootup'))} ms, `
    + `main thread ${fmt(m('mainThread'))} ms, DOM ${fmt(m('dom'))} elements, ${fmt(m('bytes') / 1024)} KiB `
    + `(medians of ${runs}; scores per run: ${results.map((r) => r.performance).join(', ')})`);
  const last = results[results.length - 1];
  console.log(`  console errors: ${last.console.length ? last.console.join(' | ') : 'none'}`);
  console.log(`  audits below 0.9: ${last.failed.length ? last.failed.join(', ') : 'none'}`);
}

const browser = await chromium.launch({ executablePath: chromePath, args: chromeFlags.slice(1) });
try {
  const options = await firstChartOptions(browser, url);
  const floor = await staticFloor(options);
  try {
    const elsewhere = floor.elsewhere(new URL(url).hostname);
    const times = () => Object.fromEntries(ARRIVALS.map((a) => [a, []]));
    const dashboards = [url, ...(compareBase ? [compareBase + path] : [])].map((u) => ({ url: u, times: times() }));
    const plain = times();
    // Take turns, so that machine noise hits all pages alike, and start each round with the next page: the page
    // timed right after another was 30-60 ms slower for its place alone. The first rounds warm up: a server that has
    // answered a few browsers (its JIT has compiled the static-file and chart paths), not one that has only served curl.
    const pages = [...dashboards, { url: floor.url, times: plain, plain: true }];
    for (let i = 0; i < warmRuns + chartRuns; i++) {
      for (const arrival of ARRIVALS) {
        for (let k = 0; k < pages.length; k++) {
          const page = pages[(i + k) % pages.length];
          const t = await timeFirstChart(browser, page.url, !page.plain, arrival, elsewhere);
          if (i >= warmRuns) {
            page.times[arrival].push(page.plain ? t.chart : t);
          }
        }
      }
    }
    for (const arrival of ARRIVALS) {
      const floorTimes = plain[arrival];
      const how = arrival === 'link' ? 'arriving from another site' : 'from a blank tab (earlier rounds\' method)';
      for (const { url: page, times: all } of dashboards) {
        const chart = all[arrival].map((t) => t.chart);
        const view = all[arrival].map((t) => t.view);
        console.log(`first chart, ${how}: dashboard${dashboards.length > 1 ? ' ' + page : ''} ${fmt(median(chart))} ms `
          + `(min ${fmt(Math.min(...chart))}, max ${fmt(Math.max(...chart))}), static ApexCharts page `
          + `${fmt(median(floorTimes))} ms (min ${fmt(Math.min(...floorTimes))}, max ${fmt(Math.max(...floorTimes))}), `
          + `ratio ${fmt(median(chart) / median(floorTimes), 2)}; view with its chart ${fmt(median(view))} ms `
          + `(medians of ${chartRuns} after ${warmRuns} warm-up rounds, fresh browser context each)`);
      }
      if (dashboards.length > 1) {
        const d = dashboards[0].times[arrival].map((t, r) => t.chart - dashboards[1].times[arrival][r].chart);
        console.log(`  per round, ${dashboards[0].url} minus ${dashboards[1].url}: median ${fmt(median(d))} ms, `
          + `sooner in ${d.filter((x) => x < 0).length} of ${d.length}`);
      }
    }
  } finally {
    floor.close();
  }
} finally {
  await browser.close();
}
