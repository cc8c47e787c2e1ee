// Extracts the European Netherlands from @geo-maps/countries-land-1km into data/nl-outline.geojson.
//
// Rerun (Node 18+; the npm registry is the only thing fetched):
//   mkdir -p /tmp/geo && cd /tmp/geo && npm i -E @geo-maps/countries-land-1km@0.6.0
//   node tools/map/extract.mjs /tmp/geo          # from the repository root
//   cargo run -p datagen                         # projects and simplifies it into Rust
//
// The package's data is derived from OpenStreetMap (© OpenStreetMap contributors, ODbL 1.0);
// see data/nl-outline.LICENSE.md. Unlike Natural Earth it has the IJsselmeer and the Markermeer
// as water. The output is written as it comes (no simplification, no projection: that is
// datagen's job, in reviewable Rust), one ring per line so that a diff shows what changed.
// Kept: every polygon of the feature with A3 "NLD" that lies in Europe (east of 0°), with its
// holes; left out: the Caribbean islands (west of 0°).
import { createRequire } from "node:module";
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const PACKAGE = "@geo-maps/countries-land-1km";
const from = process.argv[2] ?? process.cwd();
const require = createRequire(join(from, "noop.js"));
const pkgJson = require.resolve(`${PACKAGE}/package.json`);
const { version } = JSON.parse(readFileSync(pkgJson, "utf8"));
const world = JSON.parse(readFileSync(join(dirname(pkgJson), "map.geo.json"), "utf8"));

const nl = world.features.find((f) => f.properties.A3 === "NLD");
if (!nl || nl.geometry.type !== "MultiPolygon") throw new Error("no NLD MultiPolygon in the package");
const european = nl.geometry.coordinates.filter((polygon) =>
  polygon[0].every(([lon, lat]) => lon > 0 && lat > 50),
);
const points = european.flat(2).length;

const ring = (r) => "[" + r.map(([x, y]) => `[${x},${y}]`).join(",") + "]";
const polygon = (p) => "      [\n        " + p.map(ring).join(",\n        ") + "\n      ]";
const properties = {
  name: "Nederland (Europees deel)",
  source: `npm ${PACKAGE}@${version}, feature A3=NLD, polygons east of 0°`,
  attribution: "© OpenStreetMap contributors, ODbL 1.0, via @geo-maps/countries-land-1km",
  license: "ODbL-1.0",
  license_url: "https://opendatacommons.org/licenses/odbl/1.0/",
  note: "Extracted unchanged (coordinates as published, WGS84 degrees) by tools/map/extract.mjs; see data/nl-outline.LICENSE.md",
  polygons: european.length,
  points,
};
const text =
  '{"type":"FeatureCollection","features":[{"type":"Feature",\n' +
  `  "properties":${JSON.stringify(properties, null, 1).replace(/\n\s*/g, " ")},\n` +
  '  "geometry":{"type":"MultiPolygon","coordinates":[\n' +
  european.map(polygon).join(",\n") +
  "\n  ]}}]}\n";
JSON.parse(text); // what is written must be valid JSON
const out = join(dirname(fileURLToPath(import.meta.url)), "../../data/nl-outline.geojson");
writeFileSync(out, text);
console.log(`wrote ${out}: ${european.length} polygons, ${points} points, ${text.length} bytes`);
