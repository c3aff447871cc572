// <mtad-apex-chart>: an ApexCharts chart whose options (JSON) the element fetches from its `src` URL when it comes
// near the viewport, or when the page is about to be printed (org.mtad.ui.chart.ApexChart sets `src`). ApexCharts
// itself is loaded on first need, in its own chunk, so a page whose charts are all off screen loads none of it.
// A later `src` redraws a chart already drawn (updateOptions); resizing is ApexCharts' own and fetches nothing.
// No eval and no inline script: formatters are chosen by name through options.format (chart-options.js).
// Part of the client's entry script (frontend/index.ts imports it). The first chart may already be drawn in the
// first paint (first-paint-chart.js); the element for its URL takes that drawing over.
import { chartWidth, clientOptions, darkQuery, loadApex } from './chart-options.js';
import { claimFirstPaintChart, drawInFirstPaint, earlyOptions, nearViewport } from './first-paint-chart.js';

async function fetchOptions(url) {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) {
    throw new Error(response.status + ' ' + response.statusText);
  }
  return response.json();
}

// Once printing was asked for, charts added later (sections built for the print) draw at once too.
let printing = false;
window.addEventListener('beforeprint', () => {
  printing = true;
  document.querySelectorAll('mtad-apex-chart').forEach((chart) => chart._wanted());
});

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
