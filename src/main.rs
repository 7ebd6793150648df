//! Mounts the widget; everything else lives in the library.
fn main() {
    #[cfg(target_arch = "wasm32")]
    tierup::ui::mount();
}
