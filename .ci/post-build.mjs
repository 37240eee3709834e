// Trunk post-build hook, three steps on the staged dist/:
// 1. The guide's texts: build.rs leaves each language's strings in target/texts/ with their
//    hash; copy them in as texts-<lang>-<hash>.txt (the name the wasm asks for) and give
//    index.html's small script the names, so the browser starts fetching the chosen language
//    alongside the wasm (a preload link).
// 2. Smaller: the comments and extra spaces of the inline stylesheet and the page's HTML
//    comments are left out (the sources keep them).
// 3. Content-Security-Policy: fill in the SHA-256 hash of every inline script and of the
//    inlined stylesheet, so the policy needs no 'unsafe-inline'.
import { createHash } from "node:crypto";
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR;
const source = process.env.TRUNK_SOURCE_DIR ?? process.cwd();
if (!dir) throw new Error("run by Trunk as a post_build hook (TRUNK_STAGING_DIR is unset)");
const file = join(dir, "index.html");
let html = readFileSync(file, "utf8");

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
  `post-build: texts ${Object.values(names).join(", ")}; ` +
    `${hashes.length} inline script(s) and ${styles.length} stylesheet(s) hashed`,
);
