//! Reusable pieces of the interface, one component per file.

pub mod answer_summary;
pub mod button;
pub mod choice;
pub mod clinic;
pub mod fit_groups;
pub mod icon_array;
pub mod keep_choice;
pub mod lang_switch;
pub mod layout;
pub mod lock_choice;
pub mod next_link;
pub mod notice_list;
pub mod outcome;
pub mod page_intro;
pub mod para;
pub mod quick_exit;
pub mod safety_notes;
pub mod site_footer;
pub mod site_nav;
pub mod source_list;
