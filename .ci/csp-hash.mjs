// Trunk post-build hook: fills the Content-Security-Policy in the staged index.html with the
// SHA-256 hash of every inline script, so the policy needs no 'unsafe-inline'.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error("run by Trunk as a post_build hook (TRUNK_STAGING_DIR is unset)");
const file = join(dir, "index.html");
const html = readFileSync(file, "utf8");
const hashes = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
  (m) => `'sha256-${createHash("sha256").update(m[1], "utf8").digest("base64")}'`,
);
if (!html.includes("INLINE_SCRIPT_HASHES")) throw new Error("index.html lacks INLINE_SCRIPT_HASHES");
writeFileSync(file, html.replace("INLINE_SCRIPT_HASHES", hashes.join(" ")));
console.log(`csp-hash: ${hashes.length} inline script(s) hashed`);
