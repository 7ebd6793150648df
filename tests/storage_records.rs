//! The localStorage records besides the batches: the meta record, layout 1 purchase records
//! (still read, to move them), strict decoding.
use tierup::domain::{Date, Money, Purchase};
use tierup::storage::records::{self, RecordError};

fn purchase(id: &str, amount: &str, date: &str) -> Purchase {
    Purchase { id: id.into(), amount: Money::parse(amount).unwrap(), date: Date::parse(date).unwrap() }
}

/// A layout 1 record as the builds that wrote them did (tierup only reads them now).
fn layout_1_record(p: &Purchase, seq: u64) -> (String, String) {
    (format!("{}{}", records::PURCHASE_PREFIX, p.id), format!("{} {} {}", p.amount, p.date, records::to_base36(seq)))
}

#[test]
fn should_round_trip_a_layout_1_purchase_record_with_its_order() {
    let p = purchase("p1", "1000.5", "2026-11-25");
    for seq in [0, 1, 35, 36, 1_814_000_000_000 << 10, u64::MAX >> 1] {
        let (key, value) = layout_1_record(&p, seq);
        assert_eq!(records::decode_purchase(&key, &value), Ok((p.clone(), seq)), "{value}");
    }
    assert_eq!(layout_1_record(&p, 36).1, "1000.50 2026-11-25 10");
}

#[test]
fn should_refuse_records_of_any_other_shape() {
    let cases = [
        ("tierup.p.x", "forty dollars, yesterday"),
        ("tierup.p.x", "40.00 2026-11-25"),
        ("tierup.p.x", "40.00 2026-11-25 1 extra"),
        ("tierup.p.x", "$40.00 2026-11-25 1"),
        ("tierup.p.x", "0.00 2026-11-25 1"),
        ("tierup.p.x", "40.001 2026-11-25 1"),
        ("tierup.p.x", "40.00 2026-02-30 1"),
        ("tierup.p.x", "40.00 2026-11-25 -1"),
        ("tierup.p.x", "40.00 2026-11-25 zzzzzzzzzzzzzz"),
        ("tierup.p.x", ""),
        ("tierup.p.", "40.00 2026-11-25 1"),
        ("tierup.q.x", "40.00 2026-11-25 1"),
    ];
    for (key, value) in cases {
        assert!(matches!(records::decode_purchase(key, value), Err(RecordError::Malformed(_))), "{key} = {value:?}");
    }
}

#[test]
fn should_read_the_meta_record_and_refuse_newer_or_foreign_ones() {
    let total = Money::parse("35").unwrap();
    for cleared in [None, Some(1_764_600_000_000)] {
        let meta = records::Meta { opening_total: total, cleared, version: records::VERSION };
        assert_eq!(records::decode_meta(&records::encode_meta(total, cleared)), Ok(meta));
    }
    // Layout 1's meta record is still read, so its purchases can be moved.
    let v1 = records::decode_meta(r#"{"format":"tierup-storage","version":1,"opening_total":"1.00"}"#);
    assert_eq!(v1.map(|m| m.version), Ok(1));
    assert_eq!(
        records::decode_meta(r#"{"format":"tierup-storage","version":99,"opening_total":"1.00","more":1}"#),
        Err(RecordError::Newer(99))
    );
    for bad in [
        "",
        "{",
        r#"{"format":"other","version":1,"opening_total":"1.00"}"#,
        r#"{"format":"tierup-storage","version":1,"opening_total":1}"#,
    ] {
        assert!(matches!(records::decode_meta(bad), Err(RecordError::Malformed(_))), "{bad}");
    }
}

#[test]
fn should_keep_only_our_entries_from_a_dump_of_the_whole_storage() {
    let dump = r#"{"otherapp.ledger":"{\"big\":[1,2,3]}","tierup.meta":"{\"format\":\"tierup-storage\"}","tierupx":"1","tierup.p.a\nb":"40.00 2026-11-25 1","TIERUP.p.x":"2","":"empty key"}"#;
    let ours = records::ours_from_json(dump).unwrap();
    assert_eq!(
        ours,
        vec![
            ("tierup.meta".to_string(), r#"{"format":"tierup-storage"}"#.to_string()),
            ("tierup.p.a\nb".to_string(), "40.00 2026-11-25 1".to_string()),
        ]
    );
    assert_eq!(records::ours_from_json("{}").unwrap(), vec![]);
    assert!(records::ours_from_json("[]").is_err());
    assert!(records::ours_from_json("{\"tierup.p.x\":").is_err());
}
