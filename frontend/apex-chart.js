// <mtad-apex-chart>: an ApexCharts chart whose options (JSON) the element fetches from its `src` URL when it comes
// near the viewport, or when the page is about to be printed (org.mtad.ui.chart.ApexChart sets `src`). ApexCharts
// itself is loaded on first need, in its own chunk, so a page whose charts are all off screen loads none of it.
// A later `src` redraws a chart already drawn (updateOptions); resizing is ApexCharts' own and fetches nothing.
// No eval and no inline script: formatters are chosen by name through options.format.
// Part of the client's entry script (frontend/index.ts imports it), so it runs before Vaadin's init round trip: the
// first chart is drawn while the client is still starting.
import en from 'apexcharts/dist/locales/en.json';
import es from 'apexcharts/dist/locales/es.json';
import { lookAhead } from './look-ahead.js';

// Fetch and draw a little before a chart scrolls into view, so it is there when the visitor arrives.
const AHEAD = '400px 0px';
// Series denser than this draw no per-point markers (hovering still shows the point).
const DENSE = 150;
// Widths are sent rounded up to this, so charts of similar size share cached answers.
const WIDTH_STEP = 100;
const LOCALES = [en, es];

// The first chart's options, when the page names them (<meta name="mtad-first-chart">, org.mtad.ui.FirstChartPreloads).
// The page preloads that URL, so this fetch takes the answer already on its way; fetching it here, at once, also
// means the preload is always used. Taken once: by the first paint's drawing or by the chart element for that URL.
const firstChartMeta = document.querySelector('meta[name="mtad-first-chart"]');
let firstChart = (() => {
  if (!firstChartMeta) {
    return undefined;
  }
  const url = new URL(firstChartMeta.content, document.baseURI);
  return {
    src: firstChartMeta.dataset.src,
    width: Number(url.searchParams.get('w')),
    options: fetch(url, { credentials: 'same-origin' }).then((r) => (r.ok ? r.json() : null)).catch(() => null),
  };
})();

// The first chart's options when they are for this URL and at least as wide as the chart needs; taken once.
function earlyOptions(src, width) {
  const early = firstChart;
  if (!early || early.src !== src || !(early.width >= width)) {
    return undefined;
  }
  firstChart = undefined;
  return early.options;
}

async function fetchOptions(url) {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) {
    throw new Error(response.status + ' ' + response.statusText);
  }
  return response.json();
}

let apex;
function loadApex() {
  apex ||= import('apexcharts').then((lib) => ({ ApexCharts: lib.default, locales: LOCALES }));
  return apex;
}

const nearViewport = lookAhead(AHEAD, (element) => element._wanted());

// A phone's page names the chart library when its first chart is below the fold (org.mtad.ui.FirstChartPreloads):
// nothing draws while the page loads, so the library is only fetched, into the browser's cache, once the page has
// loaded and the browser is idle; the first scroll then finds it there.
const library = firstChartMeta?.dataset.library;
if (library) {
  const whenIdle = window.requestIdleCallback || ((task) => setTimeout(task, 1));
  const fetchLibrary = () => whenIdle(() => {
    if (!apex) {
      fetch(library, { credentials: 'same-origin' }).then((r) => r.arrayBuffer()).catch(() => undefined);
    }
  });
  if (document.readyState === 'complete') {
    fetchLibrary();
  } else {
    window.addEventListener('load', fetchLibrary, { once: true });
  }
}

// Options are fetched for the chart's width rounded up, so that charts of similar size share cached answers.
function chartWidth(element) {
  return Math.max(WIDTH_STEP, Math.ceil((element.clientWidth || WIDTH_STEP) / WIDTH_STEP) * WIDTH_STEP);
}

// The first paint (org.mtad.ui.FirstPaint) keeps the first chart's place. The chart is drawn there, once near the
// viewport, from the options fetched early (firstChart above), without waiting for the client's round trips.
// The chart element for the same URL claims it when it connects, before the first paint goes: it moves the chart's
// container into itself (a drawing in progress goes on there) and keeps the chart instead of drawing it again.
let firstPaintChart;
function drawInFirstPaint() {
  const place = document.querySelector('#mtad-first-paint [data-first-chart]');
  const early = firstChart;
  if (!place || !early || early.src !== place.dataset.firstChart || !(early.width >= chartWidth(place))) {
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
    nearViewport.observe(place);
  }).then(() => Promise.all([early.options, loadApex()])).then(async ([options, { ApexCharts, locales }]) => {
    if (!options || !container.isConnected) {
      return null;
    }
    const chart = new ApexCharts(container, clientOptions(options, locales, place));
    await chart.render();
    return { chart, options, src: early.src };
  }).catch(() => null);
  firstPaintChart = taken;
}

