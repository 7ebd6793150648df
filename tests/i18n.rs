//! The message table: every message in every language, with the blanks and plural forms the
//! code fills, and the rules that pick a language and a plural form.
use std::collections::BTreeSet;

use tierup::domain::{AmountError, LedgerError, Money};
use tierup::i18n::{fill, Locale, Text, Words};

/// The blanks `{0}`..`{9}` a template uses.
fn blanks(template: &str) -> BTreeSet<char> {
    template
        .split('{')
        .skip(1)
        .filter(|rest| rest.as_bytes().get(1) == Some(&b'}'))
        .filter_map(|r| r.chars().next())
        .collect()
}

#[test]
fn should_have_every_message_in_every_language_with_the_same_blanks() {
    for &text in Text::ALL {
        let english = Locale::En.text(text);
        let counting = english.contains('|');
        for locale in Locale::ALL {
            let words = locale.text(text);
            let forms: Vec<&str> = words.split('|').collect();
            assert_eq!(forms.len(), if counting { locale.plural_forms() } else { 1 }, "{locale:?} {text:?}: {words:?}");
            // Every form says the count, {0}; English may spell a count of one out ("1 saved record").
            let mut wanted = blanks(english);
            if counting {
                wanted.insert('0');
            }
            for form in forms {
                assert!(!form.trim().is_empty(), "{locale:?} {text:?} has an empty form");
                if locale != Locale::En || !counting {
                    assert_eq!(blanks(form), wanted, "{locale:?} {text:?}: {form:?}");
                }
            }
        }
    }
}

#[test]
fn should_leave_no_english_sentence_in_another_language() {
    // Codes and names that stay as they are; anything else identical to English is untranslated.
    let same_everywhere =
        [Text::ExportJson, Text::ExportCsv, Text::PerMonth, Text::AsOf, Text::YouAre, Text::JsonField];
    for &text in Text::ALL.iter().filter(|t| !same_everywhere.contains(t)) {
        for locale in Locale::ALL.into_iter().filter(|&l| l != Locale::En) {
            // Words that are the same in both languages.
            let cognate = [(Locale::Fr, Text::DateLabel)].contains(&(locale, text));
            assert!(cognate || locale.text(text) != Locale::En.text(text), "{locale:?} {text:?} is still English");
        }
    }
}

#[test]
fn should_pick_the_language_for_a_tag_from_a_page_or_browser() {
    let cases = [
        ("en", Some(Locale::En)),
        ("en-GB", Some(Locale::En)),
        ("de-AT", Some(Locale::De)),
        ("fr_CA", Some(Locale::Fr)),
        ("pt", Some(Locale::PtBr)),
        ("pt-PT", Some(Locale::PtBr)),
        ("ID", Some(Locale::Id)),
        ("in", Some(Locale::Id)),
        ("zh", Some(Locale::ZhCn)),
        ("zh-CN", Some(Locale::ZhCn)),
        ("zh-Hans-SG", Some(Locale::ZhCn)),
        ("zh-TW", Some(Locale::ZhTw)),
        ("zh-Hant", Some(Locale::ZhTw)),
        ("zh-HK", Some(Locale::ZhTw)),
        (" ja-JP ", Some(Locale::Ja)),
        ("ko-KR", Some(Locale::Ko)),
        ("ru", Some(Locale::Ru)),
        ("es-419", Some(Locale::Es)),
        ("it-CH", Some(Locale::It)),
        ("nl", None),
        ("", None),
        ("english", None),
        ("e", None),
    ];
    for (tag, expected) in cases {
        assert_eq!(Locale::from_tag(tag), expected, "{tag:?}");
    }
    assert_eq!(Locale::negotiate(["nl-NL", "de", "fr"]), Locale::De);
    assert_eq!(Locale::negotiate(["nl-NL", "sv"]), Locale::En);
    assert_eq!(Locale::negotiate([]), Locale::En);
    for locale in Locale::ALL {
        assert_eq!(Locale::from_tag(locale.tag()), Some(locale), "{locale:?} reads its own tag");
    }
}

