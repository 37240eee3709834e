//! The Quick exit keyboard shortcut: the Shift key pressed three times in a row, quickly (as
//! in GOV.UK's "Exit this page"). Pure, so the timing rule is tested natively.

/// Presses must each come within this many milliseconds of the one before.
pub const WINDOW_MS: f64 = 1000.0;
const PRESSES: u8 = 3;

/// Counts Shift presses; any other key starts the count again.
#[derive(Clone, Copy, Debug, Default)]
pub struct ShiftCounter {
    count: u8,
    last_ms: f64,
}

impl ShiftCounter {
    /// Feeds one key press at time `at_ms`. Returns true on the press that should leave.
    pub fn press(&mut self, is_shift: bool, at_ms: f64) -> bool {
        if !is_shift {
            *self = ShiftCounter::default();
            return false;
        }
        if self.count > 0 && at_ms - self.last_ms <= WINDOW_MS {
            self.count += 1;
        } else {
            self.count = 1;
        }
        self.last_ms = at_ms;
        if self.count >= PRESSES {
            *self = ShiftCounter::default();
            return true;
        }
        false
    }
}
