// Trunk post-build hook, five steps on the staged dist/:
// 1. The guide's texts: build.rs leaves each language's strings in target/texts/ with their
//    hash; copy them in as texts-<lang>-<hash>.txt (the name the wasm asks for) and give
//    index.html's small script the names, so the browser starts fetching the chosen language
//    alongside the wasm (a preload link).
// 2. Smaller: the comments and extra spaces of the inline stylesheet and scripts and the
//    page's HTML comments are left out (the sources keep them).
// 3. The small wasms loaded on demand (the extras, the clinic page's settings check) named by
//    their bytes, and pointed at by their loaders.
//    Smaller: the JavaScript files (wasm-bindgen's glue, our snippets) minified with terser,
//    the wasm's imports renamed short, their Subresource Integrity hashes in index.html made
//    again; then the wasm and the glue named by a hash of their final bytes.
// 4. The offline copy: the service worker (static/sw.js) gets the build's file list, its
//    version and the content's review date, and so does the page, which compares versions.
// 5. Content-Security-Policy: fill in the SHA-256 hash of every inline script and of the
//    inlined stylesheet, so the policy needs no 'unsafe-inline'.
import { createHash } from "node:crypto";
import { copyFileSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { minify } from "terser";

const dir = process.env.TRUNK_STAGING_DIR;
const source = process.env.TRUNK_SOURCE_DIR ?? process.cwd();
if (!dir) throw new Error("run by Trunk as a post_build hook (TRUNK_STAGING_DIR is unset)");
const file = join(dir, "index.html");
let html = readFileSync(file, "utf8");
// Trunk writes the preloads of wasm-bindgen's snippets in the order their builds finish, which
// varies: put them in one order, so that the same sources make the same page (and the same
// offline copy version, which would otherwise offer returning people a "new" build).
const preloads = html.match(/<link rel="modulepreload"[^>]*>/g) ?? [];
const ordered = [...preloads].sort();
let nextPreload = 0;
html = html.replace(/<link rel="modulepreload"[^>]*>/g, () => ordered[nextPreload++]);

const texts = join(source, "target", "texts");
const names = {};
for (const entry of readdirSync(texts).filter((f) => /^texts-[a-z]+\.hash$/.test(f))) {
  const lang = entry.slice("texts-".length, -".hash".length);
  const hash = readFileSync(join(texts, entry), "utf8").trim();
  names[lang] = `texts-${lang}-${hash}.txt`;
  copyFileSync(join(texts, `texts-${lang}.txt`), join(dir, names[lang]));
}
if (!names.en) throw new Error(`no English texts in ${texts}: build.rs writes them`);
if (!html.includes("TEXTS_FILES")) throw new Error("index.html lacks TEXTS_FILES");
html = html.replace("TEXTS_FILES", JSON.stringify(names));

// 2. The inline stylesheet without its comments and runs of spaces, and the page without its
// HTML comments, but for the mark where prerender.rs puts the first screen.
html = html.replace(/<style\b([^>]*)>([\s\S]*?)<\/style>/g, (_, attributes, css) => {
  const small = css
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/\s+/g, " ")
    .replace(/\s*([{};,>])\s*/g, "$1")
    .trim();
  return `<style${attributes}>${small}</style>`;
});
html = html.replace(/<!--(?! FIRST_SCREEN -->)[\s\S]*?-->/g, "");
// Inline scripts without their whole-line comments and indentation (a line is kept whole, so
// nothing inside a string or a regular expression is touched).
html = html.replace(/<script\b(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g, (_, attributes, js) => {
  const small = js
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("//"))
    .join("\n");
  return `<script${attributes}>${small}</script>`;
});

