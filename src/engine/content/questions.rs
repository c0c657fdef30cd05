//! The questionnaire content: 15 questions in four sections, Indonesian and
//! English. Weights are `[model 1, model 2, model 3]`; the reasoning behind
//! every weight is written out in `docs/DECISION_MODEL.md`.

use crate::engine::lang::Text;
use crate::engine::questionnaire::{AnswerOption, ModelWeights, Question, Section, QUESTION_COUNT};

const fn t(id: &'static str, en: &'static str) -> Text {
    Text::new(id, en)
}

const fn option(id: &'static str, label: Text, weights: [u8; 3], rationale: Text, condition: Text) -> AnswerOption {
    AnswerOption { id, label, weights: ModelWeights(weights), rationale, condition }
}

pub static QUESTIONS: [Question; QUESTION_COUNT] = [
    // ───────────────────────────── Company ─────────────────────────────
    Question {
        id: "headcount",
        section: Section::Company,
        topic: t("Jumlah karyawan", "Headcount"),
        prompt: t(
            "Berapa banyak orang yang bekerja di perusahaan Anda?",
            "How many people work at your company?",
        ),
        hint: Some(t("Hitung karyawan tetap dan kontrak.", "Count permanent and contract staff.")),
        lever: false,
        options: &[
            option(
                "under-50",
                t("Kurang dari 50", "Fewer than 50"),
                [0, 4, 0],
                t(
                    "Di tim sekecil ini, pemasaran biasanya dipegang langsung oleh pimpinan bisnis, dan TI dipanggil hanya bila perlu.",
                    "In a team this small, business leaders usually run marketing themselves and call on IT only when needed.",
                ),
                t("perusahaan Anda memiliki kurang dari 50 karyawan", "your company had fewer than 50 people"),
            ),
            option(
                "50-249",
                t("50–249", "50–249"),
                [1, 3, 1],
                t(
                    "Perusahaan menengah jarang punya ruang untuk dua tim teknologi yang berjalan berdampingan.",
                    "A mid-sized company rarely has room for two technology teams running side by side.",
                ),
                t("perusahaan Anda memiliki 50–249 karyawan", "your company had 50–249 people"),
            ),
            option(
                "250-999",
                t("250–999", "250–999"),
                [2, 2, 2],
                t(
                    "Pada ukuran ini TI dan pemasaran sudah menjadi departemen tersendiri.",
                    "At this size IT and marketing are departments in their own right.",
                ),
                t("perusahaan Anda memiliki 250–999 karyawan", "your company had 250–999 people"),
            ),
            option(
                "1000-4999",
                t("1.000–4.999", "1,000–4,999"),
                [2, 1, 3],
                t(
                    "Perusahaan besar cenderung punya tim TI yang cukup kuat untuk mengikuti perkembangan teknologi pemasaran.",
                    "Large companies tend to have IT teams strong enough to keep up with marketing technology.",
                ),
                t("perusahaan Anda memiliki 1.000–4.999 karyawan", "your company had 1,000–4,999 people"),
            ),
            option(
                "5000-plus",
                t("5.000 atau lebih", "5,000 or more"),
                [2, 0, 4],
                t(
                    "Di perusahaan sebesar ini, teknologi dan pemasaran masing-masing punya organisasi yang mapan.",
                    "At this scale, technology and marketing each have a well-established organisation.",
                ),
                t("perusahaan Anda memiliki 5.000 karyawan atau lebih", "your company had 5,000 people or more"),
            ),
        ],
    },
    Question {
        id: "revenue",
        section: Section::Company,
        topic: t("Pendapatan tahunan", "Annual revenue"),
        prompt: t(
            "Berapa kisaran pendapatan tahunan perusahaan Anda?",
            "What is your company's annual revenue?",
        ),
        hint: Some(t("Perkiraan kasar sudah cukup.", "A rough estimate is enough.")),
        lever: false,
        options: &[
            option(
                "under-15bn",
                t("Di bawah Rp 15 miliar", "Under Rp 15 billion (about US$1 million)"),
                [0, 3, 0],
                t(
                    "Dengan pendapatan sebesar ini, dana teknologi paling baik dipusatkan pada sedikit alat pemasaran yang terbukti.",
                    "At this revenue, technology money is best focused on a few proven marketing tools.",
                ),
                t("pendapatan Anda di bawah Rp 15 miliar", "your revenue were under Rp 15 billion"),
            ),
            option(
                "15-50bn",
                t("Rp 15–50 miliar", "Rp 15–50 billion (about US$1–3 million)"),
                [1, 3, 1],
                t(
                    "Bisnis menengah biasanya membiayai teknologi pemasaran dari anggaran pemasaran itu sendiri.",
                    "Mid-sized businesses usually pay for marketing technology out of the marketing budget itself.",
                ),
                t("pendapatan Anda Rp 15–50 miliar", "your revenue were Rp 15–50 billion"),
            ),
            option(
                "50-500bn",
                t("Rp 50–500 miliar", "Rp 50–500 billion (about US$3–30 million)"),
                [2, 2, 2],
                t(
                    "Pendapatan di kisaran ini cukup untuk mendanai investasi teknologi pemasaran yang serius.",
                    "Revenue in this range can fund serious investment in marketing technology.",
                ),
                t("pendapatan Anda Rp 50–500 miliar", "your revenue were Rp 50–500 billion"),
            ),
            option(
                "500bn-5tn",
                t("Rp 500 miliar – 5 triliun", "Rp 500 billion – 5 trillion (about US$30–300 million)"),
                [2, 1, 3],
                t(
                    "Perusahaan sebesar ini umumnya memiliki anggaran TI yang lebih besar untuk mendukung pemasaran.",
                    "Companies of this size usually have larger IT budgets to support marketing.",
                ),
                t("pendapatan Anda Rp 500 miliar – 5 triliun", "your revenue were Rp 500 billion – 5 trillion"),
            ),
            option(
                "over-5tn",
                t("Di atas Rp 5 triliun", "Over Rp 5 trillion (about US$300 million)"),
                [2, 0, 4],
                t(
                    "Pada skala ini TI punya anggaran dan orang untuk menjalankan teknologi pemasaran sebagai layanan inti.",
                    "At this scale IT has the budget and people to run marketing technology as a core service.",
                ),
                t("pendapatan Anda di atas Rp 5 triliun", "your revenue were over Rp 5 trillion"),
            ),
        ],
    },
    Question {
        id: "leadership-roles",
        section: Section::Company,
        topic: t("Peran CIO dan CMO", "CIO and CMO roles"),
        prompt: t(
            "Apakah perusahaan Anda memiliki CIO dan CMO sebagai dua peran terpisah?",
            "Does your company have a CIO and a CMO as two separate roles?",
        ),
        hint: Some(t(
            "CIO: pimpinan teknologi informasi. CMO: pimpinan pemasaran. Jabatannya bisa lain, misalnya Kepala TI atau Direktur Pemasaran.",
            "CIO: the head of information technology. CMO: the head of marketing. Titles vary, e.g. Head of IT or Marketing Director.",
        )),
        lever: true,
        options: &[
            option(
                "both",
                t("Ya, keduanya ada sebagai eksekutif terpisah", "Yes, both exist as separate executives"),
                [4, 1, 3],
                t(
                    "Ada dua pemimpin yang masing-masing membawa keahliannya sendiri ke meja yang sama.",
                    "There are two leaders, each bringing their own expertise to the same table.",
                ),
                t("perusahaan Anda memiliki CIO dan CMO yang terpisah", "your company had a separate CIO and CMO"),
            ),
            option(
                "cmo-only",
                t(
                    "Ada pimpinan pemasaran, tetapi TI tidak dipimpin eksekutif tersendiri",
                    "There is a head of marketing, but no separate IT executive",
                ),
                [0, 4, 0],
                t(
                    "Tanpa pimpinan TI tersendiri, pemasaranlah yang menggerakkan teknologi pemasaran dan meminta bantuan TI bila perlu.",
                    "Without a dedicated IT leader, marketing drives marketing technology and asks for IT help when needed.",
                ),
                t(
                    "pemasaran punya pimpinan sendiri sementara TI tidak dipimpin eksekutif tersendiri",
                    "marketing had its own head while IT had no executive of its own",
                ),
            ),
            option(
                "cio-only",
                t(
                    "Ada pimpinan TI, tetapi pemasaran dijalankan CEO atau manajer penjualan",
                    "There is a head of IT, but the CEO or a sales manager runs marketing",
                ),
                [0, 1, 2],
                t(
                    "Pemasaran belum punya pimpinan sendiri, sehingga keahlian teknologi pemasaran banyak berada di TI.",
                    "Marketing has no leader of its own yet, so much of the marketing-technology know-how sits in IT.",
                ),
                t(
                    "TI punya pimpinan sendiri sementara CEO atau manajer penjualan menjalankan pemasaran",
                    "IT had its own head while the CEO or a sales manager ran marketing",
                ),
            ),
            option(
                "neither",
                t("Tidak, CEO atau pemilik merangkap keduanya", "No, the CEO or owner covers both"),
                [0, 3, 0],
                t(
                    "Tanpa CIO dan CMO terpisah, pimpinan bisnis sendiri yang memutuskan soal pemasaran dan teknologi, sering dengan bantuan mitra TI dari luar.",
                    "With neither role separate, business leaders decide on marketing and technology themselves, often with an outside IT partner.",
                ),
                t(
                    "CEO atau pemilik merangkap peran TI dan pemasaran",
                    "the CEO or owner covered both IT and marketing",
                ),
            ),
        ],
    },
    // ───────────────────────────── IT budget ─────────────────────────────
    Question {
        id: "it-spend",
        section: Section::ItBudget,
        topic: t("Belanja TI", "IT spending"),
        prompt: t(
            "Berapa besar belanja TI tahunan dibandingkan pendapatan?",
            "How large is annual IT spending relative to revenue?",
        ),
        hint: Some(t(
            "Termasuk gaji tim TI, perangkat lunak, layanan cloud, dan vendor.",
            "Include IT staff, software, cloud services and vendors.",
        )),
        lever: true,
        options: &[
            option(
                "under-1pct",
                t("Kurang dari 1% pendapatan", "Less than 1% of revenue"),
                [0, 3, 0],
                t(
                    "Anggaran TI yang tipis berarti TI hanya bisa membantu pemasaran sesekali.",
                    "A thin IT budget means IT can help marketing only now and then.",
                ),
                t("belanja TI Anda kurang dari 1% pendapatan", "your IT spending were under 1% of revenue"),
            ),
            option(
                "1-3pct",
                t("1–3% pendapatan", "1–3% of revenue"),
                [1, 2, 1],
                t(
                    "Anggaran TI yang moderat sebagian besar terpakai untuk menjalankan sistem inti.",
                    "A moderate IT budget goes mostly to running core systems.",
                ),
                t("belanja TI Anda 1–3% pendapatan", "your IT spending were 1–3% of revenue"),
            ),
            option(
                "3-5pct",
                t("3–5% pendapatan", "3–5% of revenue"),
                [2, 1, 3],
                t(
                    "Anggaran TI yang cukup besar memberi ruang bagi TI untuk mendukung proyek pemasaran dengan sungguh-sungguh.",
                    "A sizeable IT budget leaves room for IT to back marketing projects properly.",
                ),
                t("belanja TI Anda 3–5% pendapatan", "your IT spending were 3–5% of revenue"),
            ),
            option(
                "over-5pct",
                t("Lebih dari 5% pendapatan", "More than 5% of revenue"),
                [2, 0, 4],
                t(
                    "Anggaran TI yang besar memungkinkan tim TI mengikuti laju teknologi pemasaran.",
                    "A large IT budget lets the IT team keep pace with marketing technology.",
                ),
                t("belanja TI Anda lebih dari 5% pendapatan", "your IT spending were over 5% of revenue"),
            ),
        ],
    },
    Question {
        id: "martech-share",
        section: Section::ItBudget,
        topic: t("Anggaran teknologi pemasaran", "Marketing-technology budget"),
        prompt: t(
            "Berapa bagian anggaran teknologi yang tersedia untuk teknologi pemasaran?",
            "How much of the technology budget is available for marketing technology?",
        ),
        hint: Some(t(
            "Misalnya CRM, otomasi pemasaran, analitik, situs web, dan aplikasi.",
            "For example CRM, marketing automation, analytics, website and apps.",
        )),
        lever: true,
        options: &[
            option(
                "none",
                t("Tidak ada porsi khusus", "Nothing is set aside"),
                [0, 2, 0],
                t(
                    "Tanpa porsi khusus, alat pemasaran biasanya dibeli dan dikelola oleh pemasaran sendiri.",
                    "With nothing set aside, marketing tools are usually bought and run by marketing itself.",
                ),
                t(
                    "tidak ada porsi anggaran khusus untuk teknologi pemasaran",
                    "nothing were set aside for marketing technology",
                ),
            ),
            option(
                "under-10pct",
                t("Kurang dari 10%", "Less than 10%"),
                [1, 2, 1],
                t(
                    "Porsi kecil cukup untuk beberapa alat, tetapi belum untuk pekerjaan integrasi yang besar.",
                    "A small share covers a few tools but not major integration work.",
                ),
                t(
                    "kurang dari 10% anggaran teknologi tersedia untuk teknologi pemasaran",
                    "less than 10% of the technology budget were available for marketing technology",
                ),
            ),
            option(
                "10-25pct",
                t("10–25%", "10–25%"),
                [3, 1, 2],
                t(
                    "Porsi yang berarti untuk teknologi pemasaran menunjukkan bahwa TI dan pemasaran sudah berbagi agenda.",
                    "A meaningful share for marketing technology shows IT and marketing already share an agenda.",
                ),
                t(
                    "10–25% anggaran teknologi tersedia untuk teknologi pemasaran",
                    "10–25% of the technology budget were available for marketing technology",
                ),
            ),
            option(
                "over-25pct",
                t("Lebih dari 25%", "More than 25%"),
                [4, 0, 2],
                t(
                    "Dengan porsi sebesar ini, teknologi pemasaran layak dikelola sebagai portofolio tersendiri.",
                    "At this share, marketing technology deserves to be managed as a portfolio of its own.",
                ),
                t(
                    "lebih dari 25% anggaran teknologi tersedia untuk teknologi pemasaran",
                    "more than 25% of the technology budget were available for marketing technology",
                ),
            ),
        ],
    },
    Question {
        id: "it-capacity",
        section: Section::ItBudget,
        topic: t("Kapasitas TI untuk pemasaran", "IT capacity for marketing"),
        prompt: t(
            "Seberapa besar kapasitas tim TI untuk proyek pemasaran?",
            "How much capacity does your IT team have for marketing projects?",
        ),
        hint: None,
        lever: true,
        options: &[
            option(
                "none",
                t("Tidak ada — TI sibuk menjaga sistem inti", "None — IT is busy keeping core systems running"),
                [0, 3, 0],
                t(
                    "Karena TI tersita untuk sistem inti, keterlibatannya di pemasaran hanya bisa per kasus.",
                    "With IT tied up in core systems, it can only take part in marketing case by case.",
                ),
                t(
                    "tim TI Anda sepenuhnya sibuk dengan sistem inti",
                    "your IT team were fully taken up by core systems",
                ),
            ),
            option(
                "on-request",
                t("Membantu bila diminta, jika ada waktu", "Helps when asked, if time allows"),
                [0, 3, 1],
                t(
                    "Bantuan TI datang sesekali, sehingga pemasaran perlu memimpin dan mengundang TI saat dibutuhkan.",
                    "IT help comes now and then, so marketing has to lead and bring IT in when needed.",
                ),
                t(
                    "tim TI Anda membantu pemasaran hanya bila diminta",
                    "your IT team helped marketing only when asked",
                ),
            ),
            option(
                "some-people",
                t("Beberapa orang TI rutin mendukung pemasaran", "A few IT people support marketing regularly"),
                [2, 1, 3],
                t(
                    "Sudah ada orang TI yang terbiasa bekerja bersama pemasaran.",
                    "Some IT people are already used to working with marketing.",
                ),
                t(
                    "beberapa orang TI rutin mendukung pemasaran",
                    "a few IT people supported marketing regularly",
                ),
            ),
            option(
                "dedicated-team",
                t(
                    "Ada tim TI khusus untuk teknologi pemasaran dan pelanggan",
                    "A dedicated IT team serves marketing and customer technology",
                ),
                [3, 0, 4],
                t(
                    "Tim TI khusus dapat mengikuti laju teknologi pemasaran dan menangani integrasinya.",
                    "A dedicated IT team can keep pace with marketing technology and handle its integration.",
                ),
                t(
                    "tim TI Anda memiliki kapasitas khusus untuk proyek pemasaran",
                    "your IT team had dedicated capacity for marketing projects",
                ),
            ),
        ],
    },
    // ───────────────────────────── Marketing maturity ─────────────────────────────
    Question {
        id: "customer-data",
        section: Section::MarketingMaturity,
        topic: t("Data dan analitik pelanggan", "Customer data and analytics"),
        prompt: t(
            "Bagaimana perusahaan Anda memakai data pelanggan dan analitik?",
            "How does your company use customer data and analytics?",
        ),
        hint: None,
        lever: true,
        options: &[
            option(
                "intuition",
                t(
                    "Hampir tidak — keputusan berdasarkan pengalaman dan intuisi",
                    "Hardly — decisions rest on experience and intuition",
                ),
                [0, 2, 0],
                t(
                    "Tanpa kebiasaan analitik, langkah pertama adalah mengumpulkan data dasar, bukan membangun struktur baru.",
                    "Without an analytics habit, the first step is collecting basic data, not building new structures.",
                ),
                t(
                    "keputusan pemasaran Anda terutama berdasarkan pengalaman dan intuisi",
                    "your marketing decisions rested mainly on experience and intuition",
                ),
            ),
            option(
                "basic-reports",
                t("Laporan dasar (penjualan, kunjungan situs)", "Basic reports (sales, website visits)"),
                [1, 2, 1],
                t(
                    "Laporan dasar memberi gambaran, tetapi belum menjelaskan kebutuhan pelanggan.",
                    "Basic reports give an overview but do not yet explain what customers need.",
                ),
                t(
                    "perusahaan Anda hanya memakai laporan dasar",
                    "your company used only basic reports",
                ),
            ),
            option(
                "segment-analysis",
                t(
                    "Analisis segmen dan perilaku pelanggan rutin mengarahkan kampanye",
                    "Regular analysis of customer segments and behaviour steers campaigns",
                ),
                [2, 2, 2],
                t(
                    "Analisis rutin sudah menjadi dasar keputusan pemasaran.",
                    "Regular analysis already underpins marketing decisions.",
                ),
                t(
                    "analisis segmen dan perilaku pelanggan rutin mengarahkan kampanye Anda",
                    "regular analysis of customer segments and behaviour steered your campaigns",
                ),
            ),
            option(
                "unified-data",
                t(
                    "Lanjutan: data pelanggan terpadu, model prediktif, eksperimen",
                    "Advanced: unified customer data, predictive models, experiments",
                ),
                [4, 0, 3],
                t(
                    "Data pelanggan terpadu menuntut teknologi dan pemasaran bekerja erat; perusahaan yang aktif menganalisis data pelanggan sekitar dua kali lebih mungkin mengungguli pasarnya.",
                    "Unified customer data takes technology and marketing working closely; companies that actively analyse customer data are about twice as likely to outperform their market.",
                ),
                t(
                    "perusahaan Anda memiliki data pelanggan terpadu dan analitik lanjutan",
                    "your company had unified customer data and advanced analytics",
                ),
            ),
        ],
    },
    Question {
        id: "channels",
        section: Section::MarketingMaturity,
        topic: t("Koordinasi kanal", "Channel coordination"),
        prompt: t(
            "Bagaimana kanal pemasaran dan layanan Anda dijalankan?",
            "How are your marketing and service channels run?",
        ),
        hint: Some(t(
            "Rata-rata pelanggan memakai sekitar enam kanal sebelum memutuskan membeli.",
            "On average, customers use about six channels before they decide to buy.",
        )),
        lever: true,
        options: &[
            option(
                "one-or-two",
                t("Satu atau dua kanal, dijalankan terpisah", "One or two channels, run separately"),
                [0, 3, 0],
                t(
                    "Dengan sedikit kanal, pemasaran dapat mengelolanya sendiri tanpa struktur tambahan.",
                    "With few channels, marketing can run them itself without extra structure.",
                ),
                t(
                    "Anda menjalankan satu atau dua kanal secara terpisah",
                    "you ran one or two channels separately",
                ),
            ),
            option(
                "siloed",
                t("Beberapa kanal, masing-masing dikelola timnya sendiri", "Several channels, each run by its own team"),
                [1, 2, 1],
                t(
                    "Kanal yang berjalan sendiri-sendiri cenderung melahirkan solusi per kanal yang tidak menyatu.",
                    "Channels run in isolation tend to breed point solutions that don't fit together.",
                ),
                t(
                    "setiap kanal Anda dikelola timnya sendiri",
                    "each of your channels were run by its own team",
                ),
            ),
            option(
                "mostly-coordinated",
                t("Sebagian besar kanal dikoordinasikan dengan satu rencana", "Most channels coordinated around one plan"),
                [2, 1, 2],
                t(
                    "Kanal sudah dikoordinasikan, dan koordinasi itu membutuhkan dukungan integrasi dari TI.",
                    "Channels are already coordinated, and that coordination calls for integration support from IT.",
                ),
                t(
                    "sebagian besar kanal Anda dikoordinasikan dengan satu rencana",
                    "most of your channels were coordinated around one plan",
                ),
            ),
            option(
                "orchestrated",
                t("Semua kanal diorkestrasi sebagai satu perjalanan pelanggan", "All channels orchestrated as one customer journey"),
                [4, 0, 2],
                t(
                    "Mengorkestrasi semua kanal sebagai satu perjalanan pelanggan menuntut keahlian pemasaran dan teknologi di satu tempat.",
                    "Orchestrating every channel as one customer journey needs marketing and technology expertise in one place.",
                ),
                t(
                    "semua kanal Anda diorkestrasi sebagai satu perjalanan pelanggan",
                    "all your channels were orchestrated as one customer journey",
                ),
            ),
        ],
    },
    Question {
        id: "martech-stack",
        section: Section::MarketingMaturity,
        topic: t("Jumlah alat teknologi pemasaran", "Marketing-technology stack"),
        prompt: t(
            "Seberapa besar kumpulan alat teknologi pemasaran Anda?",
            "How big is your marketing-technology stack?",
        ),
        hint: Some(t(
            "Hitung alat seperti email, media sosial, CRM, otomasi, analitik, dan iklan.",
            "Count tools such as email, social media, CRM, automation, analytics and advertising.",
        )),
        lever: true,
        options: &[
            option(
                "few-basic",
                t("Beberapa alat dasar (email, media sosial, situs web)", "A few basic tools (email, social media, website)"),
                [0, 3, 0],
                t(
                    "Alat dasar dapat dipilih dan dijalankan oleh pemasaran sendiri.",
                    "Basic tools can be chosen and run by marketing on its own.",
                ),
                t(
                    "Anda hanya memakai beberapa alat pemasaran dasar",
                    "you used only a few basic marketing tools",
                ),
            ),
            option(
                "loose",
                t("5–15 alat, sedikit terhubung", "5–15 tools, loosely connected"),
                [1, 3, 1],
                t(
                    "Kumpulan alat yang belum banyak terhubung dapat dikelola pemasaran dengan bantuan TI sesekali.",
                    "A loosely connected stack can be run by marketing with occasional IT help.",
                ),
                t(
                    "Anda memakai 5–15 alat pemasaran yang sedikit terhubung",
                    "you used 5–15 loosely connected marketing tools",
                ),
            ),
            option(
                "integrated",
                t(
                    "15–40 alat, sebagian terintegrasi (CRM, otomasi, analitik)",
                    "15–40 tools, partly integrated (CRM, automation, analytics)",
                ),
                [2, 1, 3],
                t(
                    "Semakin banyak alat yang terhubung, semakin penting keahlian integrasi dari TI.",
                    "The more tools are connected, the more IT's integration expertise matters.",
                ),
                t(
                    "Anda memakai 15–40 alat pemasaran yang sebagian terintegrasi",
                    "you used 15–40 partly integrated marketing tools",
                ),
            ),
            option(
                "platform",
                t(
                    "Lebih dari 40 alat, atau platform yang terhubung ke sistem inti",
                    "More than 40 tools, or a platform tied into core systems",
                ),
                [3, 0, 3],
                t(
                    "Kumpulan alat sebesar ini menyentuh sistem inti dan tidak bisa dikelola pemasaran sendirian.",
                    "A stack this large reaches into core systems and cannot be run by marketing alone.",
                ),
                t(
                    "teknologi pemasaran Anda besar dan terhubung ke sistem inti",
                    "your marketing technology were large and tied into core systems",
                ),
            ),
        ],
    },
    Question {
        id: "cmo-seat",
        section: Section::MarketingMaturity,
        topic: t("Posisi pemasaran di jajaran pimpinan", "Marketing at the executive table"),
        prompt: t(
            "Di mana posisi pimpinan pemasaran dalam pengambilan keputusan eksekutif?",
            "Where does the head of marketing sit in executive decision-making?",
        ),
        hint: None,
        lever: true,
        options: &[
            option(
                "not-represented",
                t("Pemasaran tidak terwakili di jajaran pimpinan", "Marketing is not represented at the top"),
                [0, 0, 1],
                t(
                    "Tanpa kursi di jajaran pimpinan, pemasaran sulit memimpin perubahan lintas divisi.",
                    "Without a seat at the top, marketing struggles to lead change across divisions.",
                ),
                t(
                    "pemasaran tidak terwakili di jajaran pimpinan",
                    "marketing were not represented at the top",
                ),
            ),
            option(
                "reports-up",
                t(
                    "Melapor ke anggota direksi, tetapi tidak ikut rapat eksekutif",
                    "Reports to a board member but is not in executive meetings",
                ),
                [1, 2, 2],
                t(
                    "Pemasaran didengar lewat perantara, sehingga pengaruhnya pada keputusan bisnis terbatas.",
                    "Marketing is heard through someone else, so its influence on business decisions is limited.",
                ),
                t(
                    "pimpinan pemasaran Anda melapor ke direksi tanpa ikut rapat eksekutif",
                    "your head of marketing reported to the board without joining executive meetings",
                ),
            ),
            option(
                "at-table",
                t("Pimpinan pemasaran ikut rapat eksekutif", "The head of marketing sits in executive meetings"),
                [2, 3, 2],
                t(
                    "Pimpinan pemasaran di meja eksekutif punya wewenang untuk memimpin inisiatif teknologi pemasaran.",
                    "A head of marketing at the executive table has the authority to lead marketing-technology initiatives.",
                ),
                t(
                    "pimpinan pemasaran Anda ikut rapat eksekutif",
                    "your head of marketing sat in executive meetings",
                ),
            ),
            option(
                "leads-cross-functional",
                t(
                    "Ikut rapat eksekutif dan memimpin proses pelanggan lintas divisi",
                    "Sits at the executive table and leads customer processes across divisions",
                ),
                [4, 3, 2],
                t(
                    "Pemasaran sudah menjadi penghubung antardivisi dan berwenang atas proses pelanggan.",
                    "Marketing already links the divisions and has authority over customer processes.",
                ),
                t(
                    "pimpinan pemasaran Anda memimpin proses pelanggan lintas divisi",
                    "your head of marketing led customer processes across divisions",
                ),
            ),
        ],
    },
    Question {
        id: "marketing-roi",
        section: Section::MarketingMaturity,
        topic: t("Akuntabilitas ROI pemasaran", "Marketing ROI accountability"),
        prompt: t(
            "Bagaimana hasil belanja pemasaran dipertanggungjawabkan?",
            "How is marketing spend held accountable for results?",
        ),
        hint: None,
        lever: true,
        options: &[
            option(
                "not-tracked",
                t("Tidak diukur terhadap hasil", "Not measured against results"),
                [0, 1, 0],
                t(
                    "Tanpa angka ROI, investasi teknologi pemasaran sulit dipertahankan di hadapan direksi.",
                    "Without ROI figures, investment in marketing technology is hard to defend to the board.",
                ),
                t(
                    "belanja pemasaran Anda tidak diukur terhadap hasil",
                    "your marketing spend were not measured against results",
                ),
            ),
            option(
                "some-campaigns",
                t("Diukur untuk sebagian kampanye", "Measured for some campaigns"),
                [1, 2, 1],
                t(
                    "Pengukuran sebagian adalah awal yang baik, tetapi belum cukup untuk membenarkan anggaran bersama yang besar.",
                    "Partial measurement is a start, but not enough to justify a large shared budget.",
                ),
                t(
                    "ROI hanya diukur untuk sebagian kampanye",
                    "ROI were measured for some campaigns only",
                ),
            ),
            option(
                "major-campaigns",
                t("Setiap kampanye besar punya target dan laporan ROI", "Every major campaign has targets and a reported ROI"),
                [2, 2, 2],
                t(
                    "Laporan ROI rutin membuat pemasaran dapat berdiskusi dengan TI dan keuangan berdasarkan fakta.",
                    "Regular ROI reporting lets marketing talk to IT and finance on the basis of facts.",
                ),
                t(
                    "setiap kampanye besar Anda punya target dan laporan ROI",
                    "every major campaign had targets and a reported ROI",
                ),
            ),
            option(
                "every-rupiah",
                t(
                    "Setiap rupiah belanja pemasaran dipertanggungjawabkan ROI-nya bersama bagian keuangan",
                    "Every unit of marketing spend is accountable for ROI, reviewed with finance",
                ),
                [3, 2, 3],
                t(
                    "Disiplin ROI yang ketat membuat investasi teknologi bersama dapat diukur dan dipertahankan.",
                    "Strict ROI discipline makes shared technology investment measurable and defensible.",
                ),
                t(
                    "setiap rupiah belanja pemasaran dipertanggungjawabkan ROI-nya",
                    "every unit of marketing spend were accountable for ROI",
                ),
            ),
        ],
    },
    Question {
        id: "plan-alignment",
        section: Section::MarketingMaturity,
        topic: t("Keselarasan rencana pemasaran", "Marketing plan alignment"),
        prompt: t(
            "Seberapa selaras rencana pemasaran dengan rencana bisnis dan operasional?",
            "How well is the marketing plan aligned with the business and operations plans?",
        ),
        hint: None,
        lever: true,
        options: &[
            option(
                "no-plan",
                t("Belum ada rencana pemasaran tertulis", "There is no written marketing plan"),
                [0, 2, 0],
                t(
                    "Tanpa rencana tertulis, prioritas pertama adalah menyusun rencana, bukan struktur.",
                    "Without a written plan, the first priority is a plan, not a structure.",
                ),
                t(
                    "Anda belum punya rencana pemasaran tertulis",
                    "you had no written marketing plan",
                ),
            ),
            option(
                "separate",
                t(
                    "Ada, tetapi disusun terpisah dari rencana bisnis",
                    "There is one, but it is drawn up apart from the business plan",
                ),
                [1, 2, 1],
                t(
                    "Rencana yang terpisah membuat kebutuhan teknologi pemasaran sering terlambat sampai ke TI.",
                    "A separate plan means marketing-technology needs often reach IT too late.",
                ),
                t(
                    "rencana pemasaran Anda disusun terpisah dari rencana bisnis",
                    "your marketing plan were drawn up apart from the business plan",
                ),
            ),
            option(
                "aligned-yearly",
                t("Diselaraskan setahun sekali", "Aligned once a year"),
                [2, 2, 2],
                t(
                    "Penyelarasan tahunan memberi TI dan pemasaran kalender bersama untuk merencanakan.",
                    "Yearly alignment gives IT and marketing a shared calendar to plan against.",
                ),
                t(
                    "rencana pemasaran Anda diselaraskan setahun sekali",
                    "your marketing plan were aligned once a year",
                ),
            ),
            option(
                "built-jointly",
                t(
                    "Disusun bersama dan ditinjau rutin dengan bisnis dan operasional",
                    "Built jointly and reviewed regularly with business and operations",
                ),
                [4, 1, 2],
                t(
                    "Rencana yang disusun bersama adalah fondasi bagi kerja lintas fungsi dengan tujuan yang sama.",
                    "A jointly built plan is the foundation for cross-functional work towards shared goals.",
                ),
                t(
                    "rencana pemasaran Anda disusun bersama bisnis dan operasional",
                    "your marketing plan were built jointly with business and operations",
                ),
            ),
        ],
    },
    // ───────────────────────────── Readiness ─────────────────────────────
    Question {
        id: "new-unit-appetite",
        section: Section::Readiness,
        topic: t("Kesediaan membentuk unit baru", "Appetite for a new unit"),
        prompt: t(
            "Seberapa siap pimpinan membentuk unit organisasi baru untuk pengalaman pemasaran digital?",
            "How ready is leadership to create a new organisational unit for digital marketing experience?",
        ),
        hint: Some(t(
            "Misalnya divisi Marketing Tech dengan orang dan anggaran sendiri.",
            "For example, a Marketing Tech division with its own people and budget.",
        )),
        lever: true,
        options: &[
            option(
                "none",
                t("Tidak — kami ingin menghindari perubahan struktur", "Not at all — we want to avoid structural change"),
                [0, 2, 3],
                t(
                    "Tanpa kesediaan mengubah struktur, bekerja di dalam peran yang sudah ada adalah jalan yang lebih mudah.",
                    "Without appetite for structural change, working within existing roles is the easier path.",
                ),
                t(
                    "pimpinan Anda ingin menghindari perubahan struktur",
                    "your leadership wanted to avoid structural change",
                ),
            ),
            option(
                "small-only",
                t("Hanya jika kecil dan berisiko rendah", "Only if it is small and low-risk"),
                [1, 2, 2],
                t(
                    "Kesediaan yang terbatas lebih cocok untuk tim kecil daripada divisi baru.",
                    "Limited appetite suits a small team better than a new division.",
                ),
                t(
                    "pimpinan Anda hanya mau membentuk unit baru yang kecil dan berisiko rendah",
                    "your leadership would accept only a small, low-risk new unit",
                ),
            ),
            option(
                "open",
                t("Terbuka, jika alasan bisnisnya jelas", "Open to it, given a clear business case"),
                [3, 1, 1],
                t(
                    "Pimpinan terbuka pada unit baru selama alasan bisnisnya jelas.",
                    "Leadership is open to a new unit as long as the business case is clear.",
                ),
                t(
                    "pimpinan Anda terbuka membentuk unit baru bila alasan bisnisnya jelas",
                    "your leadership were open to a new unit given a clear business case",
                ),
            ),
            option(
                "keen",
                t("Sangat siap — kami siap mendanai dan mengisinya", "Keen — ready to fund and staff it"),
                [5, 0, 0],
                t(
                    "Pimpinan siap mendanai dan mengisi unit baru, syarat utama untuk membangunnya.",
                    "Leadership is ready to fund and staff a new unit, the main precondition for building one.",
                ),
                t(
                    "pimpinan Anda siap mendanai dan mengisi unit baru",
                    "your leadership were ready to fund and staff a new unit",
                ),
            ),
        ],
    },
    Question {
        id: "cio-cmo-relationship",
        section: Section::Readiness,
        topic: t("Hubungan CIO–CMO saat ini", "CIO–CMO relationship today"),
        prompt: t(
            "Seberapa baik pimpinan TI dan pimpinan pemasaran bekerja sama saat ini?",
            "How well do your IT and marketing leaders work together today?",
        ),
        hint: Some(t(
            "Jika peran itu dirangkap, pikirkan orang yang menjalankan TI dan pemasaran.",
            "If the roles are combined, think of whoever runs IT and marketing.",
        )),
        lever: true,
        options: &[
            option(
                "friction",
                t("Jarang berkomunikasi, sering ada gesekan", "They rarely talk, and there is friction"),
                [0, 3, 1],
                t(
                    "Dengan hubungan yang tegang, kemitraan erat belum realistis; peran yang jelas adalah awal yang lebih aman.",
                    "With a strained relationship, a close partnership is not realistic yet; clear roles are a safer start.",
                ),
                t(
                    "pimpinan TI dan pemasaran Anda jarang berkomunikasi",
                    "your IT and marketing leaders rarely talked",
                ),
            ),
            option(
                "when-required",
                t("Bekerja sama hanya bila proyek menuntut", "They cooperate only when a project requires it"),
                [0, 3, 2],
                t(
                    "Kerja sama terjadi per proyek, tetapi belum menjadi kebiasaan.",
                    "Cooperation happens project by project, but is not yet a habit.",
                ),
                t(
                    "pimpinan TI dan pemasaran Anda bekerja sama hanya bila proyek menuntut",
                    "your IT and marketing leaders cooperated only when a project required it",
                ),
            ),
            option(
                "constructive",
                t("Kerja sama rutin dan konstruktif", "Regular, constructive cooperation"),
                [2, 1, 3],
                t(
                    "Kerja sama yang rutin membuat masing-masing pihak dapat diandalkan dalam perannya sendiri.",
                    "Regular cooperation means each side can be relied on in its own role.",
                ),
                t(
                    "pimpinan TI dan pemasaran Anda bekerja sama secara rutin dan konstruktif",
                    "your IT and marketing leaders cooperated regularly and constructively",
                ),
            ),
            option(
                "partnership",
                t("Kemitraan erat dengan tujuan bersama", "A close partnership with shared goals"),
                [5, 0, 2],
                t(
                    "Kemitraan erat adalah dasar terkuat untuk menyatukan keahlian pemasaran dan teknologi.",
                    "A close partnership is the strongest basis for combining marketing and technology expertise.",
                ),
                t(
                    "pimpinan TI dan pemasaran Anda bermitra erat dengan tujuan bersama",
                    "your IT and marketing leaders were close partners with shared goals",
                ),
            ),
        ],
    },
    Question {
        id: "digital-cx",
        section: Section::Readiness,
        topic: t("Peran pengalaman pelanggan digital", "Role of digital customer experience"),
        prompt: t(
            "Seberapa penting pengalaman pelanggan digital bagi bisnis Anda?",
            "How central is digital customer experience to your business?",
        ),
        hint: Some(t(
            "Aplikasi seluler, toko daring, layanan daring, dan kampanye digital.",
            "Mobile apps, online shop, online service and digital campaigns.",
        )),
        lever: true,
        options: &[
            option(
                "peripheral",
                t(
                    "Pelengkap — sebagian besar bisnis berjalan luring atau lewat relasi",
                    "Peripheral — most business happens offline or through relationships",
                ),
                [0, 2, 1],
                t(
                    "Bila pengalaman digital bukan pusat bisnis, struktur baru untuknya sulit dibenarkan.",
                    "When digital experience is not central, a new structure for it is hard to justify.",
                ),
                t(
                    "pengalaman digital hanya pelengkap bagi bisnis Anda",
                    "digital experience were peripheral to your business",
                ),
            ),
            option(
                "some-products",
                t("Penting untuk sebagian produk", "Important for some products"),
                [1, 2, 2],
                t(
                    "Pengalaman digital penting di beberapa area, cukup untuk kolaborasi yang terarah tanpa unit baru.",
                    "Digital experience matters in some areas, enough for focused collaboration without a new unit.",
                ),
                t(
                    "pengalaman digital penting untuk sebagian produk Anda",
                    "digital experience mattered for some of your products",
                ),
            ),
            option(
                "central",
                t("Pusat dari sebagian besar pendapatan", "Central to most of our revenue"),
                [3, 1, 2],
                t(
                    "Ketika sebagian besar pendapatan bergantung pada pengalaman digital, TI dan pemasaran harus bergerak serempak.",
                    "When most revenue depends on the digital experience, IT and marketing must move in step.",
                ),
                t(
                    "sebagian besar pendapatan Anda bergantung pada pengalaman digital",
                    "most of your revenue depended on the digital experience",
                ),
            ),
            option(
                "digital-first",
                t("Inti bisnis — kami perusahaan digital", "It is the business — we are digital-first"),
                [5, 0, 1],
                t(
                    "Bagi bisnis digital, perjalanan pelanggan adalah produknya; terobosan integrasi butuh keahlian pemasaran dan teknologi yang menyatu.",
                    "For a digital-first business the customer journey is the product; integration breakthroughs need marketing and technology expertise combined.",
                ),
                t(
                    "bisnis Anda sepenuhnya digital",
                    "your business were digital-first",
                ),
            ),
        ],
    },
];
