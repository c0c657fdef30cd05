//! Shared test fixtures: described company archetypes with the model each
//! should get. The same profiles are written out in docs/DECISION_MODEL.md.
#![allow(dead_code)] // each test crate uses part of this module

use cio_cmo_advisor::engine::answers::{Answers, CompleteAnswers};
use cio_cmo_advisor::engine::lang::Lang;
use cio_cmo_advisor::engine::questionnaire::Questionnaire;

pub fn built_in() -> &'static Questionnaire {
    Questionnaire::built_in()
}

pub fn en() -> Lang {
    built_in().content.lang_from_tag("en").unwrap()
}

pub fn id() -> Lang {
    built_in().content.lang_from_tag("id").unwrap()
}

pub struct Archetype {
    pub name: &'static str,
    pub expected_model: u8,
    /// `(question id, option id)` for all fifteen questions, in order.
    pub answers: [(&'static str, &'static str); 15],
}

impl Archetype {
    pub fn complete(&self) -> CompleteAnswers {
        Answers::from_ids(built_in(), self.answers.iter().copied())
            .unwrap_or_else(|e| panic!("{}: {e:?}", self.name))
            .complete()
            .unwrap_or_else(|| panic!("{}: not every question answered", self.name))
    }
}

const fn profile(name: &'static str, expected_model: u8, o: [&'static str; 15]) -> Archetype {
    const IDS: [&str; 15] = [
        "headcount",
        "revenue",
        "leadership-roles",
        "it-spend",
        "martech-share",
        "it-capacity",
        "customer-data",
        "channels",
        "martech-stack",
        "cmo-seat",
        "marketing-roi",
        "plan-alignment",
        "new-unit-appetite",
        "cio-cmo-relationship",
        "digital-cx",
    ];
    Archetype {
        name,
        expected_model,
        answers: [
            (IDS[0], o[0]),
            (IDS[1], o[1]),
            (IDS[2], o[2]),
            (IDS[3], o[3]),
            (IDS[4], o[4]),
            (IDS[5], o[5]),
            (IDS[6], o[6]),
            (IDS[7], o[7]),
            (IDS[8], o[8]),
            (IDS[9], o[9]),
            (IDS[10], o[10]),
            (IDS[11], o[11]),
            (IDS[12], o[12]),
            (IDS[13], o[13]),
            (IDS[14], o[14]),
        ],
    }
}

pub const ARCHETYPES: [Archetype; 9] = [
    // ── Model 1: joint Marketing Tech division ──
    profile(
        "Indonesian e-commerce marketplace",
        1,
        [
            "5000-plus",
            "over-5tn",
            "both",
            "3-5pct",
            "over-25pct",
            "dedicated-team",
            "unified-data",
            "orchestrated",
            "platform",
            "leads-cross-functional",
            "every-rupiah",
            "built-jointly",
            "keen",
            "partnership",
            "digital-first",
        ],
    ),
    profile(
        "Digital bank launched by a banking group",
        1,
        [
            "1000-4999",
            "500bn-5tn",
            "both",
            "over-5pct",
            "10-25pct",
            "dedicated-team",
            "unified-data",
            "mostly-coordinated",
            "platform",
            "at-table",
            "every-rupiah",
            "built-jointly",
            "keen",
            "partnership",
            "digital-first",
        ],
    ),
    profile(
        "International direct-to-consumer beauty brand",
        1,
        [
            "250-999",
            "50-500bn",
            "both",
            "3-5pct",
            "over-25pct",
            "some-people",
            "segment-analysis",
            "orchestrated",
            "integrated",
            "leads-cross-functional",
            "major-campaigns",
            "built-jointly",
            "open",
            "partnership",
            "central",
        ],
    ),
    // ── Model 2: the CMO leads, the CIO case by case ──
    profile(
        "Family-owned batik label with an online shop",
        2,
        [
            "under-50",
            "under-15bn",
            "neither",
            "under-1pct",
            "none",
            "none",
            "basic-reports",
            "one-or-two",
            "few-basic",
            "not-represented",
            "not-tracked",
            "no-plan",
            "none",
            "when-required",
            "some-products",
        ],
    ),
    profile(
        "Regional coffee-shop chain",
        2,
        [
            "50-249",
            "15-50bn",
            "cmo-only",
            "1-3pct",
            "under-10pct",
            "on-request",
            "basic-reports",
            "siloed",
            "loose",
            "at-table",
            "some-campaigns",
            "separate",
            "small-only",
            "when-required",
            "some-products",
        ],
    ),
    profile(
        "Mid-sized property developer",
        2,
        [
            "250-999",
            "50-500bn",
            "cmo-only",
            "under-1pct",
            "none",
            "none",
            "segment-analysis",
            "siloed",
            "loose",
            "at-table",
            "major-campaigns",
            "aligned-yearly",
            "none",
            "friction",
            "peripheral",
        ],
    ),
    // ── Model 3: each within their own responsibilities ──
    profile(
        "State-owned bank",
        3,
        [
            "5000-plus",
            "over-5tn",
            "both",
            "over-5pct",
            "10-25pct",
            "dedicated-team",
            "segment-analysis",
            "mostly-coordinated",
            "integrated",
            "at-table",
            "major-campaigns",
            "aligned-yearly",
            "none",
            "constructive",
            "central",
        ],
    ),
    profile(
        "National telecom operator",
        3,
        [
            "5000-plus",
            "over-5tn",
            "both",
            "over-5pct",
            "under-10pct",
            "some-people",
            "unified-data",
            "siloed",
            "platform",
            "reports-up",
            "every-rupiah",
            "separate",
            "small-only",
            "constructive",
            "central",
        ],
    ),
    profile(
        "Subsidiary of a multinational consumer-goods maker",
        3,
        [
            "1000-4999",
            "500bn-5tn",
            "both",
            "3-5pct",
            "10-25pct",
            "some-people",
            "segment-analysis",
            "mostly-coordinated",
            "integrated",
            "at-table",
            "major-campaigns",
            "aligned-yearly",
            "none",
            "constructive",
            "some-products",
        ],
    ),
];
