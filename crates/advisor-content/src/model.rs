//! The three CIO–CMO collaboration models named in the brief.

/// A collaboration model, numbered as in the brief (and the source article).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CollaborationModel {
    /// 1. CIO and CMO partner closely and form a new Marketing Tech unit.
    JointDivision,
    /// 2. The CMO leads; the CIO is involved case by case.
    CmoLeads,
    /// 3. CIO and CMO collaborate, each within their own responsibilities.
    SeparateLanes,
}

impl CollaborationModel {
    /// In the brief's order; also the index order of every per-model array.
    pub const ALL: [CollaborationModel; 3] =
        [CollaborationModel::JointDivision, CollaborationModel::CmoLeads, CollaborationModel::SeparateLanes];

    /// Tie-break order: when two models fit exactly equally well, the one
    /// needing the least organisational change wins. Working in existing
    /// lanes (3) changes least; a CMO-built team (2) adds a small team; a new
    /// joint division (1) changes most. The brief notes that model 3 is
    /// easier to realise than a new structure, which risks slowing both sides.
    pub const TIE_BREAK_ORDER: [CollaborationModel; 3] =
        [CollaborationModel::SeparateLanes, CollaborationModel::CmoLeads, CollaborationModel::JointDivision];

    /// The brief's number: 1, 2 or 3.
    pub fn number(self) -> u8 {
        self.index() as u8 + 1
    }

    /// Position in [`CollaborationModel::ALL`] and in per-model arrays.
    pub fn index(self) -> usize {
        match self {
            CollaborationModel::JointDivision => 0,
            CollaborationModel::CmoLeads => 1,
            CollaborationModel::SeparateLanes => 2,
        }
    }

    /// Stable machine-readable key, used in events and saved files.
    pub fn key(self) -> &'static str {
        match self {
            CollaborationModel::JointDivision => "joint-marketing-tech",
            CollaborationModel::CmoLeads => "cmo-leads",
            CollaborationModel::SeparateLanes => "separate-lanes",
        }
    }

    pub fn from_number(number: u8) -> Option<CollaborationModel> {
        CollaborationModel::ALL.get(usize::from(number).checked_sub(1)?).copied()
    }

    /// Rank in the tie-break order: lower wins a tie.
    pub fn tie_break_rank(self) -> usize {
        CollaborationModel::TIE_BREAK_ORDER
            .iter()
            .position(|&m| m == self)
            .expect("every model is in the tie-break order")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_round_trip_and_follow_the_brief() {
        for model in CollaborationModel::ALL {
            assert_eq!(CollaborationModel::from_number(model.number()), Some(model));
        }
        assert_eq!(CollaborationModel::JointDivision.number(), 1);
        assert_eq!(CollaborationModel::CmoLeads.number(), 2);
        assert_eq!(CollaborationModel::SeparateLanes.number(), 3);
        assert_eq!(CollaborationModel::from_number(0), None);
        assert_eq!(CollaborationModel::from_number(4), None);
    }
}
