//! Interface strings. Declared through one macro so that `ALL`, which the
//! language-parity tests walk, can never miss a string.

use crate::engine::lang::Text;

macro_rules! ui_texts {
    ($($(#[$doc:meta])* $name:ident = ($id:expr, $en:expr);)*) => {
        $($(#[$doc])* pub const $name: Text = Text::new($id, $en);)*
        /// Every interface string, for the content tests.
        pub const ALL: &[(&str, Text)] = &[$((stringify!($name), $name)),*];
    };
}

ui_texts! {
    WIDGET_NAME = ("Penasihat Kolaborasi CIO–CMO", "CIO–CMO Collaboration Advisor");
    INTRO_TITLE = (
        "Model kolaborasi CIO–CMO mana yang cocok untuk {company}?",
        "Which CIO–CMO collaboration model fits {company}?"
    );
    INTRO_BODY = (
        "Jawab 15 pertanyaan singkat tentang perusahaan, anggaran TI, kematangan pemasaran, dan kesiapan untuk berubah. Anda akan mendapat rekomendasi salah satu dari tiga model kolaborasi, alasannya, dan langkah pertama yang perlu diambil.",
        "Answer 15 short questions about your company, IT budget, marketing maturity and readiness for change. You will get a recommendation of one of three collaboration models, the reasons behind it, and the first steps to take."
    );
    INTRO_AUDIENCE = ("Untuk CEO, CIO, CMO, dan wakil mereka.", "For CEOs, CIOs, CMOs and their deputies.");
    INTRO_TIME = ("Sekitar 3 menit", "About 3 minutes");
    INTRO_PRIVACY = (
        "Tidak ada yang keluar dari browser Anda: jawaban diolah di perangkat Anda sendiri.",
        "Nothing leaves your browser: your answers are processed on your own device."
    );
    START = ("Mulai", "Start");
    BACK = ("Kembali", "Back");
    NEXT = ("Lanjut", "Next");
    SEE_RESULT = ("Lihat hasil", "See result");
    /// `{n}` and `{total}` are filled in by the renderer.
    PROGRESS = ("Pertanyaan {n} dari {total}", "Question {n} of {total}");
    CHOOSE_TO_CONTINUE = ("Pilih satu jawaban untuk melanjutkan.", "Choose an answer to continue.");
    LANGUAGE = ("Bahasa", "Language");
    RESULT_EYEBROW = ("Rekomendasi untuk {company}", "Recommendation for {company}");
    /// `{n}` is the model number.
    MODEL_NUMBER = ("Model {n}", "Model {n}");
    WHY_TITLE = ("Mengapa model ini", "Why this model");
    WHY_INTRO = ("Jawaban Anda yang paling menentukan:", "The answers that weighed most:");
    YOUR_ANSWER = ("Jawaban Anda", "Your answer");
    FIT_TITLE = ("Kecocokan setiap model", "How well each model fits");
    FIT_CHART_LABEL = ("Grafik kecocokan ketiga model, dalam persen", "Chart of how well the three models fit, in percent");
    RECOMMENDED = ("direkomendasikan", "recommended");
    STEPS_TITLE = ("Langkah pertama", "First steps");
    RISKS_TITLE = ("Risiko yang perlu diwaspadai", "Risks to watch");
    START_AGAIN = ("Mulai lagi", "Start again");
    CLEAR_FIT_LABEL = ("Cocok dengan jelas", "Clear fit");
    /// `{m}`: the runner-up's number; `{points}`: from PERCENTAGE_POINT(S).
    CLEAR_FIT_TEXT = (
        "Unggul {points} dari model terbaik berikutnya, model {m}.",
        "Leads the next best, model {m}, by {points}."
    );
    CLOSE_CALL_LABEL = ("Selisih tipis", "Close call");
    CLOSE_CALL_TEXT = (
        "Model {n} dan model {m} hanya berselisih {points}. Pertimbangkan keduanya; jawaban di bawah menunjukkan apa yang menentukan.",
        "Model {n} and model {m} are only {points} apart. Weigh both; the answers below show what tipped the balance."
    );
    RUNNER_UP = ("Pilihan kedua", "Runner-up");
    PERCENTAGE_POINT = ("{points} poin persentase", "{points} percentage point");
    PERCENTAGE_POINTS = ("{points} poin persentase", "{points} percentage points");
    CHANGE_TITLE = ("Apa yang akan mengubah hasil ini", "What would change this");
    CHANGE_ANSWERS = ("Ubah jawaban", "Change answers");
}

/// "Model 2" in the given language.
pub fn model_label(
    model: crate::engine::model::CollaborationModel,
    lang: crate::engine::lang::Lang,
) -> String {
    MODEL_NUMBER
        .get(lang)
        .replace("{n}", &model.number().to_string())
}