#[test]
fn should_choose_the_plural_form_by_each_language_rule() {
    let cases: &[(Locale, &[(u64, usize)])] = &[
        (Locale::En, &[(0, 1), (1, 0), (2, 1), (11, 1), (21, 1)]),
        (Locale::Fr, &[(0, 0), (1, 0), (2, 1), (100, 1)]),
        (Locale::PtBr, &[(0, 0), (1, 0), (2, 1)]),
        (
            Locale::Ru,
            &[
                (0, 2),
                (1, 0),
                (2, 1),
                (4, 1),
                (5, 2),
                (11, 2),
                (12, 2),
                (14, 2),
                (21, 0),
                (22, 1),
                (25, 2),
                (101, 0),
                (111, 2),
                (112, 2),
                (122, 1),
            ],
        ),
        (Locale::Ja, &[(0, 0), (1, 0), (7, 0)]),
    ];
    for (locale, table) in cases {
        for &(n, form) in table.iter() {
            assert_eq!(locale.plural_form(n), form, "{locale:?} {n}");
        }
    }
    let words = Words::plain(Locale::Ru);
    let imported: Vec<String> = [1, 3, 5, 21].iter().map(|&n| words.count(Text::Imported, n, &[])).collect();
    let forms: Vec<&str> = Locale::Ru.text(Text::Imported).split('|').collect();
    for (said, form) in imported.iter().zip([forms[0], forms[1], forms[2], forms[0]]) {
        assert_eq!(
            *said,
            fill(form, &[said.split(|c: char| !c.is_ascii_digit()).find(|s| !s.is_empty()).unwrap_or("")])
        );
    }
    assert_eq!(Words::plain(Locale::En).count(Text::Imported, 1, &[]), "Imported 1 purchase.");
    assert_eq!(Words::plain(Locale::En).count(Text::Imported, 12_000, &[]), "Imported 12,000 purchases.");
}

#[test]
fn should_fill_blanks_and_leave_other_braces_alone() {
    assert_eq!(fill("{1} then {0}", &["a", "b"]), "b then a");
    assert_eq!(fill("{2} {x} {", &["a"]), "{2} {x} {");
    assert_eq!(fill("{0}{0}", &["é"]), "éé");
    assert_eq!(Words::plain(Locale::De).number(1_234_567), "1.234.567");
    assert_eq!(Words::plain(Locale::Fr).number(10_000), "10\u{202F}000");
    assert_eq!(Words::plain(Locale::Ja).number(999), "999");
}

#[test]
fn should_give_refusals_with_the_languages_own_separators_and_formatted_amounts() {
    let german = Words::new(Locale::De, |_, m| format!("{} $", m.to_canonical().replace('.', ",")));
    let said = german.amount_error(&AmountError::Ambiguous);
    assert!(said.contains("1.000,50"), "{said}");
    let said = german.ledger_error(&LedgerError::OverCap {
        amount: Money::dollars(150),
        limit: Money::dollars(100),
        most: Money::dollars(100),
    });
    assert!(said.contains("150,00 $") && said.contains("100,00 $"), "{said}");
    assert_eq!(
        Words::plain(Locale::En).amount_error(&AmountError::BadGrouping),
        "Commas must separate groups of three digits, as in 1,000.50."
    );
}