// 3a. The small wasms loaded only when needed, each with its glue: the guide's extras
// (src/bin/extras.rs: QR codes) and the page for clinics' settings check
// (src/bin/clinic_check.rs). Each wasm and glue named by a hash of its bytes, the glue pointed
// at the new wasm name, and that glue's name written where it is loaded from, in place of its
// mark (EXTRAS_GLUE: the guide's loader snippet and the clinic page; CHECK_GLUE: the clinic
// page). Trunk leaves them as <bin>.js and <bin>_bg.wasm.
const hashName = (bytes) => createHash("sha256").update(bytes).digest("hex").slice(0, 16);
async function nameByBytes(bin, prefix, mark) {
  const wasm = readFileSync(join(dir, `${bin}_bg.wasm`));
  const wasmName = `${prefix}-${hashName(wasm)}_bg.wasm`;
  renameSync(join(dir, `${bin}_bg.wasm`), join(dir, wasmName));
  const source = readFileSync(join(dir, `${bin}.js`), "utf8");
  if (source.split(`${bin}_bg.wasm`).length !== 2) throw new Error(`${bin}.js should name ${bin}_bg.wasm once`);
  const glue = Buffer.from(
    (await minify(source.replace(`${bin}_bg.wasm`, wasmName), { module: true, compress: true, mangle: true })).code,
    "utf8",
  );
  const glueName = `${prefix}-${hashName(glue)}.js`;
  writeFileSync(join(dir, glueName), glue);
  unlinkSync(join(dir, `${bin}.js`));
  return { mark, glue: glueName, files: [glueName, wasmName] };
}
const extras = await nameByBytes("extras", "extras", "EXTRAS_GLUE");
const check = await nameByBytes("clinic_check", "clinic-check", "CHECK_GLUE");
const onDemand = [extras, check];
const onDemandFiles = onDemand.flatMap((loaded) => loaded.files);
// Where a script names one: its mark, once.
const pointAtOnDemand = (path, code) => {
  for (const { mark, glue } of onDemand) {
    if (!code.includes(mark)) continue;
    if (code.split(mark).length !== 2) throw new Error(`${relative(dir, path)} names ${mark} more than once`);
    code = code.replace(mark, glue);
  }
  return code;
};

// 3. Every JavaScript file, minified (ES modules: their exports keep their names); then the
// names by which the wasm imports wasm-bindgen's glue functions, made short in both files.
// Each is a name and a 16-digit hash (`__wbg_getAttribute_c7b80d4010284561`): the hashes do not
// compress, and shortening them takes about 3.4 KB of gzip off the wasm and 2 KB off the glue.
// Only the imports from the glue's own object are renamed (a snippet's are its exports).
const scripts = (folder) =>
  readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return scripts(path);
    return entry.name.endsWith(".js") ? [path] : [];
  });
