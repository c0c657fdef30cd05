//! The three CIO–CMO collaboration models. Defined with the content model,
//! whose checker needs them to prove every model reachable.
pub use advisor_content::model::CollaborationModel;
