//! The dataset files published beside the widget (`assets/dataset/`, see `src/publish.rs`):
//! fresh (`UPDATE_STATIC=1 cargo test --test dataset_files` writes them and the list of their
//! sizes), and equal to the compiled dataset: every figure and sentence of the JSON, every
//! row of the CSV, every column described by the package's schema. The Frictionless
//! validator runs on them in the test command (scripts/test.sh).
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

use serde_json::Value;
use woontop::core::dataset::{Measure, PageTexts, AREAS, DATASET_VERSION, NATIONAL};
use woontop::publish;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn the_dataset_files_are_fresh() {
    let page = PageTexts::compiled();
    let files = publish::files(&page);
    let sizes = publish::sizes_rs(&files);
    let sizes_path = root().join("src/features/sources/files.rs");
    let folder = root().join(publish::FOLDER);
    if std::env::var_os("UPDATE_STATIC").is_some() {
        std::fs::create_dir_all(&folder).unwrap();
        // Files of an earlier version go: the folder holds this version's only.
        for entry in std::fs::read_dir(&folder).unwrap() {
            std::fs::remove_file(entry.unwrap().path()).unwrap();
        }
        for (name, text) in &files {
            std::fs::write(folder.join(name), text).unwrap();
        }
        std::fs::write(&sizes_path, &sizes).unwrap();
        return;
    }
    let mut on_disk: Vec<String> = std::fs::read_dir(&folder)
        .expect("assets/dataset: run `UPDATE_STATIC=1 cargo test --test dataset_files`")
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    on_disk.sort();
    let mut names: Vec<String> = files.iter().map(|f| f.0.clone()).collect();
    names.sort();
    assert_eq!(on_disk, names, "assets/dataset holds other files than this version's");
    for (name, text) in &files {
        let committed = std::fs::read_to_string(folder.join(name)).unwrap_or_default();
        assert!(
            &committed == text,
            "assets/dataset/{name} is stale: run `UPDATE_STATIC=1 cargo test --test dataset_files`"
        );
    }
    assert_eq!(
        std::fs::read_to_string(&sizes_path).unwrap_or_default(),
        sizes,
        "files.rs is stale"
    );
}

fn read_json(name: &str) -> Value {
    let text = std::fs::read_to_string(root().join(publish::FOLDER).join(name)).expect(name);
    serde_json::from_str(&text).expect("valid JSON")
}

/// The JSON's figures and sentences are the compiled dataset's, area by area.
#[test]
fn the_json_holds_the_compiled_dataset() {
    let page = PageTexts::compiled();
    let json = read_json(&publish::json_name());
    assert_eq!(json["dataset_version"], DATASET_VERSION);
    let areas = json["areas"].as_array().unwrap();
    assert_eq!(areas.len(), AREAS.len());
    let mut figures = 0;
    for (a, j) in AREAS.iter().zip(areas) {
        assert_eq!(j["code"], a.id);
        assert_eq!(j["name"], a.name);
        assert_eq!(j["municipality"], a.municipality);
        for (m, key) in
            Measure::ALL.into_iter().zip(["homes_2025_2029", "homes_2030_2035", "retrofit"])
        {
            match a.figure(m) {
                None => assert!(j[key].is_null(), "{} {key}: unknown must be null", a.id),
                Some(f) => {
                    figures += 1;
                    assert_eq!(j[key]["low"], f.low, "{} {key}", a.id);
                    assert_eq!(j[key]["high"], f.high, "{} {key}", a.id);
                    assert_eq!(j[key]["quote"], page.get(f.quote), "{} {key}", a.id);
                    let notes = j[key]["notes"].as_array().unwrap();
                    assert_eq!(notes.len(), f.notes.len());
                    for (n, jn) in f.notes.iter().zip(notes) {
                        assert_eq!(jn["nl"], page.get(n.nl));
                        assert_eq!(jn["en"], page.get(n.en));
                        assert_eq!(jn["quote"], page.get(n.quote));
                    }
                }
            }
        }
        assert_eq!(j["bottlenecks"].as_array().unwrap().len(), a.bottlenecks.len());
        for (b, jb) in a.bottlenecks.iter().zip(j["bottlenecks"].as_array().unwrap()) {
            assert_eq!(jb["category"], b.kind.code());
            assert_eq!(jb["quote"], page.get(b.quote));
        }
        assert_eq!(j["context"].as_array().unwrap().len(), a.context.len());
    }
    assert!(figures > 30, "{figures} figures");
    assert_eq!(json["national"]["max_total_eur"]["value"], NATIONAL.max_total_eur);
    assert_eq!(json["national"]["inhabitants"]["value"], NATIONAL.inhabitants);
    assert_eq!(json["changelog"].as_array().unwrap().last().unwrap()["version"], DATASET_VERSION);
}

/// The CSV has a row per area and the package's schema names its columns, in order.
#[test]
fn the_csv_matches_its_schema() {
    let package = read_json(publish::PACKAGE_NAME);
    let resource = &package["resources"][0];
    assert_eq!(resource["path"], publish::csv_name());
    let fields: Vec<&str> = resource["schema"]["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["name"].as_str().unwrap())
        .collect();
    let text =
        std::fs::read_to_string(root().join(publish::FOLDER).join(publish::csv_name())).unwrap();
    let mut lines = text.split("\r\n").filter(|l| !l.is_empty());
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    assert_eq!(header, fields);
    assert_eq!(lines.count(), AREAS.len());
    for f in resource["schema"]["fields"].as_array().unwrap() {
        assert!(!f["description"].as_str().unwrap().is_empty(), "{f}: no description");
    }
    assert!(!fields.iter().any(|f| f.contains("contribution") || f.contains("amount")));
    assert_eq!(package["version"], DATASET_VERSION);
    assert_eq!(package["resources"][1]["path"], publish::json_name());
}
