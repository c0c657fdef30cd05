//! Share codes: a complete answer set as ten characters, carried in the URL
//! fragment of a share link.
//!
//! Layout: one base-32 character for the questionnaire version, then nine
//! characters (45 bits): 4 zero bits, the answers packed in mixed radix
//! (each question's option index times the product of the option counts
//! before it: 31 bits for 15 questions), and a CRC-10 over version and
//! answers. The CRC catches every change of one or two adjacent characters
//! (any burst of up to 10 bits), so a mistyped or tampered code is refused
//! rather than silently showing someone else's result.
//!
//! Characters are Crockford base 32 (no I, L, O, U; read case-insensitively,
//! with O read as 0 and I, L as 1), so codes survive being read aloud or
//! retyped.

use super::answers::CompleteAnswers;
use super::questionnaire::{QUESTIONNAIRE_VERSION, QUESTIONS, QUESTION_COUNT};

const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const PAYLOAD_CHARS: usize = 9;
pub const CODE_LENGTH: usize = 1 + PAYLOAD_CHARS;
const CRC_BITS: u32 = 10;
/// CRC-10 (x^10 + x^9 + x^5 + x^4 + x + 1), without the x^10 term.
const CRC_POLY: u16 = 0x233;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ShareCode(CompleteAnswers);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShareCodeError {
    /// Nothing to read.
    Empty,
    /// Wrong length, a character outside the alphabet, or a failed check:
    /// the code was cut short, mistyped or altered.
    Damaged,
    /// Made by a newer questionnaire than this one.
    Newer,
    /// Made by an older questionnaire this version can no longer read.
    Older,
}

impl ShareCode {
    pub fn new(answers: CompleteAnswers) -> ShareCode {
        ShareCode(answers)
    }

    pub fn answers(&self) -> CompleteAnswers {
        self.0
    }

    pub fn encode(&self) -> String {
        let packed = pack(&self.0);
        let bits = (u64::from(packed) << CRC_BITS) | u64::from(crc10(QUESTIONNAIRE_VERSION, packed));
        let mut code = String::with_capacity(CODE_LENGTH);
        code.push(char::from(ALPHABET[usize::from(QUESTIONNAIRE_VERSION)]));
        for i in (0..PAYLOAD_CHARS).rev() {
            code.push(char::from(ALPHABET[((bits >> (5 * i)) & 31) as usize]));
        }
        code
    }

    /// Reads a code as a person might paste it: surrounding spaces, inner
    /// spaces or hyphens and lower case are all accepted.
    pub fn decode(text: &str) -> Result<ShareCode, ShareCodeError> {
        let digits: Vec<u8> = text
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '-')
            .map(|c| digit(c).ok_or(ShareCodeError::Damaged))
            .collect::<Result<_, _>>()?;
        let (&version, payload) = digits.split_first().ok_or(ShareCodeError::Empty)?;
        // Only a code of the right length is read for its version: other
        // text is damaged, not "from a newer version".
        if payload.len() != PAYLOAD_CHARS {
            return Err(ShareCodeError::Damaged);
        }
        match version.cmp(&QUESTIONNAIRE_VERSION) {
            std::cmp::Ordering::Greater => return Err(ShareCodeError::Newer),
            std::cmp::Ordering::Less => return Err(ShareCodeError::Older),
            std::cmp::Ordering::Equal => {}
        }
        let bits = payload.iter().fold(0u64, |acc, &d| (acc << 5) | u64::from(d));
        let check = (bits & ((1 << CRC_BITS) - 1)) as u16;
        let packed = u32::try_from(bits >> CRC_BITS).map_err(|_| ShareCodeError::Damaged)?;
        if crc10(version, packed) != check {
            return Err(ShareCodeError::Damaged);
        }
        unpack(packed).map(ShareCode).ok_or(ShareCodeError::Damaged)
    }
}

fn digit(c: char) -> Option<u8> {
    let c = match c.to_ascii_uppercase() {
        'O' => '0',
        'I' | 'L' => '1',
        other => other,
    };
    ALPHABET.iter().position(|&a| char::from(a) == c).map(|p| p as u8)
}

fn pack(answers: &CompleteAnswers) -> u32 {
    QUESTIONS
        .iter()
        .zip(answers.indices())
        .rev()
        .fold(0u32, |acc, (q, index)| acc * q.options.len() as u32 + u32::from(index))
}

