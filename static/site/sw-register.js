// The standalone page's service worker (sw.js, generated at build time): makes tierup work
// offline after one visit. Embedded copies never register it: the host page owns its worker.
// Registered once the widget is interactive (its `tierup:interactive` mark) and the page is next
// idle: installing it fetches the whole build again, and during start-up that cost the widget
// about 40 ms here (to the mark: a median of 150 ms instead of 110).
const unavailable = (error) => console.warn('tierup: offline support unavailable:', error);
new PerformanceObserver((marks, observer) => {
  if (!marks.getEntriesByName('tierup:interactive').length) return;
  observer.disconnect();
  (globalThis.requestIdleCallback ?? setTimeout)(() => {
    // In a sandboxed frame even looking at navigator.serviceWorker throws; tierup works without it.
    try {
      navigator.serviceWorker?.register('sw.js').catch(unavailable);
    } catch (error) {
      unavailable(error);
    }
  });
}).observe({ type: 'mark', buffered: true });
