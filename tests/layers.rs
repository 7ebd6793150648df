//! The layers of ARCHITECTURE.md, kept true: every path into the crate that a file of `src/`
//! names (`use crate::..` lines, grouped or over several lines, `super::` ones, and inline
//! `crate::x::y()` paths) must point to its own module or to a layer below it.

mod common;

use std::fs;
use std::path::Path;

/// Lowest first. A module may use its own top-level module and any layer below its own; modules
/// of one layer do not use each other.
const LAYERS: &[&[&str]] = &[&["domain"], &["formats"], &["storage", "config"], &["i18n"], &["ui"]];

/// Parts of one layer that must stay apart: (the module, what it may not use).
const APART: &[(&str, &str, &str)] =
    &[("domain::cap", "domain::ledger", "the cap tracker knows nothing of the ledger")];

/// Known upward imports, each with why it is still here. One that is no longer needed fails
/// the test too, so this list only shrinks.
const ALLOWED: &[(&str, &str, &str)] = &[];

/// One path into the crate that breaks a layer rule.
#[derive(Debug, PartialEq, Eq)]
struct Breach {
    line: usize,
    /// The path as resolved from the crate root (`i18n::english`).
    path: String,
    why: String,
}

fn layer_of(module: &str) -> Option<usize> {
    LAYERS.iter().position(|layer| layer.contains(&module))
}

/// The module path of a file under `src/`: `src/domain/ledger/build.rs` is `domain::ledger::build`.
fn module_of(file: &str) -> Vec<String> {
    let inner = file.strip_prefix("src/").unwrap_or(file).trim_end_matches(".rs");
    let mut parts: Vec<String> = inner.split('/').map(str::to_string).collect();
    if matches!(parts.last().map(String::as_str), Some("mod" | "lib")) {
        parts.pop();
    }
    parts
}

/// The text with comments, strings and character literals blanked out (lines kept), so that a
/// path named in a doc comment or a message is not taken for an import.
fn code_only(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let blank = |out: &mut String, c: char| out.push(if c == '\n' { '\n' } else { ' ' });
    let mut i = 0;
    while i < chars.len() {
        let (c, next) = (chars[i], chars.get(i + 1).copied());
        let start = i;
        if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            let mut depth = 0;
            while i < chars.len() {
                if chars[i] == '/' && chars.get(i + 1) == Some(&'*') {
                    depth += 1;
                    i += 1;
                } else if chars[i] == '*' && chars.get(i + 1) == Some(&'/') {
                    depth -= 1;
                    i += 1;
                    if depth == 0 {
                        i += 1;
                        break;
                    }
                }
                i += 1;
            }
        } else if c == 'r' && matches!(next, Some('"' | '#')) && !chars[..i].last().is_some_and(|p| is_ident(*p)) {
            let hashes = chars[i + 1..].iter().take_while(|&&h| h == '#').count();
            if chars.get(i + 1 + hashes) != Some(&'"') {
                out.push(c);
                i += 1;
                continue;
            }
            i += 2 + hashes;
            let close: Vec<char> = std::iter::once('"').chain(std::iter::repeat_n('#', hashes)).collect();
            while i < chars.len() && !chars[i..].starts_with(&close) {
                i += 1;
            }
            i += close.len();
        } else if c == '"' {
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                i += if chars[i] == '\\' { 2 } else { 1 };
            }
            i += 1;
        } else if c == '\'' && (next == Some('\\') || chars.get(i + 2) == Some(&'\'')) {
            i += 1;
            while i < chars.len() && chars[i] != '\'' {
                i += if chars[i] == '\\' { 2 } else { 1 };
            }
            i += 1;
        } else {
            out.push(c);
            i += 1;
            continue;
        }
        for &skipped in &chars[start..i.min(chars.len())] {
            blank(&mut out, skipped);
        }
    }
    out
}

