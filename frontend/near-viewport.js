// Tells the server when an element marked `data-lazy` comes near the viewport, by dispatching `mtad-near` on it: the
// dashboard builds its sections below the fold only then (org.mtad.ui.DashboardView). About one screen of look-ahead,
// so a section is usually built before the visitor gets there. The server removes `data-lazy` once it has built the
// element; until then the element is told again each time it comes near (e.g. after being hidden), and the server
// ignores what it has already built. Printing asks for every such element at once. While the page loads, only what
// is on screen (look-ahead.js).
import { lookAhead } from './look-ahead.js';

const AHEAD = '100% 0px';

const near = lookAhead(AHEAD, tell);

const watched = new Set();

function tell(element) {
  element.dispatchEvent(new CustomEvent('mtad-near'));
}

// Marked elements, new or no longer marked.
function update() {
  watched.forEach((element) => {
    if (!element.isConnected || !element.hasAttribute('data-lazy')) {
      near.unobserve(element);
      watched.delete(element);
    }
  });
  document.querySelectorAll('[data-lazy]').forEach((element) => {
    if (!watched.has(element)) {
      watched.add(element);
      near.observe(element);
    }
  });
}

// At most one look per frame: charts drawing their SVG change the DOM many times in a row.
let scheduled = false;
function schedule() {
  if (!scheduled) {
    scheduled = true;
    requestAnimationFrame(() => {
      scheduled = false;
      update();
    });
  }
}

new MutationObserver(schedule).observe(document.documentElement,
  { childList: true, subtree: true, attributes: true, attributeFilter: ['data-lazy'] });
update();

window.addEventListener('beforeprint', () => {
  document.querySelectorAll('[data-lazy]').forEach(tell);
});
