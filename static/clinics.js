/*! Recovery Options: the page for clinics. MIT licence (see the guide's README). */
// Builds the guide's address from the form, shows the guide with it in a preview, lists the
// settings the guide would not use (checked by the guide's own rules, src/embed/settings.rs,
// through its small wasm, src/bin/clinic_check.rs), writes the code to paste, and makes a flyer
// with a QR code (drawn by the guide's extras, src/bin/extras.rs). Nothing leaves the page. The
// build (.ci/post-build.mjs) writes their file names in place of the marks in the imports below.
import initCheck, { check_settings } from "./CHECK_GLUE";
import initExtras, { qr_code } from "./EXTRAS_GLUE";

const $ = (id) => document.getElementById(id);
const GUIDE_COLOUR = "#1d4f91";
const FIELDS = ["clinic", "phone", "site", "book", "default-lang", "exit"];
// The guide's folder here: where this page is, as dist/ holds both. The preview shows it.
const here = new URL("./", location.href).href;

// Where the clinic hosts its copy of the guide, as the code and the flyer name it: the address
// given (https only, as a folder), else this page's own.
function hosted() {
  const given = $("guide-address").value.trim();
  let url = null;
  try {
    if (given) url = new URL(given);
  } catch (e) {}
  const ok = url && url.protocol === "https:" && !url.username && !url.search && !url.hash;
  $("guide-warning").textContent =
    given && !ok ? "This address is not used: it must start with https:// and have no ? or #." : "";
  if (!ok) return here;
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

// The settings as the guide's query string, in a fixed order; empty ones left out.
function query() {
  const params = new URLSearchParams();
  for (const name of FIELDS.slice(0, 4)) {
    const value = $(name).value.trim();
    if (value) params.set(name, value);
  }
  const accent = $("accent").value.toLowerCase();
  if (accent !== GUIDE_COLOUR) params.set("accent", accent);
  const offers = [...document.querySelectorAll("input[name=offers]:checked")].map((box) => box.value);
  if (offers.length) params.set("offers", offers.join(","));
  for (const name of FIELDS.slice(4)) {
    const value = $(name).value.trim();
    if (value) params.set(name, value);
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}

// A paragraph or list item with plain text (never markup: the fields hold anything typed).
function element(tag, text, className) {
  const node = document.createElement(tag);
  node.textContent = text;
  if (className) node.className = className;
  return node;
}

function showRefused(lines) {
  const box = $("refused");
  box.replaceChildren();
  if (!lines.length) {
    box.append(element("p", "The guide uses every setting you gave.", "ok"));
    return;
  }
  box.append(element("p", "The guide will not use these settings, and uses its own defaults instead:", "warn"));
  const list = document.createElement("ul");
  for (const line of lines) list.append(element("li", line));
  box.append(list);
}

function snippet(guide, settings) {
  return (
    `<iframe data-recovery-options src="${guide}${settings}"\n` +
    `  title="Recovery Options: a private guide to medicines for alcohol and opioid use"\n` +
    `  allow="clipboard-write" height="800" style="width:100%;border:0;display:block"></iframe>\n` +
    `<script src="${guide}embed.js" async></script>`
  );
}

// The QR code of `text` as SVG, drawn from the extras' path (`"<size> <path>"`).
function qrPicture(text) {
  const code = qr_code(text);
  if (!code) return element("p", "This address is too long for a QR code.", "warn");
  const space = code.indexOf(" ");
  const size = Number(code.slice(0, space));
  const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  svg.setAttribute("viewBox", `-4 -4 ${size + 8} ${size + 8}`);
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", `QR code: ${text}`);
  svg.setAttribute("shape-rendering", "crispEdges");
  svg.setAttribute("data-modules", String(size));
  const back = document.createElementNS(svg.namespaceURI, "rect");
  for (const [name, value] of [["x", -4], ["y", -4], ["width", size + 8], ["height", size + 8], ["fill", "#fff"]]) {
    back.setAttribute(name, String(value));
  }
  const path = document.createElementNS(svg.namespaceURI, "path");
  path.setAttribute("d", code.slice(space + 1));
  path.setAttribute("fill", "#000");
  svg.append(back, path);
  return svg;
}

let shownQuery = null;
function update() {
  const settings = query();
  if (settings !== shownQuery) {
    shownQuery = settings;
    $("preview").src = here + settings;
  }
  showRefused(check_settings(settings).split("\n").filter(Boolean));
  const guide = hosted();
  const address = guide + settings;
  $("snippet").value = snippet(guide, settings);
  $("copied").textContent = "";
  const site = $("site").value.trim();
  let origin = "";
  try {
    if (site.startsWith("https://")) origin = ` ${new URL(site).origin}`;
  } catch (e) {}
  $("frame-ancestors").textContent = `Content-Security-Policy: frame-ancestors 'self'${origin}`;
  const clinic = $("clinic").value.trim();
  $("flyer-clinic").textContent = clinic;
  $("flyer-clinic").hidden = !clinic;
  const link = $("flyer-link").value.trim() || address;
  $("flyer-qr").replaceChildren(qrPicture(link));
  $("flyer-url").textContent = link;
  const phone = $("phone").value.trim();
  $("flyer-phone").textContent = phone ? `Questions? Call us: ${phone}` : "";
}

let pending;
function soon() {
  clearTimeout(pending);
  pending = setTimeout(update, 250);
}

async function start() {
  await Promise.all([initCheck(), initExtras()]);
  $("settings").addEventListener("input", soon);
  $("settings").addEventListener("change", soon);
  $("flyer-link").addEventListener("input", soon);
  $("copy").addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText($("snippet").value);
      $("copied").textContent = "Copied.";
    } catch (e) {
      $("snippet").select();
      $("copied").textContent = "Select the code and copy it yourself (Ctrl+C, or Cmd+C on a Mac).";
    }
  });
  $("print-flyer").addEventListener("click", () => print());
  update();
}

start().catch(() => {
  $("refused").replaceChildren(element("p", "This page could not load its checks. Reload it to try again.", "warn"));
});
