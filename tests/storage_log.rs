//! A tab session's log: each change a line, read back (with every other session's log) into
//! the ledger every tab sees.
mod common;

use common::purchase;
use tierup::domain::Money;
use tierup::storage::log::{to_base36, Event, Log};
use tierup::storage::replay::replay;
use tierup::storage::session::Session;
use tierup::storage::settings::Settings;
use tierup::storage::{Change, Spot, Unusable};

const NOW: u64 = 1_764_600_000_000; // 2025-12-01

fn session(start: u64, suffix: &str) -> Session {
    Session::new(start, suffix, Settings::default())
}

/// What every tab would read back from these sessions' logs, as storage holds them.
fn read(sessions: &[&Session]) -> Vec<(String, String)> {
    let logs: Vec<Log> = sessions.iter().map(|s| stored(s)).collect();
    let cleared_at = sessions.iter().filter_map(|s| s.settings.cleared_at).max();
    let replayed = replay(&logs, cleared_at);
    assert!(replayed.set_aside.is_empty(), "{:?}", replayed.set_aside);
    replayed.purchases.iter().map(|p| (p.id.to_string(), p.amount.to_canonical())).collect()
}

/// A log as another tab would find it in storage.
fn stored(session: &Session) -> Log {
    let (log, bad) = Log::parse(&session.log.key, &session.log.text()).expect("a log key");
    assert!(bad.is_empty(), "{bad:?}");
    log
}

/// A purchase added in `session` at `at`, with the id the state mints for it.
fn added(session: &mut Session, at: u64, amount: &str) -> String {
    let id = session.ids().mint(at);
    session.record(&Change::Added(purchase(&id, amount, "2025-11-30")), at);
    id.to_string()
}

#[test]
fn should_write_each_kind_of_change_as_a_line_and_read_it_back() {
    let mut a = session(NOW, "ab12");
    let id = added(&mut a, NOW + 5, "40");
    let odd = "import me\\ with \n a line break";
    a.record(&Change::Added(purchase(odd, "5", "2025-11-29")), NOW + 7);
    a.record(&Change::Deleted("elsewhere".into()), NOW + 8);
    let text = a.log.text();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], format!("{} 40.00 2025-11-30", to_base36(NOW + 5)), "an own purchase's line has no id");
    assert_eq!(id, format!("{}ab12", to_base36(NOW + 5)));
    assert!(lines[1].ends_with(" 5.00 2025-11-29 import me\\\\ with \\n a line break"), "{text}");
    assert!(lines[2].starts_with('-') && lines[2].ends_with(" elsewhere"), "{text}");
    assert_eq!(stored(&a), a.log);
}

#[test]
fn should_report_lines_it_cannot_read_by_number_and_why_and_keep_the_rest() {
    let key = "tierup.b.mifpz0w0ab12";
    let value = "mifpz0w5 40.00 2025-11-30\nforty dollars\nmifpz0w6 0.00 2025-11-30\nmifpz0w7 4.00 2025-02-30\n-mifpz0w8\nmifpz0w9 1.00 2025-11-30 bad\\xescape\nmifpz0wa 2.00 2025-11-30\n!! 2.00 2025-11-30";
    let (log, bad) = Log::parse(key, value).unwrap();
    assert_eq!(log.events.len(), 2);
    let want = [
        (2, Unusable::NotAnEvent),
        (3, Unusable::NotAnAmount),
        (4, Unusable::NotADate),
        (5, Unusable::NotAnEvent),
        (6, Unusable::BadId),
        (8, Unusable::NotATime),
    ];
    assert_eq!(bad, want);
    assert_eq!(Log::parse("tierup.b.ab1", "").err(), Some(Unusable::NoSessionSuffix), "a key too short for a suffix");
}

#[test]
fn should_delete_in_another_session_with_a_tombstone_and_in_its_own_by_removing_the_line() {
    let (mut a, mut b) = (session(NOW, "aaaa"), session(NOW + 1, "bbbb"));
    let (x, y) = (added(&mut a, NOW + 10, "40"), added(&mut a, NOW + 11, "60"));
    // b deletes x (a's): a tombstone in b's log; a deletes y (its own): the line goes.
    b.record(&Change::Deleted(x.as_str().into()), NOW + 20);
    assert!(matches!(b.log.events.as_slice(), [Event::Deleted { id, .. }] if *id == x));
    a.record(&Change::Deleted(y.as_str().into()), NOW + 21);
    assert_eq!(a.log.events.len(), 1, "only x's line is left in a's log");
    assert_eq!(read(&[&a, &b]), vec![]);
    // b undoes its deletion of x: written again, after the tombstone, so it is live.
    b.record(&Change::Added(purchase(&x, "40", "2025-11-30")), NOW + 30);
    assert_eq!(read(&[&a, &b]), vec![(x, "40.00".to_string())]);
}

#[test]
fn should_put_back_a_purchase_deleted_here_with_its_id_and_a_new_time() {
    let mut a = session(NOW, "aaaa");
    let x = added(&mut a, NOW + 10, "40");
    a.record(&Change::Deleted(x.as_str().into()), NOW + 11);
    assert!(a.log.events.is_empty());
    a.record(&Change::Added(purchase(&x, "40", "2025-11-30")), NOW + 12);
    assert!(matches!(a.log.events.as_slice(), [Event::AddedWithId { t, id, .. }] if *id == x && *t > NOW + 10));
    assert_eq!(read(&[&a]), vec![(x, "40.00".to_string())]);
}

