/*! Recovery Options embed script. MIT licence (see the guide's README).
 *
 * For a clinic's page that shows the guide in a frame:
 *   <iframe data-recovery-options src="https://guide.example.org/" title="..." ...></iframe>
 *   and a script element for https://guide.example.org/embed.js (async).
 *
 * It does three things, and reads nothing else:
 * - fits each such frame to the guide's height, from the guide's message
 *   {type: "recovery-options:height", v: 1, height}, so the frame has no scroll bar of its own;
 * - on the guide's Quick exit, {type: "recovery-options:exit", v: 1}, leaves this page for the
 *   frame's exit page (its ?exit= setting, on the guide's own site) or a neutral one, without a
 *   history entry;
 * - while a guide's own header, with its Quick exit, is scrolled out of view, keeps a Quick exit
 *   button of its own at the top of the screen, which leaves the same way.
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

  function leave(url) {
    location.replace(exitUrl(url));
  }

  // The guide's header is at the top of its frame; once that has scrolled up out of view (and
  // the frame still fills some of the screen), this button stands in for its Quick exit, in
  // the guide's colours and words (Spanish where the frame or the page asks for it).
  var HEADER = 60;
  var button = null;
  var current = null;
  function standIn() {
    var frames = document.querySelectorAll("iframe[data-recovery-options]");
    current = null;
    for (var i = 0; i < frames.length; i++) {
      var box = frames[i].getBoundingClientRect();
      if (box.top < 0 && box.bottom > HEADER) current = frames[i];
    }
    if (!current) {
      if (button) button.hidden = true;
      return;
    }
    if (!button) {
      button = document.createElement("button");
      button.type = "button";
      button.setAttribute("data-recovery-options-exit", "");
      var look = {
        position: "fixed", top: "8px", right: "8px", zIndex: "2147483647", minHeight: "44px",
        padding: "8px 16px", background: "#a4161a", color: "#fff", border: "2px solid #fff",
        borderRadius: "6px", font: "700 17px/1.2 system-ui, sans-serif", cursor: "pointer",
        boxShadow: "0 1px 4px rgba(0, 0, 0, 0.4)"
      };
      for (var key in look) button.style[key] = look[key];
      button.addEventListener("click", function () {
        var url = current && guideUrl(current);
        if (url) leave(url);
      });
      document.body.appendChild(button);
    }
    var url = guideUrl(current);
    var lang = (url && url.searchParams.get("lang")) || document.documentElement.lang || "";
    button.textContent = /^es\b/i.test(lang) ? "Salida r\u00e1pida" : "Quick exit";
    button.hidden = false;
  }
  addEventListener("scroll", standIn, { passive: true });
  addEventListener("resize", standIn);

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
          standIn();
        }
      } else if (data.type === "recovery-options:exit") {
        leave(url);
      }
      return;
    }
  });
})();
