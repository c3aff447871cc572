// An entry script of its own (vite.config.ts names it in index.html), which a desktop's page loads `async` when its
// first chart is on screen at once (org.mtad.ui.FirstChartPreloads): it draws that chart into the first paint
// (first-paint-chart.js) as soon as this script, the chart library and the style sheets are in, rather than after the
// client's entry script, which runs only once the whole document and all of Vaadin's start-up modules are there.
import ApexCharts from 'apexcharts';
import { libraryLoaded } from './chart-options.js';
import { drawInFirstPaint } from './first-paint-chart.js';

libraryLoaded(ApexCharts);
drawInFirstPaint();
