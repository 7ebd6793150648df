//! The files of `src/ui` import one another without a circle: following `use super::` lines
//! from any file never leads back to it, so each can be read (and changed) knowing only the
//! files below it. Start-up, the widget and an instance once imported each other in a ring.

use std::collections::BTreeMap;
use std::path::Path;

/// Each file's name (without `.rs`) and the sibling modules it imports with `use super::`.
type Imports = BTreeMap<String, Vec<String>>;

fn ui_imports() -> Imports {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui");
    let mut imports = Imports::new();
    for entry in std::fs::read_dir(&dir).expect("src/ui is readable") {
        let path = entry.expect("a directory entry").path();
        let Some(name) =
            path.file_stem().and_then(|s| s.to_str()).filter(|_| path.extension().is_some_and(|e| e == "rs"))
        else {
            continue;
        };
        let text = std::fs::read_to_string(&path).expect("a source file is readable");
        imports.insert(name.to_string(), siblings(&text));
    }
    imports
}

/// The modules named right after `super::` in a file's `use` lines.
fn siblings(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for line in text.lines().map(str::trim) {
        let Some(rest) = line.strip_prefix("use super::") else { continue };
        let names: Vec<&str> = match rest.strip_prefix('{') {
            Some(group) => group.split(',').collect(),
            None => vec![rest],
        };
        for name in names {
            let first = name.trim().split(|c: char| !(c.is_alphanumeric() || c == '_')).next().unwrap_or("");
            if !first.is_empty() && !found.iter().any(|f| f == first) {
                found.push(first.to_string());
            }
        }
    }
    found
}

/// A circle of imports, as the files on it in order, if there is one.
fn circle(imports: &Imports) -> Option<Vec<String>> {
    fn visit(at: &str, imports: &Imports, path: &mut Vec<String>, done: &mut Vec<String>) -> Option<Vec<String>> {
        if let Some(start) = path.iter().position(|p| p == at) {
            return Some(path[start..].iter().cloned().chain([at.to_string()]).collect());
        }
        if done.iter().any(|d| d == at) {
            return None;
        }
        path.push(at.to_string());
        for next in imports.get(at).into_iter().flatten() {
            if let Some(found) = visit(next, imports, path, done) {
                return Some(found);
            }
        }
        path.pop();
        done.push(at.to_string());
        None
    }
    let (mut path, mut done) = (Vec::new(), Vec::new());
    imports.keys().find_map(|start| visit(start, imports, &mut path, &mut done))
}

#[test]
fn ui_files_import_each_other_without_a_circle() {
    let imports = ui_imports();
    assert!(imports.len() > 10 && imports.contains_key("startup"), "read src/ui: {:?}", imports.keys());
    assert_eq!(circle(&imports), None, "imports in src/ui go round in a circle");
}

#[test]
fn should_find_a_circle_of_imports_when_there_is_one() {
    let file = |name: &str, uses: &str| (name.to_string(), siblings(uses));
    let ring: Imports = [
        file("app", "use super::widget::Widget;\nuse super::browser;"),
        file("widget", "use super::{instance::InstanceView, state::State};"),
        file("instance", "use super::app::Problem;"),
        file("browser", ""),
        file("state", ""),
    ]
    .into_iter()
    .collect();
    assert_eq!(circle(&ring), Some(["app", "widget", "instance", "app"].map(String::from).to_vec()));
    let tree: Imports = ring.into_iter().filter(|(name, _)| name != "instance").collect();
    assert_eq!(circle(&tree), None);
}
