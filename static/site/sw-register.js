// The standalone page's service worker (sw.js, generated at build time): makes tierup work
// offline after one visit. Embedded copies never register it: the host page owns its worker.
if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('sw.js').catch((error) => {
    console.warn('tierup: offline support unavailable:', error);
  });
}
