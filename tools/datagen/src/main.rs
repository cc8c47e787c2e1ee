//! `cargo run -p datagen`: rewrites src/core/dataset/generated.rs from data/areas.toml.
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
    let out = root.join("src/core/dataset/generated.rs");
    std::fs::write(&out, datagen::render(&source, &bottlenecks)).expect("write generated.rs");
    println!("wrote {}", out.display());
}
