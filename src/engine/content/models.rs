//! The three model profiles: summary, first steps and risks, grounded in the
//! brief (the three models from the ZDNet-sourced article, and the
//! McKinsey tips for the CEO on the CMO role).

use crate::engine::lang::Text;
use crate::engine::model::CollaborationModel;
use crate::engine::plan::{AnswerIs, ModelProfile, PlanStep};

const fn t(id: &'static str, en: &'static str) -> Text {
    Text::new(id, en)
}

const fn step(text: Text, moot_when: &'static [AnswerIs]) -> PlanStep {
    PlanStep { text, moot_when }
}

/// Companies without a separate head of marketing have no CMO to seat.
const NO_SEPARATE_CMO: AnswerIs = AnswerIs { question: "leadership-roles", options: &["cio-only", "neither"] };

static JOINT_DIVISION: ModelProfile = ModelProfile {
    model: CollaborationModel::JointDivision,
    name: t("Divisi Marketing Tech bersama", "A joint Marketing Tech division"),
    short_name: t("Divisi Marketing Tech bersama", "Joint Marketing Tech division"),
    summary: t(
        "{Cio} dan {cmo} menjalin kemitraan erat dan membentuk unit baru khusus untuk pengalaman pemasaran digital, yang diisi keahlian pemasaran sekaligus teknologi pemasaran. Model ini cocok bagi perusahaan yang bisnisnya digerakkan oleh pengalaman pelanggan digital dan pimpinannya siap berinvestasi pada struktur baru: unit seperti ini dapat membuat terobosan dalam integrasi dan perjalanan pelanggan yang sulit dicapai masing-masing pihak sendirian. Anggaran kedua pihak kemungkinan akan bertambah.",
        "{Cio} and {cmo} form a close partnership and set up a new unit dedicated to the digital marketing experience, staffed with both marketing and marketing-technology expertise. It suits companies whose business is driven by digital customer experience and whose leadership is ready to invest in a new structure: such a unit can make breakthroughs in integration and the customer journey that neither side manages alone. Expect both budgets to grow.",
    ),
    steps: &[
        step(
            t(
                "Sepakati secara tertulis mandat unit baru: perjalanan pelanggan mana yang menjadi tanggung jawabnya, bagaimana keberhasilan diukur, dan kepada siapa unit itu melapor.",
                "Agree in writing on the new unit's mandate: which customer journeys it owns, how success is measured and whom it reports to.",
            ),
            &[],
        ),
        step(
            t(
                "Tunjuk satu pemimpin unit yang bertanggung jawab kepada {cio} dan {cmo}, lalu isi unit dengan orang pemasaran dan ahli teknologi pemasaran.",
                "Appoint one unit lead answerable to both {cio} and {cmo}, and staff the unit with marketers and marketing technologists.",
            ),
            &[],
        ),
        step(
            t(
                "Petakan satu perjalanan pelanggan dari awal hingga akhir di semua kanal, lalu pilih integrasi pertama yang akan dibenahi unit ini.",
                "Map one customer journey end to end across every channel and choose the first integration the unit will fix.",
            ),
            &[],
        ),
        step(
            t(
                "Bentuk anggaran bersama dengan target ROI untuk setiap inisiatif, yang ditinjau bersama bagian keuangan setiap kuartal.",
                "Set up a joint budget with an ROI target for every initiative, reviewed with finance each quarter.",
            ),
            &[],
        ),
        step(
            t(
                "Jadikan {cmo} anggota penuh jajaran eksekutif, agar kerja unit ini terhubung langsung dengan keputusan bisnis.",
                "Make {cmo} a full member of the executive team, so the unit's work is tied directly to business decisions.",
            ),
            &[NO_SEPARATE_CMO, AnswerIs { question: "cmo-seat", options: &["at-table", "leads-cross-functional"] }],
        ),
        step(
            t(
                "Bangun dulu pandangan bersama atas data pelanggan: unit ini tidak dapat mengorkestrasi perjalanan pelanggan yang tidak terlihat.",
                "Build a shared view of customer data first: the unit cannot orchestrate customer journeys it cannot see.",
            ),
            &[AnswerIs { question: "customer-data", options: &["unified-data"] }],
        ),
    ],
    risks: &[
        t(
            "Struktur baru dapat memperlambat TI dan pemasaran selama peran belum mapan; tinjau pengaturannya setelah 90 hari.",
            "A new structure can slow both IT and marketing while roles settle; review the set-up after 90 days.",
        ),
        t(
            "Unit ini bisa menjadi silo baru; libatkan bagian pemasaran dan TI lainnya dalam perencanaannya.",
            "The unit can become a silo of its own; keep the rest of marketing and IT in its planning.",
        ),
        t(
            "Keamanan dan data pribadi bisa terabaikan di antara dua pihak; tentukan sejak awal sistem mana yang tetap dipegang TI.",
            "Security and personal data can fall between two chairs; decide early which systems stay with IT.",
        ),
    ],
};