// The first paint's chart for this URL, claimed once.
function claimFirstPaintChart(src) {
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

// Once printing was asked for, charts added later (sections built for the print) draw at once too.
let printing = false;
window.addEventListener('beforeprint', () => {
  printing = true;
  document.querySelectorAll('mtad-apex-chart').forEach((chart) => chart._wanted());
});

const darkQuery = window.matchMedia('(prefers-color-scheme: dark)');

function fixed(decimals) {
  return (v) => (v === null || v === undefined || Number.isNaN(v) ? '' : Number(v).toFixed(decimals));
}

// Ticks of a log10 axis shown as the original value (e.g. 12 rather than 1.08).
function fromLog10(decimals) {
  return (v) => (v === null || v === undefined ? '' : Number(Math.pow(10, v)).toFixed(decimals));
}

function pointLabel(fallback) {
  return (value, ctx) => {
    const point = ctx && ctx.w ? ctx.w.config.series[ctx.seriesIndex]?.data?.[ctx.dataPointIndex] : undefined;
    return point && point.label ? point.label : fallback(value);
  };
}

// Markers only where points are few enough to tell apart; sizes may be one number or one per series.
function sparseMarkers(markers, series) {
  if (!markers || !Array.isArray(series)) {
    return markers;
  }
  const sizes = series.map((s, i) => {
    const size = Array.isArray(markers.size) ? (markers.size[i] ?? 0) : markers.size;
    return s.type !== 'scatter' && (s.data?.length ?? 0) > DENSE ? 0 : size;
  });
  return { ...markers, size: sizes };
}

function clientOptions(serverOptions, locales, host) {
  const o = structuredClone(serverOptions);
  const format = o.format || {};
  delete o.format;
  const dark = darkQuery.matches;
  o.chart = o.chart || {};
  // The page's own background (not transparent) so that a downloaded PNG stays readable in the dark theme too.
  const page = getComputedStyle(document.body).backgroundColor;
  o.chart.background = page && page !== 'rgba(0, 0, 0, 0)' ? page : 'transparent';
  o.chart.foreColor = getComputedStyle(host).color;
  o.chart.fontFamily = 'inherit';
  o.chart.locales = locales;
  o.chart.animations = { enabled: false };
  o.chart.redrawOnWindowResize = true;
  o.chart.redrawOnParentResize = true;
  if (o.markers) {
    o.markers = sparseMarkers(o.markers, o.series);
  }
  o.chart.defaultLocale = o.chart.defaultLocale === 'es' ? 'es' : 'en';
  o.chart.events = {
    // To the element that holds the chart now: a chart drawn in the first paint changes hands.
    dataPointSelection: (event, ctx, config) => {
      ctx.el.closest('mtad-apex-chart')?.dispatchEvent(new CustomEvent('mtad-point-select', {
        detail: { seriesIndex: config.seriesIndex, dataPointIndex: config.dataPointIndex },
      }));
    },
  };
  o.theme = { ...(o.theme || {}), mode: dark ? 'dark' : 'light' };
  o.tooltip = { ...(o.tooltip || {}), theme: dark ? 'dark' : 'light' };
  if (Array.isArray(o.series) && o.series.some((s) => s.type === 'scatter')) {
    o.tooltip.shared = false;
    o.tooltip.intersect = true;
  }
  const yFormat = format.yDecimals !== undefined ? fixed(format.yDecimals)
    : (format.dataLabelDecimals !== undefined ? fixed(format.dataLabelDecimals) : undefined);
  const categoryY = o.chart.type === 'heatmap';
  if (yFormat) {
    const axes = Array.isArray(o.yaxis) ? o.yaxis : [o.yaxis || {}];
    if (categoryY) {
      o.yaxis = { labels: { maxWidth: 220 } };
    } else {
      axes.forEach((axis) => { axis.labels = { ...(axis.labels || {}), formatter: yFormat }; });
      o.yaxis = axes;
    }
    o.tooltip.y = { formatter: yFormat };
  }
  if (format.xLog10Decimals !== undefined) {
    o.xaxis = o.xaxis || {};
    o.xaxis.labels = { ...(o.xaxis.labels || {}), formatter: fromLog10(format.xLog10Decimals) };
    o.tooltip.x = { formatter: fromLog10(format.xLog10Decimals) };
  } else if (format.xDecimals !== undefined) {
    o.xaxis = o.xaxis || {};
    o.xaxis.labels = { ...(o.xaxis.labels || {}), formatter: fixed(format.xDecimals) };
  }
  if (format.pointLabels) {
    o.tooltip.x = { formatter: pointLabel(o.tooltip.x?.formatter || ((v) => v)) };
  }
  if (format.dataLabelPointLabels) {
    o.dataLabels = {
      ...(o.dataLabels || {}), enabled: true,
      formatter: (v, ctx) => ctx.w.config.series[ctx.seriesIndex]?.data?.[ctx.dataPointIndex]?.label ?? '',
    };
  }
  if (format.dataLabelSeries) {
    o.dataLabels = { ...(o.dataLabels || {}), enabledOnSeries: format.dataLabelSeries };
  }
  if (format.dataLabelDecimals !== undefined) {
    o.dataLabels = { ...(o.dataLabels || {}), enabled: true, formatter: fixed(format.dataLabelDecimals) };
    if (o.chart.type === 'heatmap') {
      o.dataLabels.style = { colors: ['#111111'], fontSize: '13px' };
    }
  }
  return o;
}

class MtadApexChart extends HTMLElement {
  constructor() {
    super();
    this._src = '';
    this._options = null;
    this._chart = null;
    this._wantedOnce = false;
    this._loading = 0;
    this._onScheme = () => this._render();
  }

  set src(value) {
    const next = value || '';
    if (next === this._src) {
      return;
    }
    this._src = next;
    this._claimFirstPaint();
    // Drawn or at least once near the viewport: fetch the new state now; otherwise when it comes into view.
    if (this._chart || this._wantedOnce) {
      this._load();
    }
  }

  get src() {
    return this._src;
  }

  connectedCallback() {
    if (!this._container) {
      this._container = document.createElement('div');
      this.appendChild(this._container);
    }
    darkQuery.addEventListener('change', this._onScheme);
    nearViewport.observe(this);
    this._claimFirstPaint();
    if (printing) {
      this._wanted();
    }
  }

  _claimFirstPaint() {
    if (!this._container || !this.isConnected || this._chart || this._claimed) {
      return;
    }
    const claimed = claimFirstPaintChart(this._src);
    if (!claimed) {
      return;
    }
    this._claimed = claimed;
    // The same box without the first paint's look (its background); the chart inside keeps its size.
    claimed.container.removeAttribute('class');
    this._container.replaceWith(claimed.container);
    this._container = claimed.container;
    if (claimed.started) {
      // Drawn, or being drawn, where the visitor already sees it.
      this._firstPaintDrawing = claimed.drawn;
      this._wantedOnce = true;
      this._load();
    }
  }

  disconnectedCallback() {
    darkQuery.removeEventListener('change', this._onScheme);
    nearViewport.unobserve(this);
    // Moved (detached and attached again in one go, as the client does while it builds the view): the chart stays.
    // Still detached a moment later: it goes, and is drawn again when it comes into view, from the options it has.
    setTimeout(() => {
      if (this.isConnected) {
        return;
      }
      if (this._chart) {
        this._chart.destroy();
        this._chart = null;
      }
      this._wantedOnce = false;
    });
  }

  _wanted() {
    if (this._wantedOnce) {
      return;
    }
    this._wantedOnce = true;
    if (this._options && this._loadedSrc === this._src) {
      this._render();
    } else {
      this._load();
    }
  }

  async _load() {
    if (!this._src) {
      return;
    }
    const src = this._src;
    const ticket = ++this._loading;
    const width = chartWidth(this);
    const url = src + (src.includes('?') ? '&' : '?') + 'w=' + width;
    const claimed = this._claimed;
    this._claimed = undefined;
    const early = claimed && claimed.src === src ? claimed.options : earlyOptions(src, width);
    try {
      if (this._firstPaintDrawing) {
        // One container, one chart: a later load waits for the first paint's drawing too, and then updates it.
        const drawn = await this._firstPaintDrawing;
        this._firstPaintDrawing = undefined;
        if (drawn && !this._chart && this.isConnected) {
          this._chart = drawn.chart;
          this._options = drawn.options;
          this._loadedSrc = drawn.src;
        } else if (drawn && drawn.chart !== this._chart) {
          drawn.chart.destroy();
        }
      }
      if (this._chart && this._loadedSrc === src) {
        if (ticket === this._loading) {
          this._markRendered();
        }
        return;
      }
      const [options] = await Promise.all([
        early ? early.then((o) => o ?? fetchOptions(url)) : fetchOptions(url), loadApex()]);
      if (ticket === this._loading) {
        this._options = options;
        this._loadedSrc = src;
        await this._render();
      }
    } catch (e) {
      if (ticket === this._loading) {
        this.setAttribute('data-error', String(e.message || e));
      }
    }
  }

  async _render() {
    if (!this.isConnected || !this._options || !this._container) {
      return;
    }
    const { ApexCharts, locales } = await loadApex();
    const options = clientOptions(this._options, locales, this);
    this.removeAttribute('data-error');
    if (this._chart) {
      await this._chart.updateOptions(options, false, false);
      this._markRendered();
    } else {
      this._chart = new ApexCharts(this._container, options);
      await this._chart.render();
      this._markRendered();
    }
  }

  _markRendered() {
    this.setAttribute('data-rendered', String((Number(this.getAttribute('data-rendered')) || 0) + 1));
  }
}

customElements.define('mtad-apex-chart', MtadApexChart);

drawInFirstPaint();
