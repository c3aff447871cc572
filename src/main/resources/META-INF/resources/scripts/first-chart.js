// Fetches the first chart's options as soon as the page is parsed, while Vaadin's client is still starting. The page
// names them in <meta name="mtad-first-chart"> (org.mtad.ui.FirstChartPreloads); the chart element (apex-chart.js)
// takes them when they are for its URL and wide enough, and fetches its own otherwise. A plain script outside the
// frontend bundle, so that it runs before the bundle does; unlike <link rel=preload>, an answer used late is no warning.
(() => {
  const meta = document.querySelector('meta[name="mtad-first-chart"]');
  if (!meta || !window.fetch) {
    return;
  }
  const url = new URL(meta.content, document.baseURI);
  window.mtadFirstChart = {
    src: meta.dataset.src,
    width: Number(url.searchParams.get('w')),
    options: fetch(url, { credentials: 'same-origin' }).then((r) => (r.ok ? r.json() : null)).catch(() => null),
  };
})();
