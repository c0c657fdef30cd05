//! Languages: whatever the content declares (`id` and `en` built in). A
//! [`Lang`] indexes the content's languages; texts are [`Text`]s with one
//! entry per language.
pub use advisor_content::{Lang, Text};

/// Formats a whole number with the locale's group separator: `1.000` in
/// Indonesian, `1,000` in English.
pub fn group_digits(value: u64, separator: &str) -> String {
    let digits = value.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(separator);
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integers_use_the_locale_group_separator() {
        assert_eq!(group_digits(1234567, "."), "1.234.567");
        assert_eq!(group_digits(1234567, ","), "1,234,567");
        assert_eq!(group_digits(999, ","), "999");
        assert_eq!(group_digits(0, "."), "0");
    }
}
