// The first chart, drawn into the first paint (org.mtad.ui.FirstPaint) before Vaadin's client has built the view:
// from options the page preloads (<meta name="mtad-first-chart">, org.mtad.ui.FirstChartPreloads), once the page is
// parsed, its style sheets are in and the chart's place is on screen. The chart element for the same URL
// (apex-chart.js) claims the drawing when it connects and keeps it instead of drawing again.
// On a desktop, first-chart.js starts it: an entry script of its own that the page loads `async`, so the drawing
// waits neither for the client's scripts nor for the end of the document. The client's entry starts it too, for the
// pages without that script (a phone's, whose first chart waits for a scroll).
import { chartWidth, clientOptions, libraryRequested, loadApex } from './chart-options.js';
import { isOnScreen, lookAhead } from './look-ahead.js';

// Fetch and draw a little before a chart scrolls into view, so it is there when the visitor arrives. One observer for
// the first paint's place and the chart elements (apex-chart.js): each tells the element it reports that it is wanted.
const AHEAD = '400px 0px';
export const nearViewport = lookAhead(AHEAD, (element) => element._wanted());

// The first chart's options, when the page names them (read once the document is parsed: a module loaded `async`
// may run before the parser reaches the meta). The page preloads that URL, so this fetch takes the answer already on
// its way; fetching it as soon as the page is parsed also means the preload is always used. Taken once: by the first
// paint's drawing or by the chart element for that URL.
let firstChart;
let metaRead = false;
function namedFirstChart() {
  if (!metaRead) {
    metaRead = true;
    const meta = document.querySelector('meta[name="mtad-first-chart"]');
    if (meta) {
      const url = new URL(meta.content, document.baseURI);
      firstChart = {
        src: meta.dataset.src,
        width: Number(url.searchParams.get('w')),
        options: fetch(url, { credentials: 'same-origin' }).then((r) => (r.ok ? r.json() : null)).catch(() => null),
      };
      fetchLibraryWhenIdle(meta.dataset.library);
    }
  }
  return firstChart;
}

// The first chart's options when they are for this URL and at least as wide as the chart needs; taken once.
export function earlyOptions(src, width) {
  const early = namedFirstChart();
  if (!early || early.src !== src || !(early.width >= width)) {
    return undefined;
  }
  firstChart = undefined;
  return early.options;
}

// A phone's page names the chart library when its first chart is below the fold (org.mtad.ui.FirstChartPreloads):
// nothing draws while the page loads, so the library is only fetched, into the browser's cache, once the page has
// loaded and the browser is idle; the first scroll then finds it there.
function fetchLibraryWhenIdle(library) {
  if (!library) {
    return;
  }
  const whenIdle = window.requestIdleCallback || ((task) => setTimeout(task, 1));
  const fetchLibrary = () => whenIdle(() => {
    if (!libraryRequested()) {
      fetch(library, { credentials: 'same-origin' }).then((r) => r.arrayBuffer()).catch(() => undefined);
    }
  });
  if (document.readyState === 'complete') {
    fetchLibrary();
  } else {
    window.addEventListener('load', fetchLibrary, { once: true });
  }
}

// Once the document is parsed (the first paint is all there) and its style sheets are in (the place has its size):
// a module loaded `async` may run before either.
function pageReady() {
  const parsed = document.readyState !== 'loading' ? Promise.resolve()
    : new Promise((resolve) => document.addEventListener('readystatechange', resolve, { once: true }));
  return parsed.then(() => Promise.all([...document.querySelectorAll('link[rel="stylesheet"]')]
    .filter((link) => !link.sheet).map(styleSheetDone)));
}

// A style sheet's load or failure; or, for one that failed before anyone listened, the page's load.
function styleSheetDone(link) {
  if (document.readyState === 'complete') {
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    link.addEventListener('load', resolve, { once: true });
    link.addEventListener('error', resolve, { once: true });
    window.addEventListener('load', resolve, { once: true });
  });
}

let begun = false;
let firstPaintChart;
let settle;
// Once the first paint's chart is drawn, or it is clear that it will not be drawn while the page loads.
const settled = new Promise((resolve) => {
  settle = resolve;
});

// The most the client's start waits for the first paint's chart (options that never arrive).
const CLIENT_WAIT_MS = 2000;

// Once the first paint's chart is drawn and painted, or will not be drawn now; at most CLIENT_WAIT_MS.
export function firstPaintSettled() {
  const painted = settled.then(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))));
  return Promise.race([painted, new Promise((resolve) => setTimeout(resolve, CLIENT_WAIT_MS))]);
}

// Draws the first chart in the first paint once it is near the viewport; the first call starts it, later ones do
// nothing.
export function drawInFirstPaint() {
  if (begun) {
    return;
  }
  begun = true;
  pageReady().then(startDrawing).catch(settle);
}

function startDrawing() {
  const early = namedFirstChart();
  const place = document.querySelector('#mtad-first-paint [data-first-chart]');
  if (!place || !early || early.src !== place.dataset.firstChart || !(early.width >= chartWidth(place))) {
    settle();
    return;
  }
  firstChart = undefined;
  const container = document.createElement('div');
  place.appendChild(container);
  // The element takes the place itself, not only the chart's container: ApexCharts watches the size of the
  // container's parent (redrawOnParentResize), and a parent left behind in the removed first paint would shrink to
  // nothing and have the chart drawn again.
  const taken = { src: early.src, options: early.options, container: place, started: false, cancelled: false };
  taken.drawn = new Promise((near) => {
    place._wanted = () => {
      nearViewport.unobserve(place);
      if (!taken.cancelled) {
        taken.started = true;
        near();
      }
    };
    if (isOnScreen(place)) {
      // Drawn now rather than after the next frame, when the observer would first report it.
      place._wanted();
    } else {
      nearViewport.observe(place);
      settle();
    }
  }).then(() => Promise.all([early.options, loadApex()])).then(async ([options, { ApexCharts, locales }]) => {
    if (!options || !container.isConnected) {
      return null;
    }
    const chart = new ApexCharts(container, clientOptions(options, locales, place));
    await chart.render();
    return { chart, options, src: early.src };
  }).catch(() => null);
  taken.drawn.then(settle);
  firstPaintChart = taken;
}

// The first paint's chart for this URL, claimed once.
export function claimFirstPaintChart(src) {
  const taken = firstPaintChart;
  if (!taken || taken.src !== src) {
    return undefined;
  }
  firstPaintChart = undefined;
  // Not begun: the first paint is about to go, so the element draws it when it is near, from the same options.
  taken.cancelled = !taken.started;
  if (taken.cancelled) {
    nearViewport.unobserve(taken.container);
  }
  return taken;
}
