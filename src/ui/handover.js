// "Open in its own tab": the guide in a clinic's frame hands the person's answers to a new tab
// of the guide, by a message from window to window. They never go in an address (so never in
// the browser's history) and never to a server. Both windows are the guide's own origin, and
// each takes a message only from the other window and from that origin.

const NAME = "recovery-options-handover";
const READY = "recovery-options:handover-ready";
const ANSWERS = "recovery-options:handover";

// Opens the guide's My data screen in a new tab and, once it says it is ready, sends it
// `text` (the answers as a saved copy). False if the browser did not open the tab.
export function openOwnTab(text) {
  const url = new URL(location.href);
  url.hash = "#/my-data";
  const tab = open(url.href, NAME);
  if (!tab) return false;
  const origin = location.origin;
  function ready(event) {
    if (event.source !== tab || event.origin !== origin || !event.data || event.data.type !== READY) return;
    removeEventListener("message", ready);
    tab.postMessage({ type: ANSWERS, v: 1, text }, origin);
  }
  addEventListener("message", ready);
  setTimeout(() => removeEventListener("message", ready), 60000);
  return true;
}

// In a tab opened by openOwnTab (at My data): asks the frame for the answers and gives them to
// My data's "Bring back a copy" field as a file, exactly as a person choosing a saved copy
// would. The guide then checks them and shows what they hold, and nothing changes until the
// person confirms. Runs as the guide loads; waits at most 10 seconds for the answers.
function receive() {
  const from = window.opener;
  if (window.name !== NAME || !from) return;
  window.name = "";
  const origin = location.origin;
  function answers(event) {
    const data = event.data;
    if (event.source !== from || event.origin !== origin || !data || data.type !== ANSWERS) return;
    if (typeof data.text !== "string") return;
    removeEventListener("message", answers);
    give(data.text);
  }
  function give(text) {
    const field = document.getElementById("import-file");
    if (!field) {
      // Not there yet: the guide is starting, or this tab's saved answers are locked and it
      // asks for the passphrase first. Given as soon as the field is there, however long that
      // takes, so that a copy handed over is never dropped while this tab is open.
      const watch = new MutationObserver(() => {
        if (!document.getElementById("import-file")) return;
        watch.disconnect();
        give(text);
      });
      watch.observe(document.body, { childList: true, subtree: true });
      return;
    }
    const files = new DataTransfer();
    files.items.add(new File([text], "recovery-options-answers.json", { type: "application/json" }));
    field.files = files.files;
    field.dispatchEvent(new Event("change", { bubbles: true }));
  }
  addEventListener("message", answers);
  setTimeout(() => removeEventListener("message", answers), 10000);
  from.postMessage({ type: READY, v: 1 }, origin);
}

receive();
