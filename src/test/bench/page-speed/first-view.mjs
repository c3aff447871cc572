// What the browser gets and builds for the first view: the size of the Vaadin answers (?v-r=init and ?v-r=uidl)
// until the page is idle, and the number of DOM elements then (light DOM, and with the components' shadow roots),
// with the Vaadin buttons, selects and grids among them; at a desktop (1350x940) and a phone (412x823) viewport.
//   node first-view.mjs --base http://127.0.0.1:18090 --path /benchmarking
// Needs a running dashboard at --base (page-speed.sh starts one) and Chromium (CHROME_PATH, default /usr/bin/chromium).
import { chromium } from 'playwright-core';

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, a, i, all) =>
  (a.startsWith('--') ? [...pairs, [a.slice(2), all[i + 1]]] : pairs), []));
const base = args.base ?? 'http://127.0.0.1:18090';
const path = args.path ?? '/benchmarking';
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
try {
  for (const [width, height] of [[1350, 940], [412, 823]]) {
    const context = await browser.newContext({ viewport: { width, height }, locale: 'en-US' });
    const page = await context.newPage();
    const answers = [];
    page.on('response', (response) => {
      const kind = /[?&]v-r=(init|uidl)/.exec(response.url())?.[1];
      if (kind) {
        answers.push(response.body().then((body) => `${kind} ${(body.length / 1024).toFixed(1)} KB`, () => `${kind} ?`));
      }
    });
    await page.goto(base + path, { waitUntil: 'networkidle' });
    // The view is in once the first paint is gone; on a phone the first chart is below the fold and waits for a
    // scroll, so what is counted here is the page as it loads, before the visitor does anything.
    await page.waitForSelector('mtad-apex-chart', { state: 'attached', timeout: 30_000 });
    await page.waitForFunction(() => !document.getElementById('mtad-first-paint'), null, { timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    const drawn = await page.locator('mtad-apex-chart[data-rendered]').count();
    const dom = await page.evaluate(() => {
      let withShadow = 0;
      const walk = (root) => root.querySelectorAll('*').forEach((e) => { withShadow++; if (e.shadowRoot) walk(e.shadowRoot); });
      walk(document);
      const count = (selector) => document.querySelectorAll(selector).length;
      return { light: count('*'), withShadow, buttons: count('vaadin-button'), selects: count('vaadin-select'),
        grids: count('vaadin-grid'), unbuilt: count('[data-lazy]') };
    });
    console.log(`first view ${width}x${height}: ${(await Promise.all(answers)).join(', ')} | DOM ${dom.light} elements`
      + ` (${dom.withShadow} with shadow roots), ${dom.buttons} vaadin-button, ${dom.selects} vaadin-select,`
      + ` ${dom.grids} vaadin-grid, ${dom.unbuilt} sections not built yet, ${drawn} chart(s) drawn`);
    await context.close();
  }
} finally {
  await browser.close();
}
