//! Freshness of the map's shown geometry (`src/features/map/shown.rs`), which the browser build
//! uses instead of running the label placement: it must be what `model::geometry` computes.
//! `UPDATE_MAP=1 cargo test --test map_geometry` writes it again.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

use woontop::features::map::model::{geometry, geometry_source, SHOWN_WIDTH_PX};

#[test]
fn shown_geometry_is_fresh() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/features/map/shown.rs");
    let fresh = geometry_source(&geometry(SHOWN_WIDTH_PX));
    if std::env::var_os("UPDATE_MAP").is_some() {
        std::fs::write(&path, &fresh).expect("write shown.rs");
        return;
    }
    let current = std::fs::read_to_string(&path).expect("shown.rs");
    assert!(
        current == fresh,
        "src/features/map/shown.rs is stale: run `UPDATE_MAP=1 cargo test --test map_geometry`"
    );
}
