//! Calendar dates without a clock: "today" always comes from the caller.

use core::fmt;

use super::text::push_decimal;

/// A proleptic Gregorian calendar date, written `YYYY-MM-DD`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

/// Why text is not a date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateError {
    /// Not of the form `YYYY-MM-DD`.
    Malformed,
    /// Well-formed but not on the calendar (`2026-02-30`).
    NoSuchDay,
}

impl Date {
    /// A checked date; years 1000..=9999 so the text form is always four digits.
    pub fn new(year: u16, month: u8, day: u8) -> Result<Date, DateError> {
        if !(1000..=9999).contains(&year) || !(1..=12).contains(&month) {
            return Err(DateError::NoSuchDay);
        }
        if day == 0 || day > days_in_month(year, month) {
            return Err(DateError::NoSuchDay);
        }
        Ok(Date { year, month, day })
    }

    pub fn parse(text: &str) -> Result<Date, DateError> {
        let b = text.as_bytes();
        let shape_ok = b.len() == 10
            && b[4] == b'-'
            && b[7] == b'-'
            && b.iter().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
        if !shape_ok {
            return Err(DateError::Malformed);
        }
        // The digits are checked above: read them directly (stored ledgers hold 10,000 dates).
        let num = |r: core::ops::Range<usize>| b[r].iter().fold(0u16, |n, d| n * 10 + u16::from(d - b'0'));
        Date::new(num(0..4), num(5..7) as u8, num(8..10) as u8)
    }

    /// `YYYY-MM-DD`, as stored and as date fields take it. The wasm writes dates with this
    /// rather than `to_string()`, which goes through `core::fmt` (see `text`).
    pub fn iso(self) -> String {
        let mut text = String::with_capacity(10);
        push_decimal(&mut text, self.year.into(), 4);
        text.push('-');
        push_decimal(&mut text, self.month.into(), 2);
        text.push('-');
        push_decimal(&mut text, self.day.into(), 2);
        text
    }

    pub fn year(self) -> u16 {
        self.year
    }

    pub fn month(self) -> u8 {
        self.month
    }

    /// The same calendar month, for the per-month deposit cap.
    pub fn same_month(self, other: Date) -> bool {
        self.year == other.year && self.month == other.month
    }

    /// The first day of the following month.
    pub fn next_month_start(self) -> Date {
        let (year, month) = if self.month == 12 { (self.year + 1, 1) } else { (self.year, self.month + 1) };
        Date { year, month, day: 1 }
    }

    /// This date moved forward by `days`.
    pub fn add_days(self, days: u32) -> Date {
        // Day numbers in i32 (smaller wasm than i64): past 10,000 years every date saturates
        // below anyway, so longer waits are cut to that before the sum.
        from_day_number(self.day_number() + days.min(3_652_425) as i32)
    }

    /// Days since 1970-01-01 (Howard Hinnant's civil-from-days algorithm, inverted). Years are
    /// 1000 on, so every quantity divided here is positive: plain division is the algorithm's
    /// floored one.
    fn day_number(self) -> i32 {
        let (m, d) = (i32::from(self.month), i32::from(self.day));
        let y = i32::from(self.year) - i32::from(m <= 2);
        let era = y / 400;
        let yoe = y - era * 400;
        let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }
}

fn from_day_number(z: i32) -> Date {
    let z = z + 719_468;
    let era = z / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let year = yoe + era * 400 + i32::from(month <= 2);
    // Plans never reach this far; saturate rather than wrap.
    if year > 9999 {
        return Date { year: 9999, month: 12, day: 31 };
    }
    Date { year: year.max(1000) as u16, month, day }
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.iso())
    }
}