static CMO_LEADS: ModelProfile = ModelProfile {
    model: CollaborationModel::CmoLeads,
    name: t("CMO memimpin, CIO dilibatkan per kasus", "The CMO leads, the CIO is involved case by case"),
    short_name: t("CMO memimpin, CIO per kasus", "CMO leads, CIO case by case"),
    summary: t(
        "Pemasaran memimpin: {cmo} membentuk tim teknologi pemasaran di dalam bagian pemasaran dengan memanfaatkan pengetahuan TI, sementara {cio} dilibatkan per kasus, saat sebuah proyek membutuhkannya. Model ini cocok bagi perusahaan yang teknologi untuk pelanggannya paling wajar dipegang pemasaran dan waktu TI untuk pemasaran terbatas. Keputusan tetap cepat, dan TI hanya diminta apa yang sanggup diberikannya.",
        "Marketing leads: {cmo} builds a marketing-technology team inside marketing, drawing on IT's knowledge, while {cio} takes part case by case, when a project needs it. It suits companies where marketing is the natural owner of customer-facing technology and IT's time for marketing is limited. Decisions stay fast, and IT is asked only for what it can give.",
    ),
    steps: &[
        step(
            t(
                "Berikan {cmo} kepemilikan yang jelas atas peta jalan teknologi pemasaran beserta anggarannya.",
                "Give {cmo} clear ownership of the marketing-technology roadmap and its budget.",
            ),
            &[],
        ),
        step(
            t(
                "Sepakati bersama {cio} kasus-kasus yang wajib melibatkan TI: koneksi ke sistem inti, keamanan, data pribadi, dan kontrak.",
                "Agree with {cio} on the cases where IT must be involved: links to core systems, security, personal data and contracts.",
            ),
            &[],
        ),
        step(
            t(
                "Bentuk tim teknologi pemasaran kecil di dalam bagian pemasaran — satu orang yang cakap pun sudah merupakan awal.",
                "Build a small marketing-technology team inside marketing — even one skilled person is a start.",
            ),
            &[],
        ),
        step(
            t(
                "Pilih sedikit alat yang melayani kanal utama dengan baik, bukan satu alat terpisah untuk setiap kanal.",
                "Choose a few tools that serve your main channels well, rather than a separate tool for every channel.",
            ),
            &[],
        ),
        step(
            t(
                "Susun rencana pemasaran yang terhubung dengan rencana bisnis dan operasional, lalu tinjau di tingkat pimpinan.",
                "Write a marketing plan tied to the business and operations plans, and review it at the top table.",
            ),
            &[AnswerIs { question: "plan-alignment", options: &["aligned-yearly", "built-jointly"] }],
        ),
        step(
            t(
                "Ukur imbal hasil setiap alat dan kampanye, agar setiap pembelian baru diputuskan berdasarkan fakta.",
                "Measure the return on every tool and campaign, so each new purchase is decided on facts.",
            ),
            &[AnswerIs { question: "marketing-roi", options: &["major-campaigns", "every-rupiah"] }],
        ),
    ],
    risks: &[
        t(
            "Alat yang dibeli tanpa TI dapat membuka celah keamanan dan menghasilkan data yang kelak sulit dihubungkan.",
            "Tools bought without IT can open security gaps and leave data that won't connect later.",
        ),
        t(
            "Jika TI baru dipanggil di akhir, integrasi menjadi mahal; libatkan TI sejak awal setiap kasus.",
            "If IT is called in only at the end, integration gets expensive; bring IT in at the start of each case.",
        ),
        t(
            "Terlalu banyak hal bisa bergantung pada pengetahuan satu orang; dokumentasikan alat, akun, dan alur datanya.",
            "Too much can rest on one person's knowledge; document the tools, accounts and data flows.",
        ),
    ],
};

