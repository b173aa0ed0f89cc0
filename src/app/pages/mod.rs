//! One file (or folder) per page, named for the workflow step it serves.

pub mod actions;
pub mod agendas;
pub mod analytics;
pub mod badges;
pub mod board;
pub mod catalogue;
pub mod checkin;
pub mod demand;
pub mod editions;
pub mod evaluation;
pub mod event_form;
pub mod followup;
pub mod matrix;
pub mod not_found;
pub mod offer;
pub mod offer_form;
pub mod offer_translations;
pub mod overview;
pub mod participants;
pub mod plans;
pub mod replan;
pub mod report;
pub mod responses;
pub mod rounds;
pub mod selection;
pub mod themes;
