//! `cargo run -p datagen`: rewrites src/core/dataset/generated.rs from data/areas.toml and
//! data/bottlenecks.toml
//! and data/changelog.toml, and src/features/map/generated.rs from data/nl-outline.geojson and
//! data/positions.toml.
use std::path::Path;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let text = std::fs::read_to_string(root.join("data/areas.toml")).expect("read data/areas.toml");
    let source = match datagen::parse(&text) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("data/areas.toml: {e}");
            std::process::exit(1);
        }
    };
    let text = std::fs::read_to_string(root.join("data/bottlenecks.toml"))
        .expect("read data/bottlenecks.toml");
    let bottlenecks = match datagen::parse_bottlenecks(&text) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("data/bottlenecks.toml: {e}");
            std::process::exit(1);
        }
    };
    if let Err(e) = datagen::check_bottlenecks(&source, &bottlenecks) {
        eprintln!("data/bottlenecks.toml: {e}");
        std::process::exit(1);
    }
    let text = std::fs::read_to_string(root.join("data/changelog.toml"))
        .expect("read data/changelog.toml");
    let log = datagen::parse_changelog(&text).unwrap_or_else(|e| {
        eprintln!("data/changelog.toml: {e}");
        std::process::exit(1);
    });
    if let Err(e) = datagen::check_changelog(&source, &log) {
        eprintln!("data/changelog.toml: {e}");
        std::process::exit(1);
    }
    let out = root.join("src/core/dataset/generated.rs");
    std::fs::write(&out, datagen::render(&source, &bottlenecks, &log)).expect("write generated.rs");
    println!("wrote {}", out.display());

    let text = std::fs::read_to_string(root.join("data/nl-outline.geojson"))
        .expect("read data/nl-outline.geojson");
    let outline = datagen::map::parse_outline(&text).unwrap_or_else(|e| {
        eprintln!("data/nl-outline.geojson: {e}");
        std::process::exit(1);
    });
    let text = std::fs::read_to_string(root.join("data/positions.toml"))
        .expect("read data/positions.toml");
    let positions = datagen::map::parse_positions(&text).unwrap_or_else(|e| {
        eprintln!("data/positions.toml: {e}");
        std::process::exit(1);
    });
    let ids: Vec<&str> = source.area.iter().map(|a| a.id.as_str()).collect();
    let (map, report) = datagen::map::render(&outline, &positions, &ids).unwrap_or_else(|e| {
        eprintln!("map: {e}");
        std::process::exit(1);
    });
    let out = root.join("src/features/map/generated.rs");
    std::fs::write(&out, map).expect("write src/features/map/generated.rs");
    println!(
        "wrote {}: outline {} rings, {} points, path {} bytes, frame {} x {} units",
        out.display(),
        report.rings,
        report.points,
        report.path_bytes,
        datagen::map::WIDTH,
        report.height
    );
}