const changed = new Map();
// The clinics' embed script (static/embed.js) is for their pages, not this one: a classic
// script, minified with its licence comment kept, and not preloaded here. So is the script of
// the page for clinics (static/clinics.js), an ES module of that page's own.
const embed = join(dir, "embed.js");
const otherPages = new Set([embed, join(dir, "clinics.js")]);
// The service worker is filled in and minified in step 4, once every other file is final.
const worker = join(dir, "sw.js");
const loaders = new Map(onDemand.map(({ mark }) => [mark, 0]));
for (const path of scripts(dir)) {
  if (path === worker || onDemandFiles.includes(relative(dir, path))) continue;
  const before = readFileSync(path);
  const module = path !== embed;
  const source = pointAtOnDemand(path, before.toString("utf8"));
  for (const { mark, glue } of onDemand) if (source.includes(glue)) loaders.set(mark, loaders.get(mark) + 1);
  const { code } = await minify(source, { module, compress: true, mangle: true });
  if (otherPages.has(path)) writeFileSync(path, code);
  else changed.set(path, { before, after: Buffer.from(code, "utf8") });
}
for (const [mark, count] of loaders) if (count === 0) throw new Error(`no script loads ${mark}`);
const wasms = readdirSync(dir).filter((f) => f.endsWith("_bg.wasm") && !onDemandFiles.includes(f));
if (wasms.length !== 1) throw new Error(`one wasm expected in dist, found ${wasms.length}`);
const wasmPath = join(dir, wasms[0]);
const glue = join(dir, wasms[0].replace(/_bg\.wasm$/, ".js"));
if (!changed.has(glue)) throw new Error(`no glue ${glue} beside the wasm`);
const wasm = readFileSync(wasmPath);
const { bytes, renamed } = renameImports(wasm);
let glueCode = changed.get(glue).after.toString("utf8");
for (const [name, short] of renamed) {
  const pattern = new RegExp(`\\b${name}\\b`, "g");
  const found = glueCode.match(pattern)?.length ?? 0;
  if (found !== 1) throw new Error(`the glue names ${name} ${found} times, not once`);
  glueCode = glueCode.replace(pattern, short);
}
changed.get(glue).after = Buffer.from(glueCode, "utf8");
changed.set(wasmPath, { before: wasm, after: bytes });
// Write them, and give index.html their new integrity hashes.
const integrity = (data) => `sha384-${createHash("sha384").update(data).digest("base64")}`;
for (const [path, { before, after }] of changed) {
  writeFileSync(path, after);
  const old = `integrity="${integrity(before)}"`;
  if (!html.includes(old)) throw new Error(`index.html does not preload ${relative(dir, path)} with its integrity`);
  html = html.replace(old, `integrity="${integrity(after)}"`);
}
// The wasm and its glue named by their final bytes. Trunk names them by the wasm as cargo made
// it, before wasm-opt, wasm-bindgen, terser and the renaming above: a change to any of those
// would change the files but not their names, and a browser's cache or the offline copy
// (static/sw.js, which trusts a hashed name) could pair a new page with an old file.
const byBytes = (path, ending) => {
  const hash = hashName(readFileSync(path));
  const from = relative(dir, path);
  // Trunk's hash is a number in hex without its leading zeros: at most 16 digits, not always.
  const to = from.replace(/-[0-9a-f]{1,16}(_bg\.wasm|\.js)$/, `-${hash}${ending}`);
  if (to === from && !from.includes(hash)) throw new Error(`${from}: not a Trunk name`);
  if (!html.includes(from)) throw new Error(`index.html does not name ${from}`);
  html = html.split(from).join(to);
  renameSync(path, join(dir, to));
};
byBytes(wasmPath, "_bg.wasm");
byBytes(glue, ".js");

/** The wasm with every function it imports from the glue (wasm-bindgen's `./<name>_bg.js`)
 * renamed `_0`, `_1`...: its import section rewritten, every other byte as it was. Returns the
 * bytes and the old and new names. */
function renameImports(wasm) {
  let at = 8;
  const leb = () => {
    let value = 0, shift = 0, byte;
    do {
      byte = wasm[at++];
      value |= (byte & 0x7f) << shift;
      shift += 7;
    } while (byte & 0x80);
    return value >>> 0;
  };
  const encode = (n) => {
    const out = [];
    do {
      let byte = n & 0x7f;
      n >>>= 7;
      if (n) byte |= 0x80;
      out.push(byte);
    } while (n);
    return Buffer.from(out);
  };
  const text = (s) => Buffer.concat([encode(Buffer.byteLength(s)), Buffer.from(s, "utf8")]);
  const parts = [wasm.subarray(0, 8)];
  const renamed = [];
  while (at < wasm.length) {
    const start = at;
    const id = wasm[at++];
    const size = leb();
    const end = at + size;
    if (id !== 2) {
      parts.push(wasm.subarray(start, end));
      at = end;
      continue;
    }
    const count = leb();
    const entries = [encode(count)];
    for (let i = 0; i < count; i++) {
      const moduleLength = leb();
      const from = wasm.subarray(at, at + moduleLength).toString("utf8");
      at += moduleLength;
      const nameLength = leb();
      const name = wasm.subarray(at, at + nameLength).toString("utf8");
      at += nameLength;
      const descStart = at;
      const kind = wasm[at++];
      if (kind !== 0) throw new Error(`import ${name} is not a function: the renaming knows only functions`);
      leb();
      let short = name;
      if (from.endsWith("_bg.js") && !from.includes("/snippets/")) {
        short = `_${renamed.length.toString(36)}`;
        renamed.push([name, short]);
      }
      entries.push(text(from), text(short), wasm.subarray(descStart, at));
    }
    if (at !== end) throw new Error("the import section did not parse to its end");
    const body = Buffer.concat(entries);
    parts.push(Buffer.from([2]), encode(body.length), body);
  }
  if (renamed.length === 0) throw new Error("the wasm imports nothing from its glue");
  return { bytes: Buffer.concat(parts), renamed };
}

