//! Reading storage as a page does, from every tierup entry: the settings record, each
//! session's log, and what cannot be used, set aside and named.
mod common;

use common::{default_schedule, purchase, today};
use proptest::prelude::*;
use tierup::domain::{LedgerError, Money, Purchase};
use tierup::storage::keys::{self, SETTINGS_KEY};
use tierup::storage::reading::{settings_record, Reading};
use tierup::storage::replay::replay;
use tierup::storage::session::Session;
use tierup::storage::settings::{Settings, SettingsError, VERSION};
use tierup::storage::{Change, SetAside, Spot, StorageNotice, Unusable};

const NOW: u64 = 1_764_600_000_000; // 2025-12-01

/// Storage entries as `local` reads them, from `(key, value)` pairs.
fn owned(entries: &[(&str, &str)]) -> Vec<(String, String)> {
    entries.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
}

/// What a page finds: the settings record, the logs, and notices of what it set aside.
fn open(entries: &[(&str, &str)]) -> (Vec<(String, String)>, Vec<StorageNotice>, Money) {
    let entries = owned(entries);
    let settings = match settings_record(&entries) {
        None => Settings::default(),
        Some((_, found)) => found.expect("readable settings"),
    };
    let mut reading = Reading::new(entries, settings, Vec::new());
    reading.parse();
    reading.replay();
    let (ledger, notices) = reading.ledger(&default_schedule(), today());
    let purchases = ledger.purchases().iter().map(|p| (p.id.to_string(), p.amount.to_canonical())).collect();
    (purchases, notices, ledger.opening_total())
}

#[test]
fn should_read_every_sessions_log_and_the_settings_record() {
    let mut a = Session::new(NOW, "aaaa", Settings::default());
    a.record(&Change::OpeningTotal(Money::dollars(5)), NOW);
    let x = a.ids().mint(NOW + 1);
    a.record(&Change::Added(purchase(&x, "40", "2025-11-30")), NOW + 1);
    let (settings, log) = (a.settings.encode(), a.log.text());
    let other = "mifpz0w1 1.00 2025-11-01";
    let entries =
        [(SETTINGS_KEY, settings.as_str()), (a.log.key.as_str(), log.as_str()), ("tierup.b.mifpz0w0zzzz", other)];
    let (purchases, notices, opening) = open(&entries);
    assert_eq!(purchases, [("mifpz0w1zzzz".to_string(), "1.00".to_string()), (x.to_string(), "40.00".to_string())]);
    assert_eq!(opening, Money::dollars(5));
    assert_eq!(notices, []);
}

#[test]
fn should_set_aside_each_bad_line_by_key_and_number_and_read_the_rest() {
    let key = "tierup.b.mifpz0w0zzzz";
    let (purchases, notices, _) =
        open(&[(key, "mifpz0w1 1.00 2025-11-01\nforty dollars, yesterday\nmifpz0w3 3.00 2025-11-02")]);
    assert_eq!(purchases.len(), 2);
    // "forty" reads as a base-36 time; "dollars," is no amount.
    let want = SetAside { key: key.into(), spot: Spot::Line(2), why: Unusable::NotAnAmount };
    assert_eq!(notices, [StorageNotice::SetAside(vec![want])]);
}

#[test]
fn should_set_aside_a_purchase_that_breaks_a_rule_on_its_own() {
    // A deposit far over any cap a new account has, written by another (broken) tab.
    let (purchases, notices, _) = open(&[
        ("tierup.b.mifpz0w0aaaa", "mifpz0w1 5.00 2025-11-01\nmifpz0w2 6.00 2025-11-20"),
        ("tierup.b.mifpz0w0bbbb", "mifpz0w3 90000.00 2025-11-20"),
    ]);
    assert_eq!(purchases.len(), 2, "{purchases:?}");
    let [StorageNotice::SetAside(set_aside)] = notices.as_slice() else { panic!("{notices:?}") };
    assert!(
        matches!(
            set_aside.as_slice(),
            [SetAside { spot: Spot::Purchase(_), why: Unusable::Rule(LedgerError::OverCap { .. }), .. }]
        ),
        "{set_aside:?}"
    );
}

#[test]
fn should_name_a_log_key_without_a_session_suffix() {
    let (_, notices, _) = open(&[("tierup.b.ab1", "mifpz0w1 1.00 2025-11-01")]);
    let want = SetAside { key: "tierup.b.ab1".into(), spot: Spot::Key, why: Unusable::NoSessionSuffix };
    assert_eq!(notices, [StorageNotice::SetAside(vec![want])]);
}

#[test]
fn should_parse_a_log_at_a_time_as_it_parses_them_all() {
    let entries = owned(&[
        (SETTINGS_KEY, "{\"format\":\"tierup-settings\",\"version\":1}"),
        ("tierup.b.mifpz0w0aaaa", "mifpz0w1 5.00 2025-11-01\nnot a line"),
        ("tierup.b.ab1", "mifpz0w2 1.00 2025-11-01"),
        ("tierup.b.mifpz0w0bbbb", "mifpz0w3 6.00 2025-11-20"),
    ]);
    let mut whole = Reading::new(entries.clone(), Settings::default(), Vec::new());
    whole.parse();
    let mut stepped = Reading::new(entries, Settings::default(), Vec::new());
    let mut steps = 0;
    while stepped.parse_next() {
        steps += 1;
    }
    assert_eq!(steps, 3, "a step for each log key, none for the settings record");
    assert!(!stepped.parse_next(), "nothing is left to parse");
    assert_eq!(stepped.set_aside(), whole.set_aside());
    assert_eq!(stepped.set_aside().len(), 2, "{:?}", stepped.set_aside());
    whole.replay();
    stepped.replay();
    assert_eq!(stepped.replayed, whole.replayed);
    assert_eq!(stepped.replayed.purchases.len(), 2);
}

