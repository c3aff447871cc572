// What drawing one of our charts takes, shared by the chart element (apex-chart.js) and the first paint's early
// drawing (first-paint-chart.js): the chart library, loaded on first need in its own chunk; the width to ask the
// server's options for; and the client's part of the options (formatters chosen by name through options.format, the
// page's colours, locales), since no function travels in JSON and no eval is allowed.
import en from 'apexcharts/dist/locales/en.json';
import es from 'apexcharts/dist/locales/es.json';

// Series denser than this draw no per-point markers (hovering still shows the point).
const DENSE = 150;
// Widths are sent rounded up to this, so charts of similar size share cached answers.
const WIDTH_STEP = 100;
const LOCALES = [en, es];

let apex;
export function loadApex() {
  apex ||= import('apexcharts').then((lib) => ({ ApexCharts: lib.default, locales: LOCALES }));
  return apex;
}

export function libraryRequested() {
  return apex !== undefined;
}

// The library, when a script already has it (first-chart.js imports it): no further module load to wait for.
export function libraryLoaded(ApexCharts) {
  apex ||= Promise.resolve({ ApexCharts, locales: LOCALES });
}

// Options are fetched for the chart's width rounded up, so that charts of similar size share cached answers.
export function chartWidth(element) {
  return Math.max(WIDTH_STEP, Math.ceil((element.clientWidth || WIDTH_STEP) / WIDTH_STEP) * WIDTH_STEP);
}

export const darkQuery = window.matchMedia('(prefers-color-scheme: dark)');

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

export function clientOptions(serverOptions, locales, host) {
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
