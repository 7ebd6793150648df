// The standalone page's service worker (sw.js, generated at build time): makes tierup work
// offline after one visit. Embedded copies never register it: the host page owns its worker.
// In a sandboxed frame even looking at navigator.serviceWorker throws; tierup works without it.
try {
  navigator.serviceWorker?.register('sw.js').catch((error) => {
    console.warn('tierup: offline support unavailable:', error);
  });
} catch (error) {
  console.warn('tierup: offline support unavailable:', error);
}
