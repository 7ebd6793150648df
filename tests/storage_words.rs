//! Why stored data was set aside, said in the reader's language: every reason in all 12.
use tierup::domain::{LedgerError, Money};
use tierup::formats::json::JsonError;
use tierup::i18n::{Locale, Words};
use tierup::storage::{SetAside, Spot, StorageNotice, Unusable};

/// One of every reason storage gives.
fn every_reason() -> Vec<Unusable> {
    vec![
        Unusable::NotAnEvent,
        Unusable::NotATime,
        Unusable::NotAnAmount,
        Unusable::NotADate,
        Unusable::BadId,
        Unusable::NoSessionSuffix,
        Unusable::IdTaken,
        Unusable::Rule(LedgerError::OverCap {
            amount: Money::dollars(900),
            limit: Money::dollars(100),
            most: Money::ZERO,
        }),
        Unusable::Json(JsonError::Missing { at: "opening_total".into() }),
        Unusable::WrongFormat("other".into()),
    ]
}

/// Checks, at compile time, that `every_reason` names every variant.
fn _every_variant_listed(why: &Unusable) {
    match why {
        Unusable::NotAnEvent
        | Unusable::NotATime
        | Unusable::NotAnAmount
        | Unusable::NotADate
        | Unusable::BadId
        | Unusable::NoSessionSuffix
        | Unusable::IdTaken
        | Unusable::Rule(_)
        | Unusable::Json(_)
        | Unusable::WrongFormat(_) => {}
    }
}

#[test]
fn should_give_every_storage_reason_words_of_its_own_in_every_language() {
    let english = Words::plain(Locale::En);
    for locale in Locale::ALL.into_iter().filter(|&l| l != Locale::En) {
        let words = Words::plain(locale);
        for why in every_reason() {
            let said = words.storage_reason(&why);
            assert!(!said.trim().is_empty(), "{locale:?} {why:?} says nothing");
            assert_ne!(said, english.storage_reason(&why), "{locale:?} {why:?} is still English");
        }
    }
}

#[test]
fn should_say_a_set_aside_line_and_its_reason_in_the_notice_language() {
    let entry = SetAside { key: "tierup.b.mifpz0w0zzzz".into(), spot: Spot::Line(2), why: Unusable::NotAnAmount };
    let notice = StorageNotice::SetAside(vec![entry]);
    let english = Words::plain(Locale::En).notice(&notice);
    assert!(english.contains("\"tierup.b.mifpz0w0zzzz (line 2)\" (not an amount above zero)"), "{english}");
    assert_eq!(notice.to_string(), english, "Display is the English words");
    let german = Words::plain(Locale::De).notice(&notice);
    assert!(german.contains("tierup.b.mifpz0w0zzzz (Zeile 2)"), "{german}");
    assert!(german.contains("kein Betrag über null"), "{german}");
    for locale in Locale::ALL.into_iter().filter(|&l| l != Locale::En) {
        let said = Words::plain(locale).notice(&notice);
        assert!(!said.contains("line 2") && !said.contains("not an amount"), "{locale:?}: {said}");
    }
}

#[test]
fn should_say_why_the_settings_record_was_copied_aside_in_the_notice_language() {
    let notice =
        StorageNotice::Quarantined { key: "tierup.quarantine.1".into(), why: Unusable::WrongFormat("x".into()) };
    for locale in Locale::ALL {
        let said = Words::plain(locale).notice(&notice);
        assert!(said.contains("tierup.quarantine.1") && said.contains('x'), "{locale:?}: {said}");
        if locale != Locale::En {
            assert!(!said.contains("is not tierup's"), "{locale:?}: {said}");
        }
    }
}