/// The wasm reads every language but English from a pack written from these tables: each reads
/// back message for message, and a pack for another language or another set of messages (a stale
/// cache) is refused rather than read into the wrong slots.
#[test]
fn should_read_back_every_language_pack_and_refuse_a_foreign_or_stale_one() {
    use tierup::i18n::{Pack, PackError, KEYS_DIGEST};
    for locale in Locale::ALL {
        let text = Pack::write(locale).unwrap_or_else(|| panic!("{locale:?}: a message holds a line break"));
        let pack = Pack::parse(locale, &text).unwrap_or_else(|e| panic!("{locale:?}: {e:?}"));
        for &t in Text::ALL {
            assert_eq!(pack.get(t), locale.text(t), "{locale:?} {t:?}");
        }
        let words = Words::from_pack(Box::leak(Box::new(pack)), |_, m| m.usd());
        assert_eq!(words.get(Text::WidgetLabel), locale.text(Text::WidgetLabel));
    }
    let french = Pack::write(Locale::Fr).unwrap();
    assert_eq!(Pack::parse(Locale::De, &french), Err(PackError::NotAPack));
    let stale = french.replacen(&format!("{KEYS_DIGEST:08x}"), "00000000", 1);
    assert_eq!(Pack::parse(Locale::Fr, &stale), Err(PackError::OtherVersion));
    let shorter = french.replacen(&format!(" {} ", Text::ALL.len()), &format!(" {} ", Text::ALL.len() - 1), 1);
    assert_eq!(Pack::parse(Locale::Fr, &shorter), Err(PackError::OtherVersion));
    let cut = &french[..french.len() / 2];
    assert_eq!(Pack::parse(Locale::Fr, cut), Err(PackError::NotAPack));
    assert_eq!(Pack::parse(Locale::Fr, ""), Err(PackError::NotAPack));
    assert_eq!(Pack::parse(Locale::Fr, "<!doctype html><title>404</title>"), Err(PackError::NotAPack));
}

#[test]
fn should_name_the_default_tiers_from_the_pack_when_the_schedule_has_english_only() {
    use tierup::domain::Schedule;
    use tierup::i18n::{Pack, PackError};
    // The wasm's default schedule: the shipped file without its translations.
    let english = Schedule::from_json(tierup::compact_json!("../static/schedule.default.json", without_translations))
        .expect("the shipped schedule without translations is valid");
    let full = Schedule::default();
    assert!(english.titles.is_empty() && english.tiers.iter().all(|t| t.names.is_empty()));
    assert_eq!(english.tiers.len(), full.tiers.len());
    for locale in Locale::ALL {
        let pack = Pack::parse(locale, &Pack::write(locale).unwrap()).unwrap();
        let words = Words::from_pack(Box::leak(Box::new(pack)), |_, m| m.usd());
        let tag = locale.tag();
        assert_eq!(words.title(&english), full.title_in(tag), "{tag}");
        for (e, f) in english.tiers.iter().zip(&full.tiers) {
            assert_eq!(words.tier(e), f.name_in(tag), "{tag} {}", f.id);
        }
    }

    // A schedule's own name in the language wins; a name the pack does not know stays English.
    let french = Words::from_pack(
        Box::leak(Box::new(Pack::parse(Locale::Fr, &Pack::write(Locale::Fr).unwrap()).unwrap())),
        |_, m| m.usd(),
    );
    let own = Schedule::from_json(
        r#"{"title":"Claude API usage tiers","titles":{"fr":"Mes paliers"},"as_of":"2026-01-01","tiers":[
            {"id":"a","name":"Tier 1","names":{"fr":"Palier A"},"threshold":"5.00","monthly_limit":"100.00"},
            {"id":"b","name":"Tier 2","threshold":"40.00","monthly_limit":"500.00"},
            {"id":"c","name":"Gold","threshold":"90.00","monthly_limit":"900.00"}]}"#,
    )
    .unwrap();
    assert_eq!(french.title(&own), "Mes paliers");
    let names: Vec<&str> = own.tiers.iter().map(|t| french.tier(t)).collect();
    assert_eq!(names, ["Palier A", "Niveau 2", "Gold"]);

    // A names line without its tab is not a pack's.
    let broken = Pack::write(Locale::Fr).unwrap().replacen("Tier 2\t", "Tier 2 ", 1);
    assert_eq!(Pack::parse(Locale::Fr, &broken), Err(PackError::NotAPack));
}
