/*! Recovery Options embed script. MIT licence (see the guide's README).
 *
 * For a clinic's page that shows the guide in a frame:
 *   <iframe data-recovery-options src="https://guide.example.org/" title="..." ...></iframe>
 *   and a script element for https://guide.example.org/embed.js (async).
 *
 * It does two things, and reads nothing else:
 * - fits each such frame to the guide's height, from the guide's message
 *   {type: "recovery-options:height", v: 1, height}, so the frame has no scroll bar of its own;
 * - on the guide's Quick exit, {type: "recovery-options:exit", v: 1}, leaves this page for the
 *   frame's exit page (its ?exit= setting, on the guide's own site) or a neutral one, without a
 *   history entry.
 * A message counts only if it comes from that frame's window and from the origin of its src.
 */
(function () {
  "use strict";
  var NEUTRAL = "https://www.google.com/search?q=weather";
  // The same rule as the guide's: a path on the guide's own site, nothing else.
  var SAME_SITE_PATH = /^\/(?!\/)[A-Za-z0-9._\/-]{0,199}$/;

  function guideUrl(frame) {
    try {
      return new URL(frame.src, location.href);
    } catch (e) {
      return null;
    }
  }

  function exitUrl(url) {
    var path = url.searchParams.get("exit");
    return path && SAME_SITE_PATH.test(path) ? url.origin + path : NEUTRAL;
  }

  addEventListener("message", function (event) {
    var frames = document.querySelectorAll("iframe[data-recovery-options]");
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      var url = guideUrl(frame);
      if (!url || event.source !== frame.contentWindow || event.origin !== url.origin) continue;
      var data = event.data;
      if (!data || data.v !== 1) return;
      if (data.type === "recovery-options:height") {
        var height = data.height;
        if (typeof height === "number" && height >= 0 && height <= 1000000) {
          frame.style.height = Math.ceil(height) + "px";
        }
      } else if (data.type === "recovery-options:exit") {
        location.replace(exitUrl(url));
      }
      return;
    }
  });
})();
