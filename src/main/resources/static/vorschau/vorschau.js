/*
 * Preview mode only: reloads the open page after a save. The page names the version of the content it shows
 * (data-stand); the server names the current version over Server-Sent Events when the page connects and after
 * every reload. When they differ, the page reloads: with the edited content, or with the problems to fix.
 * The browser reconnects by itself when the preview is restarted.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  var shown = script.dataset.stand;
  var events = new EventSource(script.dataset.events);
  events.addEventListener('stand', function (event) {
    if (event.data !== shown) {
      events.close();
      window.location.reload();
    }
  });
}());