fn unpack(mut packed: u32) -> Option<CompleteAnswers> {
    let mut indices = [0u8; QUESTION_COUNT];
    for (slot, q) in indices.iter_mut().zip(&QUESTIONS) {
        let radix = q.options.len() as u32;
        *slot = (packed % radix) as u8;
        packed /= radix;
    }
    // Anything left over means the number is beyond every valid answer set.
    (packed == 0).then_some(()).and(CompleteAnswers::from_indices(indices))
}

fn crc10(version: u8, packed: u32) -> u16 {
    let mut crc: u16 = 0;
    for byte in std::iter::once(version).chain(packed.to_be_bytes()) {
        for bit in (0..8).rev() {
            let input = u16::from((byte >> bit) & 1);
            let top = (crc >> (CRC_BITS - 1)) & 1;
            crc = (crc << 1) & ((1 << CRC_BITS) - 1);
            if top ^ input == 1 {
                crc ^= CRC_POLY;
            }
        }
    }
    crc
}

/// The fragment key of a widget instance: `cio-cmo` for the first (or only)
/// widget on a page, `cio-cmo-<key>` for others.
pub fn fragment_key(instance_key: &str) -> String {
    if instance_key == super::progress::DEFAULT_INSTANCE {
        "cio-cmo".to_owned()
    } else {
        format!("cio-cmo-{}", encode_component(instance_key))
    }
}

/// The value stored under `key` in a fragment of `&`-separated parts
/// (`#section&cio-cmo=1ABC…`), if any.
pub fn read_fragment<'a>(fragment: &'a str, key: &str) -> Option<&'a str> {
    fragment.trim_start_matches('#').split('&').find_map(|part| part.strip_prefix(key)?.strip_prefix('='))
}

/// The fragment with `key` set to `value`, every other part kept as it was.
pub fn write_fragment(fragment: &str, key: &str, value: &str) -> String {
    let mut parts: Vec<String> = fragment
        .trim_start_matches('#')
        .split('&')
        .filter(|part| !part.is_empty() && read_fragment(part, key).is_none())
        .map(str::to_owned)
        .collect();
    parts.push(format!("{key}={value}"));
    parts.join("&")
}

/// Reads a colleague's result from what they sent: a share link (the code is
/// taken from any `cio-cmo…=` part of its fragment) or the bare code.
pub fn from_link_or_code(text: &str) -> Result<ShareCode, ShareCodeError> {
    let text = text.trim();
    let code = match text.split_once('#') {
        Some((_, fragment)) => fragment
            .split('&')
            .find_map(|part| part.strip_prefix("cio-cmo")?.split_once('=').map(|(_, v)| v))
            .ok_or(ShareCodeError::Damaged)?,
        None => text,
    };
    ShareCode::decode(code)
}

/// Percent-encodes everything but ASCII letters, digits, `-` and `_`.
fn encode_component(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || byte == b'-' || byte == b'_' {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_crc_catches_every_single_character_change() {
        let code = ShareCode::new(CompleteAnswers::from_indices([1; QUESTION_COUNT]).unwrap()).encode();
        assert_eq!(code.len(), CODE_LENGTH);
        for position in 1..CODE_LENGTH {
            for replacement in ALPHABET.iter().map(|&b| char::from(b)) {
                let mut changed: Vec<char> = code.chars().collect();
                if changed[position] == replacement {
                    continue;
                }
                changed[position] = replacement;
                let changed: String = changed.into_iter().collect();
                assert_eq!(ShareCode::decode(&changed), Err(ShareCodeError::Damaged), "{changed}");
            }
        }
    }

    #[test]
    fn fragments_keep_the_host_page_parts() {
        assert_eq!(write_fragment("", "cio-cmo", "1AB"), "cio-cmo=1AB");
        assert_eq!(write_fragment("#top", "cio-cmo", "1AB"), "top&cio-cmo=1AB");
        assert_eq!(write_fragment("a=1&cio-cmo=OLD&b=2", "cio-cmo", "NEW"), "a=1&b=2&cio-cmo=NEW");
        assert_eq!(read_fragment("#a=1&cio-cmo=1AB", "cio-cmo"), Some("1AB"));
        assert_eq!(read_fragment("#cio-cmo-x=1AB", "cio-cmo"), None);
        assert_eq!(fragment_key("default"), "cio-cmo");
        assert_eq!(fragment_key("cmo panel"), "cio-cmo-cmo%20panel");
    }
}
