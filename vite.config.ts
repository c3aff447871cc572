import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { OutputChunk, Plugin, UserConfigFn } from 'vite';
import { overrideVaadinConfig } from './vite.generated';

// V8 compiles a function the first time it runs, on the main thread. The scripts a dashboard page starts with (the
// entry, Flow's client, the view's components, the chart library) run most of their code while the page loads, so
// this comment asks V8 to compile each of them whole while it downloads, off the main thread (explicit compile
// hints, Chromium 136+; other browsers ignore the comment). Lazily loaded chunks stay lazily compiled.
const COMPILE_ALL = '//# allFunctionsCalledOnLoad\n';
const RUN_ON_LOAD = /^(FlowClient|generated-flow-imports|apexcharts)[.-]/;

const compileHints: Plugin = {
  name: 'mtad-compile-hints',
  apply: 'build',
  enforce: 'post',
  // Once the files are written, and before they are compressed: until then Vite's own passes over chunks with
  // dynamic imports may replace their code.
  writeBundle: {
    order: 'pre',
    sequential: true,
    handler(options, bundle) {
      const chunks = Object.values(bundle).filter((file): file is OutputChunk => file.type === 'chunk');
      const onLoad = new Set(chunks.filter((c) => c.isEntry || RUN_ON_LOAD.test(c.fileName.split('/').pop() ?? ''))
        .flatMap((c) => [c.fileName, ...c.imports]));
      for (const chunk of chunks.filter((c) => onLoad.has(c.fileName))) {
        const file = join(options.dir ?? '', chunk.fileName);
        chunk.code = COMPILE_ALL + readFileSync(file, 'utf8');
        writeFileSync(file, chunk.code);
      }
    },
  },
};

// The first paint's chart starts from an entry script of its own (frontend/first-chart.js), which the page loads
// `async`: it runs as soon as it and the chart library are in, without waiting, as the client's entry script does, for
// the end of the document and for all of Vaadin's start-up modules.
const FIRST_CHART = 'first-chart';

const firstChartScript: Plugin = {
  name: 'mtad-first-chart-script',
  apply: 'build',
  transformIndexHtml: {
    order: 'post',
    handler(_html, { bundle }) {
      const chunk = Object.values(bundle ?? {})
        .find((file): file is OutputChunk => file.type === 'chunk' && file.isEntry && file.name === FIRST_CHART);
      if (!chunk) {
        throw new Error(`no ${FIRST_CHART} entry in the build`);
      }
      return [{ tag: 'script', attrs: { type: 'module', async: true, crossorigin: true, src: `./${chunk.fileName}` },
        injectTo: 'head' }];
    },
  },
};

const customConfig: UserConfigFn = () => ({
  plugins: [compileHints, firstChartScript],
  build: {
    rolldownOptions: {
      input: { [FIRST_CHART]: resolve(__dirname, 'frontend', 'first-chart.js') },
    },
  },
});

export default overrideVaadinConfig(customConfig);
