//! Share codes: a complete answer set as a short code, carried in the URL
//! fragment of a share link.
//!
//! Characters are Crockford base 32 (no I, L, O, U; read case-insensitively,
//! with O read as 0 and I, L as 1), so codes survive being read aloud or
//! retyped. The first character is the code's format:
//!
//! - `3` (written since answers may be "not sure"): three characters of the
//!   questionnaire's 15-bit fingerprint, then the answers, each question's
//!   option index in as many bits as its option count ("not sure"
//!   included) needs, zero-padded at the front to whole characters, then a
//!   CRC-16 over everything before it. Any questionnaire a content file can
//!   describe fits; a code made with another questionnaire is refused as
//!   such, never misread; a mistyped or altered character is caught by the
//!   CRC.
//! - `2` (content files, before "not sure"): the same, with each question's
//!   options counted without "not sure", which it could not hold.
//! - `1` (release 0.1.0): nine characters packing the built-in
//!   questionnaire's fifteen answers in mixed radix, with a CRC-10. Still
//!   read wherever the questionnaire has the built-in questions and options.

use super::answers::CompleteAnswers;
use super::questionnaire::Questionnaire;

const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/// The format written now.
const FORMAT: u8 = 3;
/// Format 3 before "not sure" options existed.
const FORMAT_KNOWN_ONLY: u8 = 2;
/// Release 0.1.0's format: its one questionnaire version.
const FORMAT_0_1: u8 = 1;
const FINGERPRINT_CHARS: usize = 3;
const CRC16_BITS: usize = 16;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ShareCode(CompleteAnswers);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShareCodeError {
    /// Nothing to read.
    Empty,
    /// Wrong length, a character outside the alphabet, or a failed check:
    /// the code was cut short, mistyped or altered.
    Damaged,
    /// Made by a newer version of the advisor.
    Newer,
    /// Made for an older questionnaire this version can no longer read.
    Older,
    /// Made with another questionnaire (a host's own content, or the
    /// built-in one on a page with its own).
    OtherQuestionnaire,
}

impl ShareCode {
    pub fn new(answers: CompleteAnswers) -> ShareCode {
        ShareCode(answers)
    }

    pub fn answers(&self) -> CompleteAnswers {
        self.0
    }

    pub fn encode(&self) -> String {
        let questionnaire = self.0.questionnaire();
        let mut bits = Vec::with_capacity(96);
        push_bits(&mut bits, u64::from(questionnaire.fingerprint), 5 * FINGERPRINT_CHARS);
        push_bits(&mut bits, 0, padding(answer_bits(questionnaire, Count::All)));
        for (question, &index) in questionnaire.questions().iter().zip(self.0.indices()) {
            push_bits(&mut bits, u64::from(index), bits_for(question.options.len()));
        }
        let check = crc16(&bits);
        push_bits(&mut bits, u64::from(check), CRC16_BITS);
        let mut code = String::with_capacity(1 + bits.len() / 5);
        code.push(char::from(ALPHABET[usize::from(FORMAT)]));
        for chunk in bits.chunks(5) {
            code.push(char::from(ALPHABET[read_bits(chunk) as usize]));
        }
        code
    }

    /// Reads a code as a person might paste it: surrounding spaces, inner
    /// spaces or hyphens and lower case are all accepted.
    pub fn decode(text: &str, questionnaire: &'static Questionnaire) -> Result<ShareCode, ShareCodeError> {
        let digits: Vec<u8> = text
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '-')
            .map(|c| digit(c).ok_or(ShareCodeError::Damaged))
            .collect::<Result<_, _>>()?;
        let (&format, payload) = digits.split_first().ok_or(ShareCodeError::Empty)?;
        match format {
            FORMAT => decode_packed(payload, questionnaire, Count::All),
            FORMAT_KNOWN_ONLY => decode_packed(payload, questionnaire, Count::Known),
            FORMAT_0_1 => release_0_1::decode(payload, questionnaire),
            // Only a code of a plausible length is read for its format:
            // other text is damaged, not "from a newer version".
            _ if !(9..=64).contains(&payload.len()) => Err(ShareCodeError::Damaged),
            newer if newer > FORMAT => Err(ShareCodeError::Newer),
            _ => Err(ShareCodeError::Older),
        }
    }
}