#[test]
fn should_clear_everything_with_one_mark_and_undo_it_by_taking_the_mark_back() {
    let (mut a, mut b) = (session(NOW, "aaaa"), session(NOW + 1, "bbbb"));
    a.record(&Change::OpeningTotal(Money::dollars(5)), NOW + 9);
    added(&mut a, NOW + 10, "40");
    added(&mut b, NOW + 12, "5");
    a.unwritten = Default::default();
    a.record(&Change::Cleared, NOW + 20);
    assert!(a.unwritten.log && a.unwritten.settings, "both keys are rewritten");
    assert!(a.log.events.is_empty());
    assert_eq!(a.settings.opening_total, Money::ZERO);
    let at = a.settings.cleared_at.expect("a clear mark");
    assert!(at > NOW + 10);
    b.settings.cleared_at = Some(at); // b's page reads the mark from the settings record.
    assert_eq!(read(&[&a, &b]), vec![], "b's purchase is cleared too, with no write to b's log");
    a.record(&Change::ClearUndone, NOW + 30);
    b.settings.cleared_at = a.settings.cleared_at;
    assert_eq!(a.settings.cleared_at, None);
    assert_eq!(read(&[&a, &b]).len(), 2);
}

#[test]
fn should_undo_a_clear_only_until_the_next_change() {
    let mut a = session(NOW, "aaaa");
    added(&mut a, NOW + 10, "40");
    a.record(&Change::Cleared, NOW + 20);
    let y = added(&mut a, NOW + 30, "7");
    a.record(&Change::ClearUndone, NOW + 40);
    assert!(a.settings.cleared_at.is_some(), "the clear can no longer be taken back");
    assert_eq!(read(&[&a]), vec![(y, "7.00".to_string())]);
}

#[test]
fn should_keep_a_log_that_failed_to_write_ahead_so_the_next_save_writes_it_whole() {
    let mut a = session(NOW, "aaaa");
    let x = added(&mut a, NOW + 10, "40");
    assert!(a.unwritten.log);
    // The write failed: nothing is marked written, and the next change goes on top.
    let y = added(&mut a, NOW + 20, "5");
    assert_eq!(a.log.events.len(), 2, "each change once");
    assert_eq!(read(&[&a]), vec![(x, "40.00".to_string()), (y, "5.00".to_string())]);
}

#[test]
fn should_drop_its_own_lines_that_another_tab_deleted_or_cleared() {
    let (mut a, mut b) = (session(NOW, "aaaa"), session(NOW + 1, "bbbb"));
    let (x, _) = (added(&mut a, NOW + 10, "40"), added(&mut a, NOW + 11, "60"));
    b.record(&Change::Deleted(x.as_str().into()), NOW + 20);
    let replayed = replay(&[stored(&a), stored(&b)], None);
    a.stored_elsewhere(Settings::default(), &replayed);
    assert_eq!(a.log.events.len(), 1, "x's line is dead: b deleted it");
    let cleared = Settings { opening_total: Money::ZERO, cleared_at: Some(NOW + 30) };
    a.stored_elsewhere(cleared, &replayed);
    assert!(a.log.events.is_empty(), "everything before a clear is dead");
    assert_eq!(a.settings, cleared, "another tab's settings are taken");
}

#[test]
fn should_keep_its_own_settings_over_another_tabs_until_they_are_written() {
    let mut a = session(NOW, "aaaa");
    a.record(&Change::OpeningTotal(Money::dollars(5)), NOW + 1);
    let replayed = replay(&[], None);
    a.stored_elsewhere(Settings { opening_total: Money::dollars(9), cleared_at: None }, &replayed);
    assert_eq!(a.settings.opening_total, Money::dollars(5));
}

#[test]
fn should_merge_the_same_purchase_written_twice_and_set_aside_a_clash() {
    let (mut a, mut b, mut c) = (session(NOW, "aaaa"), session(NOW + 1, "bbbb"), session(NOW + 2, "cccc"));
    a.record(&Change::Added(purchase("p1", "40", "2025-11-30")), NOW + 10);
    b.record(&Change::Added(purchase("p1", "40", "2025-11-30")), NOW + 11);
    assert_eq!(read(&[&a, &b]), vec![("p1".to_string(), "40.00".to_string())]);
    c.record(&Change::Added(purchase("p1", "41", "2025-11-30")), NOW + 12);
    let replayed = replay(&[stored(&a), stored(&c)], None);
    assert_eq!(replayed.purchases.len(), 1);
    assert_eq!(replayed.set_aside.len(), 1, "{:?}", replayed.set_aside);
    assert_eq!(replayed.set_aside[0].why, Unusable::IdTaken);
    assert_eq!(replayed.set_aside[0].spot, Spot::Purchase("p1".into()));
    assert_eq!(replayed.set_aside[0].key, c.log.key);
}

/// The storage budget: 10,000 purchases made through the widget, in sessions of 20 (500 log
/// keys), take under 600 KB of localStorage counted as the browser counts it: two bytes a
/// character (UTF-16), keys and values.
#[test]
fn should_keep_ten_thousand_purchases_under_600_kb_of_localstorage() {
    let mut chars = 0;
    for s in 0..500u64 {
        let mut session = session(NOW + s * 1000, "a1b2");
        let mut ids = session.ids();
        for i in 0..20u64 {
            let at = NOW + s * 1000 + i;
            let date = format!("2025-{:02}-{:02}", 1 + (s + i) % 11, 1 + (s + i) % 28);
            session.record(&Change::Added(purchase(&ids.mint(at), "1234.56", &date)), at);
        }
        chars += session.log.key.chars().count() + session.log.text().chars().count();
    }
    assert!(chars * 2 < 600 * 1024, "{chars} characters = {} bytes", chars * 2);
}
