// Lighthouse on the release build in dist/, as a person on a phone would load it: served
// gzip-compressed from loopback, the mobile preset with applied throttling (slow 4G, 4x CPU:
// --throttling-method=devtools), three runs, the median of each figure. Prints figures and
// never fails on them. Run by `.ci/dev bench`, which installs Lighthouse 12 from npm into
// target/lighthouse the first time.
//
//   node tests/bench/lighthouse.mjs <folder with node_modules/.bin/lighthouse>

import { spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";

const tools = process.argv[2];
const root = path.resolve("dist");
const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".txt": "text/plain; charset=utf-8",
  ".webmanifest": "application/manifest+json",
};

// A static server for dist/, gzip when the browser asks for it, as a host would serve it.
const server = http.createServer((req, res) => {
  let file = decodeURIComponent(new URL(req.url, "http://localhost").pathname);
  if (file.endsWith("/")) file += "index.html";
  file = path.join(root, file);
  if (!file.startsWith(root) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
    res.writeHead(404);
    res.end();
    return;
  }
  const body = fs.readFileSync(file);
  const gzip = /\bgzip\b/.test(req.headers["accept-encoding"] || "");
  res.writeHead(200, {
    "Content-Type": types[path.extname(file)] || "application/octet-stream",
    ...(gzip ? { "Content-Encoding": "gzip" } : {}),
  });
  res.end(gzip ? zlib.gzipSync(body, { level: 9 }) : body);
});
await new Promise((ready) => server.listen(0, "127.0.0.1", ready));
const url = `http://127.0.0.1:${server.address().port}/`;

const runs = [];
for (let run = 0; run < 3; run++) {
  const out = path.join(os.tmpdir(), `ro-lighthouse-${process.pid}-${run}.json`);
  // Async, so that this process keeps serving the pages while Lighthouse loads them.
  await new Promise((done, fail) => {
    const child = lighthouse([
      url,
      "--quiet",
      "--throttling-method=devtools",
      "--chrome-flags=--headless=new --no-sandbox --disable-gpu --no-first-run --disable-background-networking",
      "--output=json",
      `--output-path=${out}`,
    ]);
    child.on("exit", (code) => (code === 0 ? done() : fail(new Error(`lighthouse exited ${code}`))));
  });
  const report = JSON.parse(fs.readFileSync(out, "utf8"));
  fs.rmSync(out);
  const score = (id) => Math.round(report.categories[id].score * 100);
  const audit = (id) => report.audits[id].numericValue;
  runs.push({
    performance: score("performance"),
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    seo: score("seo"),
    fcp: audit("first-contentful-paint"),
    lcp: audit("largest-contentful-paint"),
    bytes: audit("total-byte-weight"),
  });
}
server.close();

const median = (key) => runs.map((r) => r[key]).sort((a, b) => a - b)[1];
console.log("Lighthouse 12, mobile preset, applied throttling (slow 4G, 4x CPU), median of 3 runs:");
console.log(
  `  performance ${median("performance")}, accessibility ${median("accessibility")}, ` +
    `best practices ${median("bestPractices")}, SEO ${median("seo")}; ` +
    `first paint ${(median("fcp") / 1000).toFixed(2)} s, largest paint ${(median("lcp") / 1000).toFixed(2)} s ` +
    `(goal 1.3 s), ${median("bytes")} bytes`,
);

function lighthouse(args) {
  return spawn(path.join(tools, "node_modules/.bin/lighthouse"), args, {
    stdio: "ignore",
    env: { ...process.env, CHROME_PATH: "/usr/bin/chromium" },
  });
}
