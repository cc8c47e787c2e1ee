//! Entry point: in the browser it mounts the widget; natively it only explains how to run it.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[cfg(target_arch = "wasm32")]
fn main() {
    woontop::app::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    println!("The Woontop widget runs in the browser: see README.md (scripts/serve.sh).");
}
