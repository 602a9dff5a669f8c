/* global window */
// Registers the offline service worker (scripts/lib/offline-plugin.ts). Linked into the normal
// build's page only. A failed registration costs offline use, nothing else: say so as a warning.
if ('serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker
      .register('./sw.js', { scope: './' })
      .catch((error) =>
        console.warn('Offline use unavailable: service worker not registered.', error),
      );
  });
}
