// Loads the guide's extras (src/bin/extras.rs: QR codes) the first time one is needed, so that
// a first visit does not download them. The build (.ci/post-build.mjs) writes the extras'
// file name, which carries a hash of its bytes, in place of the mark below. The name is taken
// from the page's own address, so it works in any folder of any host, and in a frame.

let loading;

function extras() {
  loading ??= import(new URL("EXTRAS_GLUE", document.baseURI).href)
    .then(async (module) => {
      await module.default();
      return module;
    })
    .catch((error) => {
      // Offline before they were ever loaded: try again next time.
      loading = undefined;
      throw error;
    });
  return loading;
}

// `"<modules a side> <SVG path>"`, or undefined if the text is too long for a QR code. Rejects
// if the extras cannot be loaded.
export async function qrCode(text) {
  return (await extras()).qr_code(text);
}