fn is_ident(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Every path into the crate that `code` names, from the crate root, with the line of its last
/// part: a group (`crate::{a::X, b::{Y, Z}}`) gives one path per item.
fn crate_paths(module: &[String], code: &str) -> Vec<(usize, String)> {
    let chars: Vec<char> = code.chars().collect();
    let line_at = |at: usize| chars[..at.min(chars.len())].iter().filter(|&&c| c == '\n').count() + 1;
    let mut found = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let starts_word = i == 0 || !is_ident(chars[i - 1]) && chars[i - 1] != ':';
        let word: String = chars[i..].iter().take_while(|c| is_ident(**c)).collect();
        if !starts_word || !matches!(word.as_str(), "crate" | "super" | "self") {
            i += word.chars().count().max(1);
            continue;
        }
        let (paths, end) = read_tree(&chars, i);
        for (path, at) in paths {
            if let Some(resolved) = resolve(module, &path) {
                found.push((line_at(at), resolved));
            }
        }
        i = end.max(i + 1);
    }
    found
}

/// One path of a use tree, and where its last part starts.
type Leaf = (Vec<String>, usize);

/// Reads a path or a use tree from `at`: the paths it names and where it ends.
fn read_tree(chars: &[char], mut at: usize) -> (Vec<Leaf>, usize) {
    let skip_space = |at: &mut usize| {
        while *at < chars.len() && chars[*at].is_whitespace() {
            *at += 1;
        }
    };
    let mut prefix = Vec::new();
    let mut last = at;
    loop {
        skip_space(&mut at);
        if chars.get(at) == Some(&'{') {
            let mut leaves = Vec::new();
            at += 1;
            loop {
                skip_space(&mut at);
                match chars.get(at) {
                    None => return (leaves, at),
                    Some('}') => return (leaves, at + 1),
                    Some(',') => at += 1,
                    Some(_) => {
                        let (inner, end) = read_tree(chars, at);
                        leaves.extend(inner.into_iter().map(|(path, pos)| ([prefix.clone(), path].concat(), pos)));
                        at = end.max(at + 1);
                    }
                }
            }
        }
        let word: String = chars[at.min(chars.len())..].iter().take_while(|c| is_ident(**c) || **c == '*').collect();
        if word.is_empty() {
            return (vec![(prefix, last)], at);
        }
        last = at;
        at += word.chars().count();
        prefix.push(word);
        skip_space(&mut at);
        if chars.get(at) == Some(&':') && chars.get(at + 1) == Some(&':') {
            at += 2;
        } else {
            return (vec![(prefix, last)], at);
        }
    }
}

/// `path` (which starts with `crate`, `super` or `self`) as seen from the crate root.
fn resolve(module: &[String], path: &[String]) -> Option<String> {
    let mut at: Vec<String> = module.to_vec();
    let mut rest = path.iter().peekable();
    match rest.peek().map(|s| s.as_str()) {
        Some("crate") => {
            at.clear();
            rest.next();
        }
        Some("self") => {
            rest.next();
        }
        _ => {}
    }
    while rest.peek().is_some_and(|s| *s == "super") {
        at.pop()?;
        rest.next();
    }
    at.extend(rest.filter(|s| *s != "self").cloned());
    Some(at.join("::"))
}

/// What in `text`, the source of `file`, breaks a layer rule.
fn breaches(file: &str, text: &str) -> Vec<Breach> {
    let module = module_of(file);
    let Some(own) = module.first() else { return Vec::new() };
    let Some(own_layer) = layer_of(own) else { return Vec::new() };
    let here = module.join("::");
    let mut out = Vec::new();
    for (line, path) in crate_paths(&module, &code_only(text)) {
        let target = path.split("::").next().unwrap_or_default().to_string();
        let why = match layer_of(&target) {
            _ if target == *own => APART
                .iter()
                .find(|(from, to, _)| within(&here, from) && within(&path, to))
                .map(|(from, to, why)| format!("{from} may not use {to}: {why}")),
            Some(layer) if layer > own_layer => Some(format!("{own} may not use {target}, a layer above it")),
            Some(layer) if layer == own_layer => Some(format!("{own} may not use {target}, beside it in its layer")),
            _ => None,
        };
        if let Some(why) = why {
            out.push(Breach { line, path, why });
        }
    }
    out
}

