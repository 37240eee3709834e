//! `%XX` escapes, as share links and page addresses write text.

/// Reads `text` with its `%XX` escapes, and `space` (`+` in an address, `_` in a share link)
/// for a space; `None` for a broken escape or bytes that are not UTF-8.
pub fn decode(text: &str, space: u8) -> Option<String> {
    let mut bytes = Vec::with_capacity(text.len());
    let mut input = text.bytes();
    while let Some(b) = input.next() {
        bytes.push(match b {
            b'%' => {
                let hex = |d: Option<u8>| char::from(d?).to_digit(16);
                let high = hex(input.next())?;
                let low = hex(input.next())?;
                (high * 16 + low) as u8
            }
            b if b == space => b' ',
            b => b,
        });
    }
    String::from_utf8(bytes).ok()
}