static SEPARATE_LANES: ModelProfile = ModelProfile {
    model: CollaborationModel::SeparateLanes,
    name: t(
        "CIO dan CMO berkolaborasi sesuai tanggung jawab masing-masing",
        "CIO and CMO collaborate, each within their own responsibilities",
    ),
    short_name: t("Masing-masing sesuai perannya", "Each in their own lane"),
    summary: t(
        "Setiap pimpinan bekerja di jalurnya sendiri dan berkolaborasi di titik temu: {cio} membawa keahlian mengintegrasikan teknologi, {cmo} memegang pengalaman pelanggan digital yang terintegrasi. Model ini cocok bagi perusahaan besar dengan anggaran TI yang lebih besar, yang tim TI-nya mampu mengikuti laju teknologi pemasaran. Model ini lebih mudah diwujudkan daripada membentuk struktur Marketing Tech baru, yang berisiko memperlambat kedua pihak.",
        "Each leader works in their own lane, and they collaborate where the lanes meet: {cio} brings expertise in integrating technology, {cmo} owns the integrated digital customer experience. It suits larger companies with bigger IT budgets, whose IT team can keep pace with marketing technology. It is easier to put in place than a new Marketing Tech structure, which risks slowing both sides down.",
    ),
    steps: &[
        step(
            t(
                "Tuliskan siapa memutuskan apa: pemasaran menjajaki dan menilai teknologi pemasaran; TI memastikan persoalan teknisnya dipahami, disepakati, dan ditangani.",
                "Write down who decides what: marketing explores and evaluates marketing technology; IT makes sure the technical issues are understood, agreed and handled.",
            ),
            &[],
        ),
        step(
            t(
                "Tunjuk satu kontak di TI untuk pemasaran, dan adakan tinjauan bersama atas portofolio teknologi pemasaran setiap bulan.",
                "Name one contact in IT for marketing, and hold a monthly joint review of the marketing-technology portfolio.",
            ),
            &[],
        ),
        step(
            t(
                "Sepakati tujuan pengalaman pelanggan bersama yang diukur dengan cara yang sama oleh kedua tim.",
                "Agree on shared customer-experience goals that both teams measure the same way.",
            ),
            &[],
        ),
        step(
            t(
                "Libatkan TI sejak awal perencanaan pemasaran, agar pekerjaan integrasi masuk anggaran sejak awal.",
                "Bring IT into marketing planning early, so integration work is in the budget from the start.",
            ),
            &[AnswerIs { question: "plan-alignment", options: &["built-jointly"] }],
        ),
        step(
            t(
                "Jadikan {cmo} eksekutif senior di jajaran pimpinan sekaligus penghubung antardivisi.",
                "Make {cmo} a senior executive at the top table and the link between divisions.",
            ),
            &[NO_SEPARATE_CMO, AnswerIs { question: "cmo-seat", options: &["leads-cross-functional"] }],
        ),
        step(
            t(
                "Sepakati satu pemilik untuk setiap kumpulan data pelanggan, dan cara melindungi data pribadi.",
                "Agree on one owner for each set of customer data, and on how personal data is protected.",
            ),
            &[],
        ),
    ],
    risks: &[
        t(
            "Pembagian jalur bisa berubah menjadi tembok; waspadai masalah yang jatuh di antara kedua tim.",
            "Lanes can turn into walls; watch for problems that fall between the two teams.",
        ),
        t(
            "Pemasaran bisa merasa TI terlalu lambat; sepakati waktu tanggap untuk permintaan pemasaran.",
            "Marketing may find IT too slow; agree on response times for marketing requests.",
        ),
        t(
            "Jika masing-masing hanya mengoptimalkan bagiannya, tidak ada yang memegang perjalanan pelanggan secara utuh; serahkan tanggung jawab itu kepada satu eksekutif.",
            "With each side optimising its own part, nobody owns the whole customer journey; give one executive that responsibility.",
        ),
    ],
};

pub fn profile(model: CollaborationModel) -> &'static ModelProfile {
    match model {
        CollaborationModel::JointDivision => &JOINT_DIVISION,
        CollaborationModel::CmoLeads => &CMO_LEADS,
        CollaborationModel::SeparateLanes => &SEPARATE_LANES,
    }
}
