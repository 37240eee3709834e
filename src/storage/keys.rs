//! Every key the guide writes to the browser's storage. All start with [`PREFIX`], so
//! "delete everything" can find them all and never touches another site's data.

/// The start of every key this guide owns.
pub const PREFIX: &str = "recovery-options:";
/// The saved state, inside a versioned envelope.
pub const STATE: &str = "recovery-options:state";
/// In this tab's session storage only: set by Quick exit, so that coming Back shows a cover
/// instead of the answers. `index.html`'s cover script reads the same key.
pub const LEFT: &str = "recovery-options:left";
/// "1" while the person has chosen to be discreet on this device: a plain tab title, and no
/// sign on Welcome that the guide was used. A preference of the device, not of the answers,
/// so it is not in the state, an export or a share link. `index.html` reads the same key to
/// set the plain title before the app loads.
pub const DISCREET: &str = "recovery-options:discreet";
/// The language the person chose with the switch (`es`), for their next visit: `index.html`
/// reads it. A preference of the device, like [`DISCREET`]; never written while nothing is kept.
pub const LANG: &str = "recovery-options:lang";
/// Backups of unreadable data start with this, followed by the time they were made.
pub const BACKUP_PREFIX: &str = "recovery-options:backup:";

/// The key for a backup made at `stamp` (an ISO time, so keys sort by age).
pub fn backup_key(stamp: &str) -> String {
    format!("{BACKUP_PREFIX}{stamp}")
}