/// Which options a format counts to size each answer.
#[derive(Clone, Copy)]
enum Count {
    All,
    /// Format 2: options other than "not sure".
    Known,
}

fn option_count(question: &super::questionnaire::Question, count: Count) -> usize {
    match count {
        Count::All => question.options.len(),
        Count::Known => question.known_options(),
    }
}

fn decode_packed(
    payload: &[u8],
    questionnaire: &'static Questionnaire,
    count: Count,
) -> Result<ShareCode, ShareCodeError> {
    if payload.len() <= FINGERPRINT_CHARS + CRC16_BITS / 5 {
        return Err(ShareCodeError::Damaged);
    }
    let bits: Vec<bool> = payload.iter().flat_map(|&d| (0..5).rev().map(move |b| (d >> b) & 1 == 1)).collect();
    let (body, check) = bits.split_at(bits.len() - CRC16_BITS);
    // The bits before the body are padding to whole characters, and zero.
    if read_bits(check) != u64::from(crc16(body)) {
        return Err(ShareCodeError::Damaged);
    }
    let (fingerprint, answers) = body.split_at(5 * FINGERPRINT_CHARS);
    if read_bits(fingerprint) != u64::from(questionnaire.fingerprint) {
        return Err(ShareCodeError::OtherQuestionnaire);
    }
    let needed = answer_bits(questionnaire, count);
    if answers.len() != needed + padding(needed) {
        return Err(ShareCodeError::Damaged);
    }
    let (pad, mut rest) = answers.split_at(padding(needed));
    if pad.iter().any(|&b| b) {
        return Err(ShareCodeError::Damaged);
    }
    let mut indices = Vec::with_capacity(questionnaire.question_count());
    for question in questionnaire.questions() {
        let (index, after) = rest.split_at(bits_for(option_count(question, count)));
        let index = read_bits(index) as usize;
        if index >= option_count(question, count) {
            return Err(ShareCodeError::Damaged);
        }
        indices.push(index as u8);
        rest = after;
    }
    CompleteAnswers::from_indices(questionnaire, &indices).map(ShareCode).ok_or(ShareCodeError::Damaged)
}

/// Bits that hold an option index of a question with `options` options.
fn bits_for(options: usize) -> usize {
    (usize::BITS - (options.max(2) - 1).leading_zeros()) as usize
}

fn answer_bits(questionnaire: &Questionnaire, count: Count) -> usize {
    questionnaire.questions().iter().map(|q| bits_for(option_count(q, count))).sum()
}

/// Zero bits before the answers, so that answers and CRC fill whole characters.
fn padding(answer_bits: usize) -> usize {
    (5 - (answer_bits + CRC16_BITS) % 5) % 5
}

fn push_bits(bits: &mut Vec<bool>, value: u64, count: usize) {
    bits.extend((0..count).rev().map(|b| (value >> b) & 1 == 1));
}

fn read_bits(bits: &[bool]) -> u64 {
    bits.iter().fold(0, |acc, &b| (acc << 1) | u64::from(b))
}

/// CRC-16/CCITT (polynomial 0x1021, initial 0xFFFF) over a bit string. It
/// catches every change of up to 16 adjacent bits: any one or two
/// neighbouring characters mistyped.
fn crc16(bits: &[bool]) -> u16 {
    bits.iter().fold(0xFFFF_u16, |crc, &bit| {
        let top = (crc >> 15) & 1 == 1;
        let crc = crc << 1;
        if top ^ bit {
            crc ^ 0x1021
        } else {
            crc
        }
    })
}

fn digit(c: char) -> Option<u8> {
    let c = match c.to_ascii_uppercase() {
        'O' => '0',
        'I' | 'L' => '1',
        other => other,
    };
    ALPHABET.iter().position(|&a| char::from(a) == c).map(|p| p as u8)
}

/// Reading the codes release 0.1.0 wrote.
mod release_0_1 {
    use super::{CompleteAnswers, Questionnaire, ShareCode, ShareCodeError, FORMAT_0_1};

    const PAYLOAD_CHARS: usize = 9;
    const CRC_BITS: u32 = 10;
    /// CRC-10 (x^10 + x^9 + x^5 + x^4 + x + 1), without the x^10 term.
    const CRC_POLY: u16 = 0x233;

