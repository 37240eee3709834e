// The passphrase lock's cryptography, by the browser's own Web Crypto (src/ui/crypto.rs calls
// these; the stored form and its checks are src/storage/lock.rs). Written here rather than in
// Rust: the same calls cost several times the bytes as wasm. Each function rejects on any
// failure, and the Rust side says which failure it was from where it happened. Bytes from the
// wasm arrive as views of its memory, which may move while a call waits: each is copied
// (slice) before the first wait.

const AES = { name: "AES-GCM", length: 256 };
const gcm = (iv, additionalData) => ({ name: "AES-GCM", iv, additionalData });
const random = (bytes) => crypto.getRandomValues(new Uint8Array(bytes));

// Whether this page has Web Crypto (not on an address that is neither https nor localhost).
export function available() {
  return typeof crypto !== "undefined" && !!crypto.subtle;
}

// The key that wraps the data key, from the passphrase in Unicode's composed form (so that an
// accent typed as one character or as two makes the same key), by PBKDF2-SHA256.
async function fromPassphrase(passphrase, salt, iterations) {
  const secret = new TextEncoder().encode(passphrase.normalize("NFC"));
  const base = await crypto.subtle.importKey("raw", secret, "PBKDF2", false, ["deriveKey"]);
  const params = { name: "PBKDF2", hash: "SHA-256", salt, iterations };
  return crypto.subtle.deriveKey(params, base, AES, false, ["wrapKey", "unwrapKey"]);
}

const unwrap = (wrapping, nonce, wrapped, label) =>
  crypto.subtle.unwrapKey("raw", wrapped, wrapping, gcm(nonce, label), AES, false, ["encrypt", "decrypt"]);

// A new data key wrapped by the passphrase: [the key as the page keeps it (not readable out),
// salt, nonce, wrapped key]. The key is made readable only to be wrapped once.
export async function newKey(passphrase, iterations, saltBytes, nonceBytes, label) {
  label = label.slice();
  const made = await crypto.subtle.generateKey(AES, true, ["encrypt", "decrypt"]);
  const salt = random(saltBytes);
  const nonce = random(nonceBytes);
  const wrapping = await fromPassphrase(passphrase, salt, iterations);
  const wrapped = new Uint8Array(await crypto.subtle.wrapKey("raw", made, wrapping, gcm(nonce, label)));
  return [await unwrap(wrapping, nonce, wrapped, label), salt, nonce, wrapped];
}

// The data key of a lock; rejects when the passphrase does not open it.
export async function openKey(passphrase, iterations, salt, nonce, wrapped, label) {
  [salt, nonce, wrapped, label] = [salt.slice(), nonce.slice(), wrapped.slice(), label.slice()];
  return unwrap(await fromPassphrase(passphrase, salt, iterations), nonce, wrapped, label);
}

// Encrypts the envelope's text with a fresh nonce: [nonce, sealed].
export async function seal(key, plain, bound, nonceBytes) {
  bound = bound.slice();
  const nonce = random(nonceBytes);
  const sealed = await crypto.subtle.encrypt(gcm(nonce, bound), key, new TextEncoder().encode(plain));
  return [nonce, new Uint8Array(sealed)];
}

// The envelope's text; rejects when the data was changed (or is not valid UTF-8).
export async function unseal(key, nonce, sealed, bound) {
  [nonce, sealed, bound] = [nonce.slice(), sealed.slice(), bound.slice()];
  const plain = await crypto.subtle.decrypt(gcm(nonce, bound), key, sealed);
  return new TextDecoder("utf-8", { fatal: true }).decode(plain);
}

// Whether the page's script could read the key's bytes out.
export const readable = (key) => key.extractable;
