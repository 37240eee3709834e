/*! Recovery Options offline copy. MIT licence (see the guide's README). */
/*
 * A service worker that keeps this build's files, so that the guide opens and works with no
 * network after one visit. The build fills in VERSION (a hash of the build's files), REVIEWED
 * (the date its medical content was last reviewed), FILES (every file the guide uses whatever
 * its language, the page first, and the English words) and TEXTS (each language's words), in
 * .ci/post-build.mjs, with ON_USE (the extras, loaded only when needed: kept from their first use).
 *
 * - The page is fetched from the network first, so that an online visit always gets the newest
 *   guide, and from this copy when there is no network or the server fails.
 * - A file with a content hash in its name (the wasm, its glue, each language's words) comes
 *   from this copy, and from the network only if it is missing. Any other file (the icon, the
 *   manifest, the lock's script) is fetched like the page: its name may stay when it changes.
 * - "Delete everything" removes the copy; a page still open never brings it back.
 * - A new build waits until the page asks it to take over (the person pressed Reload on the
 *   banner): nothing is swapped under a person mid-answer. It then removes older builds' copies.
 * - It keeps the words of English (what the guide opens in when no language is chosen, so
 *   it can always open) and of each other language the person has used (the page names the
 *   ones it loaded), not of every language. A new build keeps the languages the older one had.
 * - It sends nothing anywhere and reads no answer: the guide's files are the same for everyone.
 */
"use strict";

var VERSION = "BUILD_VERSION";
var REVIEWED = "BUILD_REVIEWED";
var FILES = BUILD_FILES;
var TEXTS = BUILD_TEXTS;
// Files the guide loads only when needed (its extras: QR codes), kept from their first use.
var ON_USE = BUILD_ON_USE;
var PREFIX = "recovery-options-";
var CACHE = PREFIX + VERSION;

// The page's address in the cache, whatever its query (?lang=, ?exit=) or fragment.
function pageUrl() {
  return new URL("./", self.registration.scope).href;
}

// How this build asks for a file for its copy. A file with its content hash in its name is
// this build's wherever it comes from, the browser's HTTP cache included (so the copy need not
// download again what the page just did); any other is checked with the server, so that the
// copy is this build's and not an older one the browser still holds.
var HASHED = /-[0-9a-f]{16}(_bg\.wasm|\.js|\.txt|\.css)$/;
function askFor(file) {
  return new Request(new URL(file, self.registration.scope).href, {
    cache: HASHED.test(file) ? "default" : "no-cache",
  });
}

// This build's words for a file name, if it is one of them.
function isTexts(file) {
  return Object.keys(TEXTS).some(function (lang) {
    return TEXTS[lang] === file;
  });
}

// The names of older builds' copies.
function olderCopies() {
  return caches.keys().then(function (keys) {
    return keys.filter(function (key) {
      return key.indexOf(PREFIX) === 0 && key !== CACHE;
    });
  });
}

// The languages whose words an older build's copy holds (texts-<lang>-<hash>.txt).
function languagesKept() {
  return olderCopies().then(function (keys) {
    return Promise.all(
      keys.map(function (key) {
        return caches.open(key).then(function (cache) {
          return cache.keys();
        });
      }),
    ).then(function (lists) {
      var langs = [];
      lists.forEach(function (requests) {
        requests.forEach(function (kept) {
          var lang = /\/texts-([^/]+)-[0-9a-f]+\.txt$/.exec(kept.url);
          if (lang && TEXTS[lang[1]] && langs.indexOf(lang[1]) < 0) langs.push(lang[1]);
        });
      });
      return langs;
    });
  });
}

