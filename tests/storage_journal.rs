//! Storage layout 2: each session's batch of events, read back into the ledger every tab sees.
mod common;

use common::{default_schedule, purchase};
use proptest::prelude::*;
use tierup::domain::{Ledger, Money};
use tierup::storage::journal::{replay, Batch, Event, Session, Writes};

const NOW: u64 = 1_764_600_000_000; // 2025-12-01

fn ledger(purchases: &[(&str, &str, &str)]) -> Ledger {
    let purchases = purchases.iter().map(|(id, amount, date)| purchase(id, amount, date)).collect();
    Ledger::validated(&default_schedule(), Money::ZERO, purchases, common::today()).expect("a valid test ledger")
}

/// What every tab would read back from these sessions' batches.
fn read(sessions: &[&Session], cleared: Option<u64>) -> Vec<(String, String)> {
    let batches: Vec<Batch> = sessions.iter().map(|s| s.batch.clone()).collect();
    let journal = replay(&batches, cleared);
    assert!(journal.set_aside.is_empty(), "{:?}", journal.set_aside);
    journal.purchases.iter().map(|p| (p.id.to_string(), p.amount.to_canonical())).collect()
}

/// A batch as another tab would find it in storage.
fn stored(session: &Session) -> Batch {
    let (batch, bad) = Batch::parse(&session.batch.key, &session.batch.text()).expect("a batch key");
    assert!(bad.is_empty(), "{bad:?}");
    batch
}

#[test]
fn should_write_each_kind_of_event_as_a_line_and_read_it_back() {
    let mut session = Session::new(NOW, "ab12");
    let id = session.mint(NOW + 5);
    let with_it = ledger(&[(&id, "40", "2025-11-30")]);
    session.apply(&Ledger::default(), &with_it, false, None, NOW + 6);
    let odd = "import me\\ with \n a line break";
    let both = with_it.add(&default_schedule(), purchase(odd, "5", "2025-11-29"), common::today()).unwrap();
    session.apply(&with_it, &both, false, None, NOW + 7);
    let text = session.batch.text();
    assert_eq!(
        text.lines().next(),
        Some(format!("{} 40.00 2025-11-30", tierup::storage::records::to_base36(NOW + 5))).as_deref()
    );
    assert!(text.lines().nth(1).unwrap().ends_with(" 5.00 2025-11-29 import me\\\\ with \\n a line break"), "{text}");
    assert_eq!(stored(&session), session.batch);
}

#[test]
fn should_report_lines_it_cannot_read_by_number_and_keep_the_rest() {
    let key = "tierup.b.mifpz0w0ab12";
    let value = "mifpz0w5 40.00 2025-11-30\nforty dollars\nmifpz0w6 0.00 2025-11-30\nmifpz0w7 4.00 2025-02-30\n-mifpz0w8\nmifpz0w9 1.00 2025-11-30 bad\\xescape\nmifpz0wa 2.00 2025-11-30";
    let (batch, bad) = Batch::parse(key, value).unwrap();
    assert_eq!(batch.events.len(), 2);
    assert_eq!(bad.iter().map(|(line, _)| *line).collect::<Vec<_>>(), [2, 3, 4, 5, 6]);
    assert!(Batch::parse("tierup.b.ab1", "").is_err(), "a key too short for a session suffix");
    assert!(Batch::parse("tierup.p.x", "").is_err());
}

