// What lies below the fold (a chart to draw, a section to build) is done a little ahead of the visitor, so that it is
// there when they scroll to it. Not while the page loads, though: until the visitor first scrolls (or the window
// changes size), only what is on screen is done. Loading is the busiest time for a phone's main thread, and the rest
// can wait until the visitor shows they are going there.

// A box counts as on screen when this much of it is in the viewport, or all of it when it is smaller.
const ON_SCREEN = 100;

let moved = false;
// Elements near the viewport but not on screen, with what to do for each once the visitor moves.
const waiting = new Map();

// Whether an element is on screen now (it forces a layout when the page has none yet).
export function isOnScreen(element) {
  return onScreen(element.getBoundingClientRect());
}

function onScreen(box) {
  const seen = Math.min(box.bottom, window.innerHeight) - Math.max(box.top, 0);
  return seen >= Math.min(ON_SCREEN, box.height) && box.right > 0 && box.left < window.innerWidth;
}

function visitorMoved() {
  if (moved) {
    return;
  }
  moved = true;
  const due = [...waiting];
  waiting.clear();
  due.forEach(([element, near]) => element.isConnected && near(element));
}

window.addEventListener('scroll', visitorMoved, { passive: true, once: true });
// Only a real change of size: phones fire resize events while a page loads with the size unchanged.
const size = [window.innerWidth, window.innerHeight];
window.addEventListener('resize', () => {
  if (window.innerWidth !== size[0] || window.innerHeight !== size[1]) {
    visitorMoved();
  }
}, { passive: true });

// Calls near(element) when an observed element comes within `margin` of the viewport (an IntersectionObserver
// rootMargin), or, before the visitor has moved, only when it is on screen.
export function lookAhead(margin, near) {
  const observer = new IntersectionObserver((entries) => {
    entries.forEach((entry) => {
      if (!entry.isIntersecting) {
        waiting.delete(entry.target);
      } else if (moved || onScreen(entry.boundingClientRect)) {
        waiting.delete(entry.target);
        near(entry.target);
      } else {
        waiting.set(entry.target, near);
      }
    });
  }, { rootMargin: margin });
  return {
    observe: (element) => observer.observe(element),
    unobserve: (element) => {
      observer.unobserve(element);
      waiting.delete(element);
    },
  };
}