#[test]
fn should_read_its_own_log_from_memory_when_storage_is_behind() {
    let mut a = Session::new(NOW, "aaaa", Settings::default());
    let x = a.ids().mint(NOW + 1);
    a.record(&Change::Added(purchase(&x, "40", "2025-11-30")), NOW + 1);
    let mut reading = Reading::new(vec![(a.log.key.clone(), String::new())], Settings::default(), Vec::new());
    reading.parse();
    reading.with_own(&a.log);
    reading.replay();
    assert_eq!(reading.replayed.purchases.len(), 1, "the write that failed is not lost on a reload");
}

#[test]
fn should_offer_to_remove_other_sessions_logs_that_a_clear_emptied() {
    let settings = Settings { opening_total: Money::ZERO, cleared_at: Some(NOW) };
    let old = (format!("{}old0aaaa", keys::LOG_PREFIX), tierup::storage::log::to_base36(NOW - 1) + " 1.00 2025-11-01");
    let new = (format!("{}new0bbbb", keys::LOG_PREFIX), tierup::storage::log::to_base36(NOW + 1) + " 1.00 2025-11-01");
    let mut reading = Reading::new(vec![old.clone(), new], settings, Vec::new());
    reading.parse();
    assert_eq!(reading.spent().collect::<Vec<_>>(), [old.0.as_str()]);
}

#[test]
fn should_read_the_settings_record_and_refuse_newer_or_foreign_ones() {
    let total = Money::parse("35").unwrap();
    for cleared_at in [None, Some(NOW)] {
        let settings = Settings { opening_total: total, cleared_at };
        assert_eq!(Settings::decode(&settings.encode()), Ok(settings));
    }
    assert_eq!(VERSION, 2);
    assert_eq!(
        Settings::decode(r#"{"format":"tierup-storage","version":99,"opening_total":"1.00","more":1}"#),
        Err(SettingsError::Newer(99))
    );
    assert_eq!(
        Settings::decode(r#"{"format":"other","version":1,"opening_total":"1.00"}"#),
        Err(SettingsError::Unusable(Unusable::WrongFormat("other".into())))
    );
    for bad in ["", "{", r#"{"format":"tierup-storage","version":2,"opening_total":1}"#] {
        assert!(matches!(Settings::decode(bad), Err(SettingsError::Unusable(Unusable::Json(_)))), "{bad}");
    }
}

#[test]
fn should_keep_only_our_entries_from_a_dump_of_the_whole_storage() {
    let dump = r#"{"otherapp.ledger":"{\"big\":[1,2,3]}","tierup.meta":"{\"format\":\"tierup-storage\"}","tierupx":"1","tierup.b.a\nb":"40.00 2026-11-25 1","TIERUP.p.x":"2","":"empty key"}"#;
    let ours = keys::ours_from_json(dump).unwrap();
    assert_eq!(
        ours,
        vec![
            ("tierup.meta".to_string(), r#"{"format":"tierup-storage"}"#.to_string()),
            ("tierup.b.a\nb".to_string(), "40.00 2026-11-25 1".to_string()),
        ]
    );
    assert_eq!(keys::ours_from_json("{}").unwrap(), vec![]);
    assert!(keys::ours_from_json("[]").is_err());
    assert!(keys::ours_from_json("{\"tierup.b.x\":").is_err());
}

proptest! {
    /// Whatever one session does (add, delete, clear, undo a clear), its log read back is the
    /// list of purchases it has.
    #[test]
    fn should_read_back_what_a_session_did(ops in prop::collection::vec(0u8..4, 1..40)) {
        let mut session = Session::new(NOW, "zz99", Settings::default());
        let mut ids = session.ids();
        let (mut have, mut before_clear): (Vec<Purchase>, Option<Vec<Purchase>>) = (Vec::new(), None);
        for (i, op) in ops.into_iter().enumerate() {
            let now = NOW + 100 + i as u64;
            match op {
                0 | 1 => {
                    let p = purchase(&ids.mint(now), "1", "2025-11-30");
                    session.record(&Change::Added(p.clone()), now);
                    have.push(p);
                    before_clear = None;
                }
                2 if !have.is_empty() => {
                    let gone = have.remove(0);
                    session.record(&Change::Deleted(gone.id), now);
                    before_clear = None;
                }
                2 => continue,
                _ => match before_clear.take() {
                    Some(before) if have.is_empty() => {
                        session.record(&Change::ClearUndone, now);
                        have = before;
                    }
                    _ => {
                        session.record(&Change::Cleared, now);
                        before_clear = Some(core::mem::take(&mut have));
                    }
                },
            }
            let stored = tierup::storage::log::Log::parse(&session.log.key, &session.log.text()).unwrap().0;
            let back = replay(&[stored], session.settings.cleared_at);
            prop_assert_eq!(back.purchases, have.clone());
        }
    }
}
