// <mtad-apex-chart>: renders ApexCharts from a JSON `options` property set by the server
// (org.mtad.ui.chart.ApexChart). Later changes update the existing chart instead of re-creating it.
// No eval and no inline script: formatters are chosen by name through options.format.
import ApexCharts from 'apexcharts';
import en from 'apexcharts/dist/locales/en.json';
import es from 'apexcharts/dist/locales/es.json';

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

class MtadApexChart extends HTMLElement {
  constructor() {
    super();
    this._options = null;
    this._chart = null;
    this._onScheme = () => this._render();
  }

  set options(value) {
    if (value === this._options) {
      return;
    }
    this._options = value;
    this._render();
  }

  get options() {
    return this._options;
  }

  set series(value) {
    if (this._options) {
      this._options = { ...this._options, series: value };
    }
    if (this._chart) {
      this._chart.updateSeries(value, false);
      this._markRendered();
    } else {
      this._render();
    }
  }

  connectedCallback() {
    if (!this._container) {
      this._container = document.createElement('div');
      this.appendChild(this._container);
    }
    darkQuery.addEventListener('change', this._onScheme);
    this._render();
  }

  disconnectedCallback() {
    darkQuery.removeEventListener('change', this._onScheme);
    if (this._chart) {
      this._chart.destroy();
      this._chart = null;
    }
  }

  _render() {
    if (!this.isConnected || !this._options || !this._container) {
      return;
    }
    const options = this._clientOptions(this._options);
    if (this._chart) {
      this._chart.updateOptions(options, false, false);
      this._markRendered();
    } else {
      this._chart = new ApexCharts(this._container, options);
      this._chart.render().then(() => this._markRendered());
    }
  }

  _markRendered() {
    this.setAttribute('data-rendered', String((Number(this.getAttribute('data-rendered')) || 0) + 1));
  }

  _clientOptions(serverOptions) {
    const o = structuredClone(serverOptions);
    const format = o.format || {};
    delete o.format;
    const dark = darkQuery.matches;
    o.chart = o.chart || {};
    // The page's own background (not transparent) so that a downloaded PNG stays readable in the dark theme too.
    const page = getComputedStyle(document.body).backgroundColor;
    o.chart.background = page && page !== 'rgba(0, 0, 0, 0)' ? page : 'transparent';
    o.chart.foreColor = getComputedStyle(this).color;
    o.chart.fontFamily = 'inherit';
    o.chart.locales = [en, es];
    o.chart.defaultLocale = o.chart.defaultLocale === 'es' ? 'es' : 'en';
    o.chart.events = {
      dataPointSelection: (event, ctx, config) => {
        this.dispatchEvent(new CustomEvent('mtad-point-select', {
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
}

customElements.define('mtad-apex-chart', MtadApexChart);
