//! Mounts the widget; everything else lives in the library.

// talc instead of std's dlmalloc: a few KB less wasm for every reader, and faster. The wasm is
// single-threaded (no `atomics`), which its cell-based allocator requires.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
fn main() {
    #[cfg(target_arch = "wasm32")]
    tierup::ui::mount();
}