/// Whether the module path `path` is `module` or inside it.
fn within(path: &str, module: &str) -> bool {
    path == module || path.starts_with(&format!("{module}::"))
}

#[test]
fn should_find_every_layer_pointing_only_down() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let files = common::source_files();
    assert!(files.len() > 40, "found only {} files under src/", files.len());
    let mut failures = Vec::new();
    let mut allowance_used = vec![false; ALLOWED.len()];
    for path in files {
        let file = path.strip_prefix(root).unwrap_or(&path).to_string_lossy().replace('\\', "/");
        let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("reading {file}: {e}"));
        for breach in breaches(&file, &text) {
            let target = breach.path.split("::").next().unwrap_or_default();
            match ALLOWED.iter().position(|(f, t, _)| *f == file && *t == target) {
                Some(i) => allowance_used[i] = true,
                None => failures.push(format!("{file}:{}: crate::{}: {}", breach.line, breach.path, breach.why)),
            }
        }
    }
    for ((file, target, why), used) in ALLOWED.iter().zip(allowance_used) {
        if !used {
            failures.push(format!("{file} no longer uses {target}: remove it from ALLOWED in tests/layers.rs ({why})"));
        }
    }
    assert!(failures.is_empty(), "imports against ARCHITECTURE.md's layers:\n{}", failures.join("\n"));
}

#[test]
fn should_name_an_upward_import_in_every_form_it_can_take() {
    let said = |file: &str, text: &str| -> Vec<(usize, String)> {
        breaches(file, text).into_iter().map(|b| (b.line, b.path)).collect()
    };
    let up = |line: usize, path: &str| vec![(line, path.to_string())];
    assert_eq!(
        said("src/domain/money.rs", "use crate::i18n::{english, Words};"),
        [(1, "i18n::english".to_string()), (1, "i18n::Words".to_string())]
    );
    assert_eq!(
        said("src/formats/json/mod.rs", "use crate::{\n    domain::Money,\n    ui::{self, View},\n};"),
        [(3, "ui".to_string()), (3, "ui::View".to_string())]
    );
    assert_eq!(said("src/config.rs", "fn f() {\n    crate :: i18n::english(x)\n}"), up(2, "i18n::english"));
    assert_eq!(said("src/domain/ledger/build.rs", "use super::super::super::formats::json;"), up(1, "formats::json"));
    assert_eq!(said("src/config.rs", "use super::storage::records;"), up(1, "storage::records"));
    assert_eq!(said("src/domain/cap.rs", "use super::ledger::Ledger;"), up(1, "domain::ledger::Ledger"));
    let why = breaches("src/domain/date.rs", "use crate::i18n::Words;").remove(0).why;
    assert_eq!(why, "domain may not use i18n, a layer above it");
}

#[test]
fn should_let_a_module_use_itself_and_the_layers_below() {
    let fine = [
        ("src/ui/status.rs", "use crate::{config::Config, domain::Money, formats::json, i18n::Words, storage};"),
        ("src/i18n/messages.rs", "use super::{Text, Words};\nuse crate::storage::StorageNotice;"),
        ("src/domain/ledger/build.rs", "use super::{Date, IdSet, Ledger};\nuse super::super::cap::CapTracker;"),
        ("src/domain/money.rs", "/// Said by `crate::i18n::Words`.\nconst A: &str = \"crate::ui\";\n// use crate::ui;"),
        ("src/domain/date.rs", "const B: &str = r#\"crate::i18n\"#;\nfn f<'a>(x: &'a str) -> char { '\"' }"),
        ("src/formats/mod.rs", "pub(crate) fn f() {}\npub(super) use self::json::Value;"),
    ];
    for (file, text) in fine {
        assert_eq!(breaches(file, text), [], "{file}: {text}");
    }
}
