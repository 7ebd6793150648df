//! Writes the language packs the widget fetches: one file per language but English (compiled
//! into the wasm), from the same tables the native tests check. Run by the build
//! (`scripts/post-build.mjs`) as `i18n_packs <folder>`; each file is named with a digest of its
//! content, so a cache can never hand an old pack to a new build. Prints the JSON object the
//! loader passes to the widget: language tag -> file name.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use tierup::i18n::{Locale, Pack};

    /// FNV-1a, 64 bits, with MurmurHash3's final mix: it names which build a pack belongs to,
    /// so a file name changes with any byte of its content. Not security.
    fn digest(bytes: &[u8]) -> u64 {
        let fnv =
            bytes.iter().fold(0xcbf2_9ce4_8422_2325_u64, |h, &b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3));
        let h = (fnv ^ (fnv >> 33)).wrapping_mul(0xff51_afd7_ed55_8ccd);
        let h = (h ^ (h >> 33)).wrapping_mul(0xc4ce_b9fe_1a85_ec53);
        h ^ (h >> 33)
    }

    let Some(folder) = std::env::args().nth(1) else {
        eprintln!("usage: i18n_packs <folder>");
        std::process::exit(2);
    };
    let folder = std::path::PathBuf::from(folder);
    if let Err(e) = std::fs::create_dir_all(&folder) {
        eprintln!("i18n_packs: cannot create {}: {e}", folder.display());
        std::process::exit(1);
    }
    let mut map = Vec::new();
    for locale in Locale::ALL.into_iter().filter(|&l| l != Locale::En) {
        let Some(pack) = Pack::write(locale) else {
            eprintln!("i18n_packs: a {} message holds a line break, which a pack cannot carry", locale.tag());
            std::process::exit(1);
        };
        let name = format!("{}-{:016x}.txt", locale.tag(), digest(pack.as_bytes()));
        if let Err(e) = std::fs::write(folder.join(&name), &pack) {
            eprintln!("i18n_packs: cannot write {name}: {e}");
            std::process::exit(1);
        }
        map.push(format!("\"{}\":\"{name}\"", locale.tag()));
    }
    println!("{{{}}}", map.join(","));
}

#[cfg(target_arch = "wasm32")]
fn main() {}
