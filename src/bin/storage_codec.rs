//! tierup's localStorage layout from outside the browser, with the code the widget runs, so
//! tests and the bench never keep a copy of the format of their own. Reads stdin, writes JSON
//! to stdout:
//!
//! - `storage_codec seed <n>`  the entries ({key: value}) of $400.00 opening total and `n`
//!   purchases of $1.00 made in tab sessions of 20, dated over 700 days from 2024-01-01
//! - `storage_codec write`     the entries for a ledger in the export format (one session's log)
//! - `storage_codec read`      `{"ledger": <export format, or null when nothing is stored>,
//!   "set_aside": ["<key> ...: <why>", ...]}` for the entries (what `JSON.stringify(localStorage)`
//!   gives), purchases in the order they were added

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use std::io::Read;

    let mut args = std::env::args().skip(1);
    let command = args.next().unwrap_or_default();
    let mut input = String::new();
    if command != "seed" && std::io::stdin().read_to_string(&mut input).is_err() {
        fail("stdin is not text");
    }
    let out = match command.as_str() {
        "seed" => match args.next().and_then(|n| n.parse().ok()) {
            Some(n) => codec::entries_json(&codec::seed(n)),
            None => fail("usage: storage_codec seed <n>"),
        },
        "write" => codec::write(&input).unwrap_or_else(|why| fail(&why)),
        "read" => codec::read(&input).unwrap_or_else(|why| fail(&why)),
        _ => fail("usage: storage_codec seed <n> | write | read"),
    };
    println!("{out}");
}

#[cfg(not(target_arch = "wasm32"))]
fn fail(why: &str) -> ! {
    eprintln!("storage_codec: {why}");
    std::process::exit(2);
}

#[cfg(not(target_arch = "wasm32"))]
mod codec {
    use serde::Deserialize;
    use tierup::domain::{Date, Money, Purchase};
    use tierup::formats::json::{self, push_string};
    use tierup::storage::keys::{ours_from_json, SETTINGS_KEY};
    use tierup::storage::log::to_base36;
    use tierup::storage::reading::{settings_record, Reading};
    use tierup::storage::session::Session;
    use tierup::storage::settings::Settings;
    use tierup::storage::Change;

    const FIRST_DAY: u64 = 1_704_067_200_000; // 2024-01-01, ms
    const SPAN_DAYS: u64 = 700; // 2024-01-01 .. 2025-11-30: always in the past
    const PER_SESSION: u64 = 20;

    pub fn seed(n: u64) -> Vec<(String, String)> {
        let start = Date::parse("2024-01-01").unwrap_or_else(|_| super::fail("no first day"));
        let settings = Settings { opening_total: Money::dollars(400), cleared_at: None };
        let mut entries = vec![(SETTINGS_KEY.to_string(), settings.encode())];
        for first in (0..n).step_by(PER_SESSION as usize) {
            let t0 = FIRST_DAY + first * 1000;
            let suffix = format!("{:0>4}", to_base36(first / PER_SESSION));
            let mut session = Session::new(t0, &suffix[suffix.len() - 4..], settings);
            let mut ids = session.ids();
            for i in first..n.min(first + PER_SESSION) {
                let day = (i * n.min(SPAN_DAYS)) / n.max(1);
                let at = t0 + (i - first);
                let purchase =
                    Purchase { id: ids.mint(at), amount: Money::dollars(1), date: start.add_days(day as u32) };
                session.record(&Change::Added(purchase), at);
            }
            entries.push((session.log.key.clone(), session.log.text()));
        }
        entries
    }

    #[derive(Deserialize)]
    #[allow(dead_code)] // The format and version are the export format's; tierup checks them on import.
    struct File {
        format: String,
        version: u32,
        opening_total: String,
        purchases: Vec<Entry>,
    }

    #[derive(Deserialize)]
    struct Entry {
        id: String,
        amount: String,
        date: String,
    }

    /// A ledger in the export format, as one tab session that added each purchase would store it.
    pub fn write(text: &str) -> Result<String, String> {
        let file: File = json::from_str(text).map_err(|e| e.to_string())?;
        let opening_total = Money::parse_data(&file.opening_total).map_err(|e| format!("opening_total: {e}"))?;
        let settings = Settings { opening_total, cleared_at: None };
        let start = FIRST_DAY;
        let mut session = Session::new(start, "seed", settings);
        for (i, entry) in file.purchases.into_iter().enumerate() {
            let amount = Money::parse_data(&entry.amount).map_err(|e| format!("purchase {i}: {e}"))?;
            let date = Date::parse(&entry.date).map_err(|e| format!("purchase {i}: {e}"))?;
            let purchase = Purchase { id: entry.id.into(), amount, date };
            session.record(&Change::Added(purchase), start + i as u64);
        }
        let entries = [(SETTINGS_KEY.to_string(), settings.encode()), (session.log.key.clone(), session.log.text())];
        Ok(entries_json(&entries))
    }

    /// What a page would read from these entries, before the schedule's rules are checked.
    pub fn read(text: &str) -> Result<String, String> {
        let entries = ours_from_json(text).map_err(|e| e.to_string())?;
        let settings = match settings_record(&entries) {
            None => None,
            Some((_, found)) => Some(found.map_err(|e| format!("{SETTINGS_KEY}: {e:?}"))?),
        };
        let mut reading = Reading::new(entries, settings.unwrap_or_default(), Vec::new());
        reading.parse();
        reading.replay();
        let mut out = String::from("{\"ledger\":");
        let purchases = &reading.replayed.purchases;
        if settings.is_none() && purchases.is_empty() {
            out.push_str("null");
        } else {
            out.push_str("{\"format\":\"tierup-ledger\",\"version\":1,\"opening_total\":");
            push_string(&mut out, &reading.settings.opening_total.to_canonical());
            out.push_str(",\"purchases\":[");
            for (i, p) in purchases.iter().enumerate() {
                out.push_str(if i == 0 { "{\"id\":" } else { ",{\"id\":" });
                push_string(&mut out, &p.id);
                out.push_str(",\"amount\":");
                push_string(&mut out, &p.amount.to_canonical());
                out.push_str(",\"date\":");
                push_string(&mut out, &p.date.to_string());
                out.push('}');
            }
            out.push_str("]}");
        }
        out.push_str(",\"set_aside\":[");
        for (i, entry) in reading.set_aside().iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            push_string(&mut out, &format!("{} {:?}: {:?}", entry.key, entry.spot, entry.why));
        }
        out.push_str("]}");
        Ok(out)
    }

    pub fn entries_json(entries: &[(String, String)]) -> String {
        let mut out = String::from("{");
        for (i, (key, value)) in entries.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            push_string(&mut out, key);
            out.push(':');
            push_string(&mut out, value);
        }
        out.push('}');
        out
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