#[test]
fn should_delete_in_another_session_with_a_tombstone_and_in_its_own_by_removing_the_line() {
    let (mut a, mut b) = (Session::new(NOW, "aaaa"), Session::new(NOW + 1, "bbbb"));
    let (x, y) = (a.mint(NOW + 10), a.mint(NOW + 11));
    let two = ledger(&[(&x, "40", "2025-11-30"), (&y, "60", "2025-11-30")]);
    a.apply(&Ledger::default(), &two, false, None, NOW + 12);
    // b deletes x (a's): a tombstone in b's batch; a deletes y (its own): the line goes.
    let without_x = ledger(&[(&y, "60", "2025-11-30")]);
    b.apply(&two, &without_x, false, None, NOW + 20);
    assert!(matches!(b.batch.events.as_slice(), [Event::Deleted { id, .. }] if *id == x));
    a.apply(&without_x, &Ledger::default(), false, None, NOW + 21);
    assert_eq!(a.batch.events.len(), 1, "only x's line is left in a's batch");
    assert_eq!(read(&[&a, &b], None), vec![]);
    // b undoes its deletion of x: written again, after the tombstone, so it is live.
    b.apply(&Ledger::default(), &ledger(&[(&x, "40", "2025-11-30")]), false, None, NOW + 30);
    assert_eq!(read(&[&a, &b], None), vec![(x, "40.00".to_string())]);
}

#[test]
fn should_clear_everything_with_one_mark_and_undo_it_by_taking_the_mark_back() {
    let (mut a, mut b) = (Session::new(NOW, "aaaa"), Session::new(NOW + 1, "bbbb"));
    let x = a.mint(NOW + 10);
    let one = ledger(&[(&x, "40", "2025-11-30")]);
    a.apply(&Ledger::default(), &one, false, None, NOW + 11);
    let y = b.mint(NOW + 12);
    let two = ledger(&[(&x, "40", "2025-11-30"), (&y, "5", "2025-11-30")]);
    b.apply(&one, &two, false, None, NOW + 13);
    let writes = a.apply(&two, &Ledger::default(), true, None, NOW + 20);
    let Writes { meta: Some(Some(at)), batch: true } = writes else { panic!("{writes:?}") };
    assert!(a.batch.events.is_empty());
    assert_eq!(read(&[&a, &b], Some(at)), vec![], "b's purchase is cleared too, with no write to b's batch");
    let undo = a.apply(&Ledger::default(), &two, false, Some(at), NOW + 30);
    assert_eq!(undo, Writes { batch: true, meta: Some(None) });
    assert_eq!(read(&[&a, &b], None).len(), 2);
}

#[test]
fn should_write_nothing_twice_when_a_failed_write_is_tried_again() {
    let (mut a, b) = (Session::new(NOW, "aaaa"), Session::new(NOW + 1, "bbbb"));
    let x = a.mint(NOW + 10);
    let foreign = ledger(&[("imported-1", "7", "2025-11-01")]);
    let both = ledger(&[("imported-1", "7", "2025-11-01"), (&x, "40", "2025-11-30")]);
    for attempt in 0..3 {
        a.apply(&foreign, &both, false, None, NOW + 20 + attempt);
    }
    assert_eq!(a.batch.events.len(), 1);
    for attempt in 0..3 {
        a.apply(&both, &ledger(&[(&x, "40", "2025-11-30")]), false, None, NOW + 30 + attempt);
    }
    assert_eq!(a.batch.events.len(), 2, "one add and one tombstone");
    assert_eq!(read(&[&a, &b], None), vec![(x, "40.00".to_string())]);
}

#[test]
fn should_drop_its_own_events_that_another_tab_deleted_or_cleared() {
    let (mut a, mut b) = (Session::new(NOW, "aaaa"), Session::new(NOW + 1, "bbbb"));
    let (x, y) = (a.mint(NOW + 10), a.mint(NOW + 11));
    let two = ledger(&[(&x, "40", "2025-11-30"), (&y, "60", "2025-11-30")]);
    a.apply(&Ledger::default(), &two, false, None, NOW + 12);
    b.apply(&two, &ledger(&[(&y, "60", "2025-11-30")]), false, None, NOW + 20);
    let journal = replay(&[stored(&a), stored(&b)], None);
    a.prune(&journal, None);
    assert_eq!(a.batch.events.len(), 1, "x's line is dead: b deleted it");
    a.prune(&journal, Some(NOW + 30));
    assert!(a.batch.events.is_empty(), "everything before a clear is dead");
}