    pub(super) fn decode(payload: &[u8], questionnaire: &'static Questionnaire) -> Result<ShareCode, ShareCodeError> {
        if payload.len() != PAYLOAD_CHARS {
            return Err(ShareCodeError::Damaged);
        }
        let bits = payload.iter().fold(0u64, |acc, &d| (acc << 5) | u64::from(d));
        let check = (bits & ((1 << CRC_BITS) - 1)) as u16;
        let packed = u32::try_from(bits >> CRC_BITS).map_err(|_| ShareCodeError::Damaged)?;
        if crc10(FORMAT_0_1, packed) != check {
            return Err(ShareCodeError::Damaged);
        }
        if !questionnaire.has_built_in_questions() {
            return Err(ShareCodeError::OtherQuestionnaire);
        }
        unpack(packed, questionnaire).map(ShareCode).ok_or(ShareCodeError::Damaged)
    }

    /// Mixed radix: each answer times the product of the option counts before it.
    fn unpack(mut packed: u32, questionnaire: &'static Questionnaire) -> Option<CompleteAnswers> {
        let mut indices = Vec::with_capacity(questionnaire.question_count());
        for q in questionnaire.questions() {
            let radix = q.known_options() as u32;
            indices.push((packed % radix) as u8);
            packed /= radix;
        }
        // Anything left over means the number is beyond every valid answer set.
        (packed == 0).then_some(()).and(CompleteAnswers::from_indices(questionnaire, &indices))
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
}

/// The fragment key of a widget id_prefix: `cio-cmo` for the first (or only)
/// widget on a page, `cio-cmo-<key>` for others.
pub fn fragment_key(save_key: &str) -> String {
    if save_key == super::progress::DEFAULT_SAVE_KEY {
        "cio-cmo".to_owned()
    } else {
        format!("cio-cmo-{}", encode_component(save_key))
    }
}

/// The fragment key of a widget's team link: `team-` and its share key.
/// No share key starts so, so a team link is never read as a share link.
pub fn team_fragment_key(save_key: &str) -> String {
    format!("team-{}", fragment_key(save_key))
}

/// The value stored under `key` in a fragment of `&`-separated parts
/// (`#section&cio-cmo=1ABC…`), if any.
pub fn read_fragment<'a>(fragment: &'a str, key: &str) -> Option<&'a str> {
    fragment.trim_start_matches('#').split('&').find_map(|part| part.strip_prefix(key)?.strip_prefix('='))
}

/// The fragment with `key` set to `value`, every other part kept as it was.
pub fn write_fragment(fragment: &str, key: &str, value: &str) -> String {
    let rest = without_fragment_part(fragment, key);
    if rest.is_empty() {
        format!("{key}={value}")
    } else {
        format!("{rest}&{key}={value}")
    }
}

/// The fragment without the part stored under `key`.
pub fn without_fragment_part(fragment: &str, key: &str) -> String {
    let parts: Vec<&str> = fragment
        .trim_start_matches('#')
        .split('&')
        .filter(|part| !part.is_empty() && read_fragment(part, key).is_none())
        .collect();
    parts.join("&")
}

/// Everything but ASCII letters, digits, `-` and `_`.
const COMPONENT: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC.remove(b'-').remove(b'_');

/// Percent-encodes text for a fragment part: widget ids in keys, labels in
/// team links.
pub fn encode_component(text: &str) -> String {
    percent_encoding::utf8_percent_encode(text, COMPONENT).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_crc_catches_every_single_character_change() {
        let questionnaire = Questionnaire::built_in();
        let indices = vec![1; questionnaire.question_count()];
        let code = ShareCode::new(CompleteAnswers::from_indices(questionnaire, &indices).unwrap()).encode();
        assert_eq!(code.len(), 15);
        for position in 1..code.len() {
            for replacement in ALPHABET.iter().map(|&b| char::from(b)) {
                let mut changed: Vec<char> = code.chars().collect();
                if changed[position] == replacement {
                    continue;
                }
                changed[position] = replacement;
                let changed: String = changed.into_iter().collect();
                assert_eq!(ShareCode::decode(&changed, questionnaire), Err(ShareCodeError::Damaged), "{changed}");
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
