//! Words and number formats for people. English for now; other locales plug in here.
