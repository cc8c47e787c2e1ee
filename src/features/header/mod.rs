//! The widget's header: the language switch, the title, a one-sentence lead and a one-line
//! caveat about the plans (the whole caveat is in the sources section).
pub mod view;