self.addEventListener("install", function (event) {
  event.waitUntil(
    Promise.all([caches.open(CACHE), languagesKept()]).then(function (both) {
      var words = both[1]
        .map(function (lang) {
          return TEXTS[lang];
        })
        .filter(function (file) {
          return FILES.indexOf(file) < 0;
        });
      var cache = both[0];
      return cache
        .addAll(FILES.concat(words).map(askFor))
        .then(function () {
          return cache.match(pageUrl());
        })
        .then(function (page) {
          return page.text();
        })
        .then(function (html) {
          // A page of another build (a stale copy from a CDN, a deployment half done) would
          // open offline without its files: then this build is not kept, and the browser
          // tries again at its next check.
          var missing = FILES.filter(function (file) {
            return HASHED.test(file) && html.indexOf(file) < 0;
          });
          if (missing.length) {
            return caches.delete(CACHE).then(function () {
              throw new Error("the page is of another build than " + missing.join(", "));
            });
          }
        });
    }),
  );
});

self.addEventListener("activate", function (event) {
  event.waitUntil(
    olderCopies().then(function (keys) {
      return Promise.all(
        keys.map(function (key) {
          return caches.delete(key);
        }),
      );
    }),
  );
});

self.addEventListener("message", function (event) {
  var data = event.data || {};
  // The page asks which build this is, to name its review date on the banner.
  if (data.type === "recovery-options:which" && event.ports[0]) {
    event.ports[0].postMessage({ version: VERSION, reviewed: REVIEWED });
  }
  // The person pressed Reload on the banner.
  if (data.type === "recovery-options:take-over") self.skipWaiting();
  // The page loaded a language's words (of its own build, which may be older or newer than
  // this worker's): keep this build's words of that language too.
  var words = data.type === "recovery-options:keep" && TEXTS.hasOwnProperty(data.lang) && TEXTS[data.lang];
  if (words) {
    event.waitUntil(
      caches.match(words, { cacheName: CACHE }).then(function (kept) {
        return kept || keep(askFor(words));
      }),
    );
  }
});

// Adds to this build's copy, if there still is one: after "Delete everything" removed it, a
// page still open must not bring it back.
function keep(request, response) {
  return caches
    .has(CACHE)
    .then(function (there) {
      if (!there) return;
      return caches.open(CACHE).then(function (cache) {
        return response ? cache.put(request, response) : cache.add(request);
      });
    })
    .catch(function () {});
}

self.addEventListener("fetch", function (event) {
  var request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    var scope = self.registration.scope;
    var path = request.url.split(/[?#]/)[0];
    // Only the guide's own page: other pages of the site (the clinicians' page, a host's own
    // pages) go to the network as if this worker were not here.
    if (path !== scope && path !== scope + "index.html") return;
    // The copy's page, whatever the address's query.
    event.respondWith(networkFirst(request, pageUrl()));
    return;
  }
  var file = new URL(request.url).pathname.split("/").pop();
  if (!HASHED.test(file)) {
    // A name that can stay the same when the bytes change (the icon, the manifest, the lock's
    // script): the network's first, so a newer page never gets an older file.
    event.respondWith(networkFirst(request, request));
    return;
  }
  event.respondWith(
    caches.match(request, { cacheName: CACHE }).then(function (found) {
      return (
        found ||
        fetch(request).then(function (response) {
          // Words of a language this copy lacks, or the extras, loaded while online: kept from
          // now on.
          var toKeep = isTexts(file) || ON_USE.indexOf(file) >= 0;
          if (response.ok && toKeep) event.waitUntil(keep(request, response.clone()));
          return response;
        })
      );
    }),
  );
});

// The network's answer to `request`; with no network, or a server that fails (5xx), what
// this build's copy holds for `inCopy`.
function networkFirst(request, inCopy) {
  return fetch(request)
    .then(function (response) {
      return response.status < 500 ? response : kept(inCopy, response);
    })
    .catch(function () {
      return kept(inCopy, Response.error());
    });
}

// What this build's copy holds for `request`, else `otherwise`.
function kept(request, otherwise) {
  return caches.match(request, { cacheName: CACHE }).then(function (found) {
    return found || otherwise;
  });
}
