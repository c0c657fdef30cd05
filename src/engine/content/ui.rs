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
    /// The recommended model's fit, on the result's first screen; `{fit}` is a percentage.
    HEADLINE_FIT = ("Kecocokan: {fit}", "Fit: {fit}");
    /// The one step shown on the result's first screen.
    FIRST_STEP_TITLE = ("Mulai dari sini", "Start here");
    /// The steps after the first, in their own section.
    NEXT_STEPS_TITLE = ("Langkah berikutnya", "Next steps");
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
    RESUME_TITLE = ("Lanjutkan dari kunjungan sebelumnya?", "Continue where you left off?");
    /// `{n}` answered of `{total}`.
    RESUME_TEXT = (
        "Anda sudah menjawab {n} dari {total} pertanyaan pada kunjungan sebelumnya.",
        "You answered {n} of {total} questions on an earlier visit."
    );
    RESUME_CONTINUE = ("Lanjutkan", "Continue where you left off");
    RESUME_START_OVER = ("Mulai dari awal", "Start over");
    LOAD_FILE = ("Muat jawaban dari file", "Load answers from a file");
    REVIEW_TITLE = ("Jawaban Anda", "Your answers");
    REVIEW_INTRO = ("Periksa jawaban Anda dan ubah yang perlu.", "Check your answers and change any of them.");
    CHANGE = ("Ubah", "Change");
    /// Accessible name of a Change button; `{topic}` is the question's topic.
    CHANGE_NAMED = ("Ubah jawaban: {topic}", "Change answer: {topic}");
    BACK_TO_REVIEW = ("Kembali ke jawaban", "Back to your answers");
    ACTIONS_TITLE = ("Simpan dan bagikan", "Save and share");
    COPY_LINK = ("Salin tautan", "Copy link");
    LINK_COPIED = (
        "Tautan disalin. Siapa pun yang membukanya akan melihat hasil ini.",
        "Link copied. Anyone who opens it will see this result."
    );
    COPY_FALLBACK = (
        "Browser tidak mengizinkan penyalinan otomatis. Salin tautan ini:",
        "Your browser did not allow copying. Copy this link:"
    );
    SHARE_CODE = ("Kode hasil ini: {code}", "Code of this result: {code}");
    PRINT = ("Cetak / PDF", "Print / PDF");
    DOWNLOAD = ("Unduh jawaban", "Download answers");
    COMPARE = ("Bandingkan dengan rekan", "Compare with a colleague");
    SHARED_EYEBROW = ("Hasil yang dibagikan kepada Anda", "A result shared with you");
    SHARED_NOTE = (
        "Ini hasil milik orang lain. Isi kuesioner sendiri untuk mendapatkan hasil Anda.",
        "This is someone else's result. Take the questionnaire to get your own."
    );
    TAKE_IT_YOURSELF = ("Isi sendiri", "Take it yourself");
    COMPARE_INTRO = (
        "Minta rekan Anda — misalnya CIO atau CMO — mengisi penasihat ini lalu mengirimkan tautan atau kode hasilnya. Tempel di sini untuk melihat di mana pandangan Anda berbeda.",
        "Ask a colleague — the CIO or the CMO, say — to take the advisor and send you the link or code of their result. Paste it here to see where your views differ."
    );
    COMPARE_INPUT = ("Tautan atau kode rekan Anda", "Your colleague's link or code");
    COMPARE_BUTTON = ("Bandingkan", "Compare");
    COMPARE_EMPTY = ("Tempel tautan atau kode terlebih dahulu.", "Paste a link or code first.");
    YOU = ("Anda", "You");
    COLLEAGUE = ("Rekan Anda", "Your colleague");
    COMBINED = ("Gabungan", "Combined");
    /// `{n}`: the model both point to.
    COMPARE_SAME = (
        "Anda berdua mengarah ke model {n}. Sepakati langkah pertama bersama.",
        "You both point to model {n}. Agree on the first steps together."
    );
    /// `{n}`: yours; `{m}`: theirs.
    COMPARE_DIFFERENT = (
        "Anda mengarah ke model {n}, rekan Anda ke model {m}. Bahas dulu perbedaan di bawah ini.",
        "You point to model {n}, your colleague to model {m}. Talk through the differences below first."
    );
    COMBINED_TEXT = (
        "Jika jawaban Anda berdua digabung, model {n} paling cocok.",
        "Taking both sets of answers together, model {n} fits best."
    );
    AGREED = ("Anda sepakat pada {n} dari {total} jawaban.", "You agree on {n} of {total} answers.");
    DIFFERENCES_TITLE = (
        "Bahas ini dulu: perbedaan yang paling memengaruhi hasil",
        "Talk about these first: the differences that move the result most"
    );
    NO_DIFFERENCES = ("Jawaban Anda berdua sama persis.", "Your answers are identical.");
    /// `{points}`: from PERCENTAGE_POINT(S); `{m}`: the colleague's model.
    DIFFERENCE_TOWARD = (
        "Dengan jawaban rekan Anda di sini, Anda bergeser {points} ke arah model {m}.",
        "Taking your colleague's answer here would move you {points} toward model {m}."
    );
    /// `{n}`: your model.
    DIFFERENCE_AWAY = (
        "Di sini jawaban rekan Anda justru lebih mendukung model {n} Anda, sebesar {points}.",
        "Here your colleague's answer favours your model {n} more than yours does, by {points}."
    );
    DIFFERENCE_NEUTRAL = (
        "Perbedaan ini tidak mengubah keseimbangan antara model {n} dan model {m}.",
        "This difference does not change the balance between model {n} and model {m}."
    );
    /// Both point to the same model.
    DIFFERENCE_SPREAD = (
        "Menggeser kecocokan ketiga model hingga {points}.",
        "Moves the fit of the three models by up to {points}."
    );
    BACK_TO_RESULT = ("Kembali ke hasil", "Back to the result");
    DISMISS = ("Tutup pemberitahuan", "Dismiss notice");
    FILE_LOADED = ("Jawaban dimuat dari file.", "Answers loaded from the file.");
    STORAGE_UNAVAILABLE = (
        "Browser Anda tidak mengizinkan halaman ini menyimpan data, jadi kemajuan Anda tidak akan tersimpan jika Anda pergi.",
        "Your browser does not let this page store data, so your progress will not be kept if you leave."
    );
    PROGRESS_CORRUPT = (
        "Kemajuan yang tersimpan dari kunjungan sebelumnya tidak dapat dibaca dan telah dihapus.",
        "Progress saved on an earlier visit could not be read and was cleared."
    );
    PROGRESS_OTHER_VERSION = (
        "Kemajuan yang tersimpan dibuat untuk versi kuesioner yang lain dan telah dihapus.",
        "Progress saved on an earlier visit was for another version of the questionnaire and was cleared."
    );
    CODE_DAMAGED = ("Tautan atau kode ini rusak atau tidak lengkap.", "This link or code is damaged or incomplete.");
    CODE_NEWER = (
        "Tautan atau kode ini dibuat oleh versi penasihat yang lebih baru.",
        "This link or code was made by a newer version of the advisor."
    );
    CODE_OLDER = (
        "Tautan atau kode ini dibuat untuk versi kuesioner yang lebih lama dan tidak dapat dibaca lagi.",
        "This link or code was made for an older version of the questionnaire and can no longer be read."
    );
    SHARED_LINK_FAILED = (
        "Hasil yang dibagikan tidak dapat ditampilkan; Anda dapat mengisi kuesioner sendiri.",
        "The shared result cannot be shown; you can take the questionnaire yourself."
    );
    FILE_UNREADABLE = ("File tidak dapat dibaca.", "The file could not be read.");
    FILE_TOO_LARGE = ("File ini terlalu besar untuk sebuah file jawaban.", "This file is too large to be an answers file.");
    FILE_NOT_JSON = (
        "File ini tidak dapat dibaca sebagai file jawaban (bukan JSON yang valid).",
        "This file cannot be read as an answers file (it is not valid JSON)."
    );
    FILE_NOT_ANSWERS = ("File ini bukan file jawaban dari penasihat ini.", "This file is not an answers file from this advisor.");
    FILE_NEWER = ("File ini dibuat oleh versi penasihat yang lebih baru.", "This file was made by a newer version of the advisor.");
    FILE_OTHER_QUESTIONNAIRE = (
        "File ini dibuat untuk versi kuesioner yang lain.",
        "This file was made for another version of the questionnaire."
    );
    /// `{detail}`: the unknown id.
    FILE_UNKNOWN_ANSWER = (
        "File ini berisi pertanyaan atau jawaban yang tidak dikenal: {detail}.",
        "This file contains a question or answer this advisor does not know: {detail}."
    );
    FILE_NO_ANSWERS = ("File ini tidak berisi jawaban.", "This file contains no answers.");
    CHANGE_ANSWERS = ("Ubah jawaban", "Change answers");
}

/// "1 percentage point" / "8 percentage points", numbers as the locale writes them.
pub fn percentage_points(points: u64, lang: crate::engine::lang::Lang) -> String {
    let text = if points == 1 { PERCENTAGE_POINT } else { PERCENTAGE_POINTS };
    text.get(lang).replace("{points}", &crate::engine::lang::format_integer(points, lang))
}

/// "Model 2" in the given language.
pub fn model_label(model: crate::engine::model::CollaborationModel, lang: crate::engine::lang::Lang) -> String {
    MODEL_NUMBER.get(lang).replace("{n}", &model.number().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::lang::Lang;

    #[test]
    fn one_point_is_singular_in_english() {
        assert_eq!(percentage_points(1, Lang::En), "1 percentage point");
        assert_eq!(percentage_points(12, Lang::En), "12 percentage points");
        assert_eq!(percentage_points(1000, Lang::Id), "1.000 poin persentase");
    }
}