// 4. The offline copy. Its files: all that the guide's page uses, the page itself first (as
// "./", the address it is opened at); not the clinics' or clinicians' files, nor the worker.
// Each language's words apart: the worker keeps English (what the guide opens in when no
// language is chosen) and those of the other languages a person uses.
const notTheGuide = new Set([
  "index.html", "sw.js", "embed.js", "clinicians.html", "clinicians.css", "clinics.html", "clinics.js", "clinics.css",
  ...check.files,
]);
const guideFiles = scripts(dir)
  .concat(readdirSync(dir).filter((f) => !f.endsWith(".js")).map((f) => join(dir, f)))
  .map((path) => relative(dir, path).split("\\").join("/"))
  .filter((name) => !notTheGuide.has(name) && !statSync(join(dir, name)).isDirectory())
  .sort();
const words = new Set(Object.values(names));
// The extras are kept when first used, like the other languages' words: a first visit does
// not download them.
const files = guideFiles.filter((name) => !words.has(name) && !extras.files.includes(name));
if (files.length + words.size + extras.files.length !== guideFiles.length) throw new Error("texts or extras missing from dist");
files.push(names.en);
// The version: a hash of every file's bytes (the page's with its version still a mark).
if (!html.includes("BUILD_VERSION")) throw new Error("index.html lacks BUILD_VERSION");
const versionHash = createHash("sha256");
for (const name of guideFiles) versionHash.update(name).update(readFileSync(join(dir, name)));
const version = versionHash.update(html).digest("hex").slice(0, 16);
// The review date of the medical content, as the About screen shows it.
const about = readFileSync(join(source, "content", "en", "about.toml"), "utf8");
const reviewed = /^reviewed_label = ".*?(\d{4}-\d{2}-\d{2})/m.exec(about)?.[1];
if (!reviewed) throw new Error("content/en/about.toml: no date in reviewed_label");
const workerSource = readFileSync(worker, "utf8");
for (const mark of ["BUILD_VERSION", "BUILD_REVIEWED", "BUILD_FILES", "BUILD_TEXTS", "BUILD_ON_USE"]) {
  if (!workerSource.includes(mark)) throw new Error(`static/sw.js lacks ${mark}`);
}
const filled = workerSource
  .replace("BUILD_VERSION", version)
  .replace("BUILD_REVIEWED", reviewed)
  .replace("BUILD_FILES", JSON.stringify(["./", ...files]))
  .replace("BUILD_TEXTS", JSON.stringify(names))
  .replace("BUILD_ON_USE", JSON.stringify(extras.files));
writeFileSync(worker, (await minify(filled, { module: false, compress: true, mangle: true })).code);
html = html.replace("BUILD_VERSION", version);

// 5. The policy's hashes.
const sha = (text) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
const hashes = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) =>
  sha(m[1]),
);
const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => sha(m[1]));
for (const mark of ["INLINE_SCRIPT_HASHES", "INLINE_STYLE_HASHES"]) {
  if (!html.includes(mark)) throw new Error(`index.html lacks ${mark}`);
}
if (styles.length === 0) throw new Error("no inline stylesheet: the style-src policy would allow none");
html = html.replace("INLINE_SCRIPT_HASHES", hashes.join(" "));
writeFileSync(file, html.replace("INLINE_STYLE_HASHES", styles.join(" ")));
console.log(
  `post-build: texts ${Object.values(names).join(", ")}; offline copy ${version}: ${files.length + 1} files, English among them, and the other languages' words as used; ` +
    `${hashes.length} inline script(s) and ${styles.length} stylesheet(s) hashed`,
);
