// An entry script of its own (vite.config.ts names it in index.html), which a desktop's page loads `async` when its
// first chart is on screen at once (org.mtad.ui.FirstChartPreloads): it draws that chart into the first paint
// (first-paint-chart.js) as soon as this script, the chart library and the style sheets are in. Such a page names
// the client's entry script here (data-client) instead of loading it itself: this script starts the client once the
// chart is drawn and painted, so that the client's start-up (80-110 ms of script) no longer runs first while the
// chart waits. If this script fails to load, the page's fallback (FirstChartPreloads) starts the client instead.
import ApexCharts from 'apexcharts';
import { libraryLoaded } from './chart-options.js';
import { drawInFirstPaint, firstPaintSettled } from './first-paint-chart.js';

const client = document.querySelector('script[data-client]')?.dataset.client;
try {
  libraryLoaded(ApexCharts);
  drawInFirstPaint();
} finally {
  if (client) {
    firstPaintSettled().then(() => import(/* @vite-ignore */ client));
  }
}