#[test]
fn should_merge_the_same_purchase_written_twice_and_set_aside_a_clash() {
    let (mut a, mut b) = (Session::new(NOW, "aaaa"), Session::new(NOW + 1, "bbbb"));
    let same = ledger(&[("p1", "40", "2025-11-30")]);
    a.apply(&Ledger::default(), &same, false, None, NOW + 10);
    b.apply(&Ledger::default(), &same, false, None, NOW + 11);
    assert_eq!(read(&[&a, &b], None), vec![("p1".to_string(), "40.00".to_string())]);
    let mut c = Session::new(NOW + 2, "cccc");
    c.apply(&Ledger::default(), &ledger(&[("p1", "41", "2025-11-30")]), false, None, NOW + 12);
    let journal = replay(&[a.batch.clone(), c.batch.clone()], None);
    assert_eq!(journal.purchases.len(), 1);
    assert_eq!(journal.set_aside.len(), 1, "{:?}", journal.set_aside);
}

/// The storage budget: 10,000 purchases made through the widget, in sessions of 20 (500 batch
/// keys), take under 600 KB of localStorage counted as the browser counts it: two bytes a
/// character (UTF-16), keys and values.
#[test]
fn should_keep_ten_thousand_purchases_under_600_kb_of_localstorage() {
    let schedule = default_schedule();
    let at_tier_4 = Ledger::validated(&schedule, Money::dollars(400), vec![], common::today()).unwrap();
    let mut chars = 0;
    for s in 0..500u64 {
        let mut session = Session::new(NOW + s * 1000, "a1b2");
        let mut saved = at_tier_4.clone();
        for i in 0..20u64 {
            let id = session.mint(NOW + s * 1000 + i);
            let date = format!("2025-{:02}-{:02}", 1 + (s + i) % 11, 1 + (s + i) % 28);
            let next = saved.add(&schedule, purchase(&id, "1234.56", &date), common::today()).unwrap();
            session.apply(&saved, &next, false, None, NOW);
            saved = next;
        }
        chars += session.batch.key.chars().count() + session.batch.text().chars().count();
    }
    assert!(chars * 2 < 600 * 1024, "{chars} characters = {} bytes", chars * 2);
}

proptest! {
    /// Whatever one session does (add, delete, clear, undo a clear), its batch read back is the
    /// ledger it has.
    #[test]
    fn should_read_back_what_a_session_did(ops in prop::collection::vec(0u8..4, 1..40)) {
        let mut session = Session::new(NOW, "zz99");
        let (mut saved, mut cleared, mut before_clear) = (Ledger::default(), None, None);
        for (i, op) in ops.into_iter().enumerate() {
            let now = NOW + 100 + i as u64;
            let (next, clearing) = match op {
                0 | 1 => {
                    let id = session.mint(now);
                    let p = purchase(&id, "1", "2025-11-30");
                    (Ledger::validated(&default_schedule(), saved.opening_total(),
                        saved.purchases().iter().cloned().chain([p]).collect(), common::today()).unwrap(), false)
                }
                2 if !saved.purchases().is_empty() => {
                    let keep = saved.purchases()[1..].to_vec();
                    (Ledger::validated(&default_schedule(), saved.opening_total(), keep, common::today()).unwrap(), false)
                }
                2 => continue,
                _ => match before_clear.take() {
                    Some(before) if saved.purchases().is_empty() => (before, false),
                    _ => {
                        before_clear = Some(saved.clone());
                        (Ledger::default(), true)
                    }
                },
            };
            if !clearing && op != 3 {
                before_clear = None;
            }
            let writes = session.apply(&saved, &next, clearing, cleared, now);
            if let Some(c) = writes.meta {
                cleared = c;
            }
            saved = next;
            let back = replay(&[stored(&session)], cleared);
            prop_assert_eq!(back.purchases, saved.purchases().to_vec());
        }
    }
}
