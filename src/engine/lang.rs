//! Languages the product speaks and the bilingual text primitive every
//! user-visible string is built from.

/// A language of the widget. Indonesian comes first: the source material and
/// the primary audience are Indonesian.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    Id,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Id, Lang::En];

    /// BCP 47 primary language subtag, as used in `lang` attributes.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Id => "id",
            Lang::En => "en",
        }
    }

    /// The short label of the language switch.
    pub fn label(self) -> &'static str {
        match self {
            Lang::Id => "ID",
            Lang::En => "EN",
        }
    }

    /// Reads a language tag such as `id`, `ID`, `id-ID` or `en-US`; only the
    /// primary subtag matters. `in` is the withdrawn ISO code for Indonesian
    /// that some older systems still report.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "id" | "in" => Some(Lang::Id),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
}

/// One piece of user-visible text in both languages. Content tables are made
/// of these, so a missing translation is a compile error, and an empty one is
/// caught by the content tests.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Text {
    pub id: &'static str,
    pub en: &'static str,
}

impl Text {
    pub const fn new(id: &'static str, en: &'static str) -> Text {
        Text { id, en }
    }

    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Id => self.id,
            Lang::En => self.en,
        }
    }
}

/// Formats a whole number the way the locale writes it: `1.000` in
/// Indonesian, `1,000` in English.
pub fn format_integer(value: u64, lang: Lang) -> String {
    let separator = match lang {
        Lang::Id => '.',
        Lang::En => ',',
    };
    let digits = value.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(c);
    }
    out
}

/// A percentage as the locale writes it: Indonesian puts no space before
/// the sign either, so both read `72%`.
pub fn format_percent(value: u8, lang: Lang) -> String {
    format!("{}%", format_integer(value.into(), lang))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_tags_are_read_by_primary_subtag() {
        assert_eq!(Lang::from_tag("id-ID"), Some(Lang::Id));
        assert_eq!(Lang::from_tag("IN"), Some(Lang::Id));
        assert_eq!(Lang::from_tag("en_US"), Some(Lang::En));
        assert_eq!(Lang::from_tag("fr"), None);
        assert_eq!(Lang::from_tag(""), None);
    }

    #[test]
    fn integers_use_the_locale_group_separator() {
        assert_eq!(format_integer(1234567, Lang::Id), "1.234.567");
        assert_eq!(format_integer(1234567, Lang::En), "1,234,567");
        assert_eq!(format_integer(999, Lang::En), "999");
        assert_eq!(format_integer(0, Lang::Id), "0");
    }
}
