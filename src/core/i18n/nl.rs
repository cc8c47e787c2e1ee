//! Dutch: the default language, and the static page's.
use super::{
    AreaWords, CalcWords, CeilingWords, ChartWords, CiteWords, CsvWords, EmbedWords, MapWords,
    Numbers, OpenWords, ScenarioWords, TableWords, Texts, WorkingWords,
};
use crate::core::amount::AmountError;
use crate::core::cite::Length;
use crate::core::dataset::{
    BottleneckKind, Measure, NameKind, NoteKind, Qualifier, DATASET_VERSION,
};
use crate::core::format::int;
use crate::core::funding::Funded;
use crate::core::i18n::Lang;
use crate::core::link::{Ignored, Metric, Section};
use crate::core::workings::{End, Explained, LeftOut};

fn n(v: usize) -> String {
    int(v as u64, Lang::Nl)
}

/// The static page's own texts (not in the wasm).
#[cfg(not(target_arch = "wasm32"))]
pub static PAGE: super::PageWords = super::PageWords {
    loading: "De rekenhulp wordt geladen…",
    load_failed: "Ziet u deze tekst na enkele seconden nog? Dan kan uw browser de rekenhulp niet starten (hij gebruikt WebAssembly, dat uw browser of een instelling blokkeert). Probeer een recente versie van Firefox, Chrome, Edge of Safari. Alle cijfers staan hieronder, en in het boekje Woontopafspraken 2024-2030.",
    no_script: "De rekenhulp heeft JavaScript nodig om te rekenen. Alle cijfers uit het boekje staan hieronder.",
    crashed: "Er ging iets mis in de rekenhulp. Laad de pagina opnieuw; blijft het misgaan, dan staan de cijfers in het boekje Woontopafspraken 2024-2030.",
};

/// The widget's title, also in citations.
const TITLE: &str = "Woontopafspraken 2024-2030: woningbouw in de 20 NPLV-gebieden";

/// A citation's words (compiled into every build: the Bronnen section cites in both languages).
pub static CITE: CiteWords = CiteWords {
    widget: TITLE,
    no_year: "z.j.",
    citation: |c| {
        match c.length {
        Length::Short => format!("{} (dataset {}, {}). Naar: {} ({}), {}. {}", c.widget, c.version, c.date, c.publisher, c.year, c.booklet, c.link),
        Length::Long => format!("{} ({}). {}. In samenwerking met de 20 NPLV-gebieden. Cijfers, bronzinnen en kanttekeningen bewerkt in: {}, datasetversie {} van {}. Bekeken via {}", c.publisher, c.year, c.booklet, c.widget, c.version, c.date, c.link),
    }
    },
};

pub static TEXTS: Texts = Texts {
    num: Numbers {
        group: '.',
        decimal: ',',
        euro: |sign, amount| format!("€ {sign}{amount}"),
        million: "miljoen",
        billion: "miljard",
        per_home: "per woning",
        homes: "woningen",
        of: "van",
    },
    dutch_notes: true,
    title: TITLE,
    lead: "Wat de gebieden van het Nationaal Programma Leefbaarheid en Veiligheid (NPLV) versneld willen bouwen en verduurzamen, volgens het boekje Woontopafspraken 2024-2030, en wat het Rijk daaraan zou bijdragen.",
    caveat: "Let op: dit zijn de plannen van de gebieden; Rijk en gebieden kalibreren ze nog.",
    #[cfg(not(target_arch = "wasm32"))]
    plans_caveat: "Let op: dit zijn de plannen van de gebieden, de \"kansen\" die zij zien. Rijk en gebieden werken de komende zes maanden aan een kalibratie van deze aantallen.",
    #[cfg(not(target_arch = "wasm32"))]
    rotterdam_caveat: "Voor Rotterdam-Zuid moet de afspraak over de woningbouw zelf nog worden gemaakt.",
    languages: "Taal / Language",
    section: |s| match s {
        Section::Calc => "Rekenhulp",
        Section::Map => "Kaart",
        Section::Chart => "Grafiek",
        Section::Table => "Tabel",
        Section::Sources => "Bronnen",
    },
    sections: "Onderdelen",
    #[cfg(not(target_arch = "wasm32"))]
    rules_heading: "Hoe wij tellen",
    #[cfg(not(target_arch = "wasm32"))]
    rules: [
        "Het cijfer voor 2025-2029 is het getal in het grote vak \"+N woningen\" van het gebied: daaruit is de 70.000 woningen in de ingediende plannen opgebouwd. Een kleiner deel dat de tekst noemt (zoals de 800 versnelde woningen in Roosendaal) staat als opmerking bij het cijfer.",
        "Voor Heerlen-Noord tonen we het deel voor Heerlen-Noord zelf; het cijfer voor de hele regio Parkstad staat als opmerking.",
        "Een totaal telt alleen cijfers voor het gebied zelf en voor de periode van de kolom. Cijfers voor een andere periode of een grotere regio staan in de rij, gemarkeerd, maar tellen niet mee; onder het totaal staat wat is weggelaten.",
        "Geeft het boekje geen cijfer, dan staat er \"onbekend\", nooit 0. Waar het boekje zichzelf tegenspreekt, staat dat bij het cijfer.",
    ],
    table_caption: "Woningbouw en verduurzaming per NPLV-gebied, volgens het boekje",
    col_area: "Gebied",
    col_municipality: "Gemeente",
    measure: |m| match m {
        Measure::Build => "Versneld bouwen 2025-2029",
        Measure::Extra => "Extra woningen 2030-2035",
        Measure::Retrofit => "Woningen verduurzamen",
    },
    total: "Totaal",
    unknown: "onbekend",
    no_figures: "geen cijfers in het boekje",
    source: "Bron",
    source_box: "Vak",
    quote_missing: "De zin uit het boekje is niet geladen; herlaad de pagina om hem te zien.",
    page: "blz.",
    totals_left_out: "Wat de totalen weglaten",
    flag_key: "= let op: bij dit cijfer of gebied staat een opmerking; open de rij voor de bron.",
    flagged: "let op",
    not_counted: "telt niet mee",
    #[cfg(not(target_arch = "wasm32"))]
    national_heading: "Landelijke cijfers uit het boekje",
    #[cfg(not(target_arch = "wasm32"))]
    national_task: "Woningbouwopgave NPLV-gebieden 2024 tot en met 2030",
    #[cfg(not(target_arch = "wasm32"))]
    national_plans: "Woningen in de ingediende plannen",
    #[cfg(not(target_arch = "wasm32"))]
    national_concrete: "Vandaag concreet gemaakt (circa)",
    #[cfg(not(target_arch = "wasm32"))]
    national_per_home: "Verwachte rijksbijdrage per nieuwe woning",
    #[cfg(not(target_arch = "wasm32"))]
    national_max: "Maximaal, voor 50.000 woningen",
    #[cfg(not(target_arch = "wasm32"))]
    national_counts: "Ministeries, gemeenten, gebieden",
    #[cfg(not(target_arch = "wasm32"))]
    national_notes: "Kanttekeningen bij deze cijfers",
    sort_label: "Sorteren",
    sort_booklet: "Volgorde van het boekje",
    sort_names: ["A–Z", "Z–A"],
    sort_figures: ["laag–hoog", "hoog–laag"],
    use_amount: "Gebruik",
    dataset_version: "Datasetversie",
    source_line: "Bron: Woontopafspraken 2024-2030. Wonen in leefbare en veilige buurten (NPLV).",
    calc_heading: "Rekenhulp: wat draagt het Rijk bij?",
    #[cfg(not(target_arch = "wasm32"))]
    money_heading: "Hoe we rekenen",
    #[cfg(not(target_arch = "wasm32"))]
    money_model: "Het boekje: voor nieuwe woningen in NPLV-gebied is naar schatting € 10.000–13.000 per woning van het Rijk te verwachten, maximaal € 600 miljoen voor 50.000 woningen. Dat maximum is landelijk en geldt alleen voor nieuwbouw 2025-2029. De standaardwaarde € 12.000 is € 600 miljoen gedeeld door 50.000; let op: 13.000 × 50.000 = € 650 miljoen, meer dan het maximum. Bedragen voor 2030-2035 en voor verduurzamen noemt het boekje niet: die rekenen we apart en hypothetisch, nooit tegen het maximum.",
    how_we_count: "Hoe we rekenen",
    bar_label: "Bijdrage nieuwbouw 2025-2029",
    amount_label: |c| match c {
        Funded::NewHomes => "Bedrag per nieuwe woning 2025-2029",
        Funded::ExtraHomes => "Bedrag per extra woning 2030-2035",
        Funded::Retrofits => "Bedrag per te verduurzamen woning",
    },
    amount_hint: |c| match c {
        Funded::NewHomes => "Boekje: € 10.000–13.000; standaard € 12.000. Hele euro's, tot € 100.000.",
        Funded::ExtraHomes | Funded::Retrofits => {
            "Hypothetisch, het boekje noemt geen bedrag; 0 = niet meegeteld."
        }
    },
    hypothetical: "Hypothetische bedragen: extra woningen 2030-2035 en verduurzamen",
    card: |c| match c {
        Funded::NewHomes => "Nieuwbouw 2025-2029 (telt mee voor het maximum)",
        Funded::ExtraHomes => "Extra woningen 2030-2035 (hypothetisch)",
        Funded::Retrofits => "Verduurzamen (hypothetisch)",
    },
    amount_error: |e, max| match e {
        AmountError::Empty => "Vul een bedrag in, bijvoorbeeld 12.000.".into(),
        AmountError::NotANumber => {
            "Dit is geen bedrag. Gebruik alleen cijfers, bijvoorbeeld 12.500.".into()
        }
        AmountError::Negative => "Een bedrag kan niet negatief zijn.".into(),
        AmountError::NotWhole => "Vul hele euro's in, zonder centen.".into(),
        AmountError::TooLarge => format!("Het hoogste bedrag is {max} per woning."),
    },
    copy_link: "Link kopiëren",
    copied: "De link naar deze weergave is gekopieerd.",
    copy_failed: "Kopiëren lukte niet. Kopieer de link hieronder zelf.",
    share: "Delen",
    embed: EmbedWords {
        button: "Insluiten",
        what: "Wat wilt u insluiten?",
        whole: |s| format!("De hele rekenhulp, geopend op {s}"),
        section: |s| format!("Alleen {s}, zonder de andere onderdelen"),
        area: "Eén gebied:",
        help: "Plak deze code in uw pagina. De hoogte past zich vanzelf aan; de pagina heeft in haar Content-Security-Policy frame-src en script-src voor onze website nodig.",
        height: |px| format!("Hoogte in een kolom van 640 px: ongeveer {px} px; de code zet die als beginhoogte."),
        title: "Woontopafspraken 2024-2030: rekenhulp woningbouw NPLV-gebieden",
    },
    notices_heading: "Niet alles in de link kon worden gebruikt",
    notice: |i| match i {
        Ignored::UnknownArea(c) => format!("Onbekende gebiedscode \"{c}\" overgeslagen."),
        Ignored::BadAmount { key, value } => {
            format!("Ongeldig bedrag \"{value}\" voor \"{key}\" overgeslagen; het standaardbedrag geldt.")
        }
        Ignored::BadValue { key, value } => {
            format!("Ongeldige waarde \"{value}\" voor \"{key}\" overgeslagen.")
        }
        Ignored::UnknownParam(k) => format!("Onbekend onderdeel \"{k}\" overgeslagen."),
        Ignored::Duplicate(k) => format!("\"{k}\" stond er meer dan eens in; de eerste geldt."),
        Ignored::FutureVersion(v) => {
            format!("Deze link is gemaakt met een nieuwere versie ({v}); wat we herkennen is toegepast.")
        }
        Ignored::OtherDataset(d) => format!(
            "Deze link is gemaakt met dataset {d}; nu geldt {DATASET_VERSION}. De cijfers kunnen sindsdien veranderd zijn."
        ),
        Ignored::BadPinned(v) => format!("Het vastgezette scenario \"{v}\" is niet te lezen en is weggelaten; de andere staan er wel."),
        Ignored::TooManyPinned(k) => format!(
            "Er kunnen vier scenario's vastgezet worden; {} meer in de link {} weggelaten.",
            n(*k),
            if *k == 1 { "is" } else { "zijn" }
        ),
        Ignored::More(1) => "En nog 1 ander onderdeel overgeslagen.".into(),
        Ignored::More(k) => format!("En nog {} andere onderdelen overgeslagen.", n(*k)),
        Ignored::Truncated(k) => format!(
            "Deze link is ongewoon lang; de laatste {} tekens zijn niet gelezen.",
            n(*k)
        ),
    },
    dismiss: "Sluiten",
    chart_heading: "Grafiek van de geselecteerde gebieden",
    chart_metric: "De grafiek toont",
    chart_homes: "Woningen",
    chart_money: "Rijksbijdrage",
    chart_excluded: "Open balk (*): telt niet mee",
    chart_range: "Lichter deel: bandbreedte (laag–hoog)",
    map_heading: "Kaart van de gebieden",
    bottlenecks_heading: "Knelpunten",
    bottlenecks_help: "Kies een knelpunt om de gebieden te markeren die het noemen. Elke indeling steunt op een zin uit het boekje (zie de tabel).",
    bottlenecks_none: "Geen markering",
    select_these: "Selecteer alleen deze gebieden",
    #[cfg(not(target_arch = "wasm32"))]
    downloads_heading: "Downloaden en afdrukken",
    download_csv: "CSV downloaden",
    #[cfg(not(target_arch = "wasm32"))]
    csv_help: "De cijfers van de geselecteerde gebieden met de bijdragen bij de gekozen bedragen, voor een spreadsheet (puntkomma's, UTF-8).",
    image_label: "Als afbeelding:",
    image_chart: "Grafiek downloaden als",
    image_map: "Kaart downloaden als",
    image_chart_file: "grafiek",
    image_map_file: "kaart",
    print: "Afdrukken",
    #[cfg(not(target_arch = "wasm32"))]
    print_help: "Een afdruk geeft de kern, de bedragen, de uitkomsten en de tabel, op een paar A4'tjes.",
    slider: "schuifregelaar",
    choose_areas: "Gebieden kiezen",
    pick_areas: "Gebieden één voor één kiezen",
    all_areas: "Alle gebieden",
    no_areas: "Geen",
    only_municipality: "Alleen gemeente",
    choose: "kies…",
    results_heading: "Rijksbijdrage voor de selectie",
    share_of_max: "Deel van het landelijke maximum",
    versus_max: "Ten opzichte van het maximum",
    share_of_plans: "Deel van alle plannen",
    pro_rata_summary: "Naar rato: ",
    pro_rata_per_area: "Naar rato per gebied",
    claim: "Vraag",
    pro_rata: "Naar rato",
    selection_total: "Totaal selectie",
    #[cfg(not(target_arch = "wasm32"))]
    about_heading: "Over deze cijfers",
    area_link: "Alles over dit gebied",
    qualifier: |q| match q {
        Qualifier::Circa => "circa",
        Qualifier::Ruim => "ruim",
        Qualifier::Netto => "netto",
        Qualifier::Bruto => "bruto",
    },
    bottleneck: |k| match k {
        BottleneckKind::Finance => "Financieel tekort",
        BottleneckKind::Grid => "Netcongestie en energie",
        BottleneckKind::Nitrogen => "Stikstof",
        BottleneckKind::Staff => "Personeel en capaciteit",
        BottleneckKind::Procedures => "Procedures en regels",
        BottleneckKind::Experiment => "Ruimte om te experimenteren",
        BottleneckKind::Parking => "Parkeren",
        BottleneckKind::Relocation => "Verplaatsen en herhuisvesten",
        BottleneckKind::RetrofitCost => "Kosten verduurzaming",
    },
    note_kind: |k| match k {
        NoteKind::Conflict => "Tegenstrijdig",
        NoteKind::Period => "Periode",
        NoteKind::Scope => "Regio",
        NoteKind::Subset => "Deel",
        NoteKind::Context => "Context",
        NoteKind::Spelling => "Naam",
        NoteKind::Measure => "Wat telt",
        NoteKind::Condition => "Voorwaarde",
    },
    csv: CsvWords {
        separator: ';',
        file_stem: "woontopafspraken-nplv",
        code: "code",
        area: "gebied",
        municipality: "gemeente",
        measure: |m| match m {
            Measure::Build => "woningen_2025_2029",
            Measure::Extra => "woningen_2030_2035",
            Measure::Retrofit => "verduurzamen",
    },
        measure_short: |m| match m {
            Measure::Build => "2025_2029",
            Measure::Extra => "2030_2035",
            Measure::Retrofit => "verduurzamen",
        },
        low: "laag",
        high: "hoog",
        qualifier: "kwalificatie",
        period: "periode",
        counted: "telt_mee",
        amount: "bedrag_per_woning",
        contribution: "bijdrage",
        pro_rata: "naar_rato",
        notes: "opmerkingen",
        dataset_version: "datasetversie",
        yes: "ja",
        no: "nee",
        scenario: "scenario",
    },
    calc: CalcWords {
        selected: |k, of| format!("{} van {} gebieden geselecteerd", n(k), n(of)),
        fit_all: |amount, high, max, below| match below {
            Some(band) => format!("Bij {amount} per woning passen de plannen van alle gebieden, ook de hoogste schatting van {high} woningen, binnen het maximum van {max}. Dat ligt onder de {band} per woning uit het boekje."),
            None => format!("Bij {amount} per woning passen de plannen van alle gebieden, ook de hoogste schatting van {high} woningen, binnen het maximum van {max}."),
        },
        fit_selection: |homes, max, amount| format!("Alleen deze selectie ({homes} woningen) gebruikt het hele maximum van {max} bij {amount} per woning."),
        fit_selection_above: |homes, max, field_max| format!("Alleen deze selectie ({homes} woningen) gebruikt het hele maximum van {max} pas boven {field_max} per woning, het hoogste bedrag dat het veld aanneemt."),
        fit_selection_none: "Deze selectie heeft geen cijfers voor 2025-2029, dus geen bedrag waarbij zij het maximum gebruikt.",
        above_max: |amount, max| format!("{amount} boven het maximum van {max}"),
        below_max: |amount, max| format!("{amount} onder het maximum van {max}"),
        exactly_max: |max| format!("precies het maximum van {max}"),
        around_max: |max| format!("rond het maximum van {max} (de bandbreedte valt erover)"),
        max_covers: |homes, amount| format!("Het maximum betaalt {homes} woningen bij {amount} per woning."),
        max_covers_nothing: "Bij € 0 per woning betaalt het Rijk niets.",
        share_of_plans: |pct, sel, all, booklet| format!("{pct}: {sel} van {all} woningen (het boekje rondt af op {booklet})"),
        unknown_note: |names| format!("Zonder cijfer (onbekend, niet als 0 meegeteld): {names}."),
        pro_rata_within: |claims| format!("Alle gebieden samen vragen bij dit bedrag {claims}: binnen het maximum, dus ieder gebied krijgt zijn volle bedrag."),
        pro_rata_over: |claims, max| format!("Alle gebieden samen vragen bij dit bedrag {claims}, meer dan het maximum. Naar rato krijgt ieder gebied een deel van {max} in verhouding tot zijn vraag (afgerond op hele euro's, grootste-restmethode, samen precies het maximum)."),
        national_context: |task, plans, concrete| format!("Landelijk (boekje): opgave {task} woningen 2024-2030, {plans} in de ingediende plannen, circa {concrete} vandaag concreet gemaakt."),
        summary: |selected, homes, funding, share, pro_rata| format!("{selected}. Nieuwbouw 2025-2029: {homes}, rijksbijdrage {funding} ({share} van het maximum); naar rato {pro_rata}."),
        key_result: |funding, share, max| format!("{funding} · {share} van {max}"),
    },
    working: WorkingWords {
        how: "Hoe komt dit tot stand?",
        about: |e| match e {
            Explained::Funding(Funded::NewHomes) => "bijdrage nieuwbouw 2025-2029",
            Explained::Funding(Funded::ExtraHomes) => "bijdrage extra woningen 2030-2035",
            Explained::Funding(Funded::Retrofits) => "bijdrage verduurzamen",
            Explained::ShareOfMax => "deel van het maximum",
            Explained::VersusMax => "ten opzichte van het maximum",
            Explained::MaxCovers => "woningen die het maximum betaalt",
            Explained::ShareOfPlans => "deel van alle plannen",
            Explained::ProRata => "naar rato",
            Explained::FitAll => "bedrag waarbij alle plannen passen",
            Explained::FitSelection => "bedrag waarbij de selectie het maximum gebruikt",
        },
        product: |area, homes, amount, money| format!("{area}: {homes} woningen × {amount} = {money}"),
        sum: |homes, amount, money| format!("Samen: {homes} woningen × {amount} = {money}"),
        left_out: |why, names| match why {
            LeftOut::Unknown => format!("Niet meegeteld, want zonder cijfer in het boekje: {names}."),
            LeftOut::NotCounted => format!("Niet meegeteld, want voor een andere periode of een groter gebied: {names}."),
        },
        fits: |max, homes, exact, euros| format!("{max} ÷ {homes} woningen = {exact} per woning; naar beneden afgerond op hele euro's: {euros}, zodat het binnen het maximum past."),
        covers: |max, amount, homes| format!("{max} ÷ {amount} per woning = {homes} woningen (naar beneden afgerond)."),
        scenario: |end, claims, max, applies| {
            let head = match end {
                Some(End::Low) => "Lage schatting: ",
                Some(End::High) => "Hoge schatting: ",
                None => "",
            };
            if applies {
                format!("{head}alle gebieden samen vragen {claims}, meer dan {max}. Ieder gebied krijgt zijn vraag × {max} ÷ {claims}, naar beneden afgerond op hele euro's:")
            } else {
                format!("{head}alle gebieden samen vragen {claims}, niet meer dan {max}: ieder gebied krijgt zijn volle vraag.")
            }
        },
        share: |area, claim, floor, extra, payout| {
            if extra {
                format!("{area}: {claim} → {floor} + € 1 uit de afronding = {payout}")
            } else {
                format!("{area}: {claim} → {payout}")
            }
        },
        rounding: |left, names| format!("Na het afronden bleef {left} over; de grootste resten kregen elk € 1: {names}."),
        payouts: |sum| format!("Samen voor de selectie: {sum}."),
    },
    table: TableWords {
        other_period: |p| format!("periode {p}"),
        wider_region: |r| format!("regio {r}"),
        not_counted_because: |reason| format!("telt niet mee: {reason}"),
        total_not_counted: |list| format!("Niet meegeteld: {list}."),
        total_unknown: |k, names| {
            format!("Onbekend voor {k} {}: {names}.", if k == 1 { "gebied" } else { "gebieden" })
        },
        open_details: |area| format!("Bronnen en opmerkingen bij {area}"),
        short_headers: |m| match m {
            Measure::Build => "Versneld 2025-2029",
            Measure::Extra => "Extra 2030-2035",
            Measure::Retrofit => "Verduur\u{ad}zamen",
        },
    },
    chart: ChartWords {
        series: |m| match m {
            Metric::Homes => ["Versneld bouwen 2025-2029", "Extra woningen 2030-2035"],
            Metric::Money => ["Bijdrage bij gekozen bedrag", "Naar rato binnen het maximum"],
        },
        none_selected: "Geen gebieden geselecteerd.",
        shows: |k| format!("De grafiek toont {k} {}.", if k == 1 { "gebied" } else { "gebieden" }),
        highest: |head, series, area, value, total| {
            format!("{head} Het hoogst bij {series}: {area} ({value}). Samen {total}.")
        },
        no_figure: |head, series| {
            format!("{head} Geen van deze gebieden heeft een cijfer voor {series}.")
        },
    },
    map: MapWords {
        series: |m| match m {
            Metric::Homes => "versneld bouwen 2025-2029",
            Metric::Money => "bijdrage bij gekozen bedrag",
        },
        homes: |figure| format!("{figure} woningen 2025-2029"),
        money: |sum, amount| format!("{sum} bij {amount} per woning"),
        not_counted: " (telt niet mee)",
        unknown: "aantal woningen 2025-2029 onbekend",
        bottleneck: |k| format!("; knelpunt: {k}"),
        summary: |areas, selected, series| format!("Kaart van de {areas} gebieden, {selected} geselecteerd. De oppervlakte van elke cirkel staat voor {series}. De kaart noemt de plaatsen; de tabel geeft elk gebied en elk cijfer als tekst."),
        legend_size: |s| format!("Oppervlak van de cirkel: {s}"),
        legend_off: "Open: niet geselecteerd",
        legend_range: "Buitenste ring: hoogste waarde van een bandbreedte",
        legend_unknown: |u| format!("Ruit, ?: {u}"),
        legend_excluded: "Gestreepte rand: telt niet mee (andere periode of grotere regio)",
        legend_highlight: |k| format!("Ring: knelpunt {k}"),
        attribution: |places| format!("Kaart: © OpenStreetMap-bijdragers (ODbL). Plaatsen: GeoNames (CC BY 4.0), op de wijk bij {places}, elders op de stad."),
    },
    scenarios: ScenarioWords {
        areas: |n| format!("{n} {}", if n == 1 { "gebied" } else { "gebieden" }),
        extra: "2030-2035",
        retrofit: "verduurzaming",
        pin: "Zet vast",
        pinned: |label, n| format!("Vastgezet als scenario {n}: {label}."),
        full: "Er staan al vier scenario's vast. Verwijder er een om dit scenario vast te zetten.",
        already: "Dit scenario staat al vast.",
        heading: "Scenario's vergelijken",
        caption: "Vastgezette scenario's naast elkaar; onder elk cijfer het verschil met scenario 1.",
        name: |n| format!("Naam van scenario {n}"),
        load: "Openen",
        earlier: "Naar links",
        later: "Naar rechts",
        remove: "Verwijderen",
        rows: [
            "Gebieden",
            "Bedrag per woning 2025-2029",
            "Woningen 2025-2029",
            "Rijksbijdrage 2025-2029",
            "Aandeel van het maximum",
            "Ten opzichte van het maximum",
            "Woningen die het maximum betaalt",
        ],
        payouts: "Uitkering naar rato per gebied",
        not_chosen: "niet gekozen",
        points: |d| format!("{d} %-punt"),
        above: "boven",
        below: "onder",
    },
    ceiling: CeilingWords {
        heading: "Waar het maximum knelt",
        x_axis: "Bedrag per woning",
        y_axis: "Rijksbijdrage 2025-2029",
        band: "Bandbreedte uit het boekje: € 10.000–13.000",
        current: "Gekozen bedrag",
        max_line: "Maximum € 600 miljoen",
        low_high: "Twee lijnen: laag en hoog aantal woningen",
        pinned: "Genummerde punten: vastgezette scenario's",
        summary: |amount, contribution, max, crossing| format!("Bij {amount} per woning kost de selectie {contribution}; {crossing} Het maximum is {max}."),
        crosses: |a| format!("de lijn komt boven het maximum uit vanaf {a} per woning."),
        never: |end| format!("tot {end} per woning blijft de lijn onder het maximum."),
        no_homes: "De selectie heeft geen cijfer voor 2025-2029: er is geen lijn te tekenen.",
        image: "Grafiek van het maximum downloaden als",
        image_file: "maximum",
    },
    area: AreaWords {
        municipality: |name| format!("Gemeente {name}"),
        heading: "Wat de rijksbijdrage betekent",
        contribution: "Bijdrage nieuwbouw 2025-2029 bij het gekozen bedrag",
        pro_rata: "Naar rato binnen het maximum",
        share_of_plans: "Deel van de woningen in alle plannen",
        no_figures: "Het boekje noemt dit gebied, maar geeft er geen cijfers voor: er valt niets te berekenen.",
        no_build: "Het boekje geeft voor dit gebied geen aantal woningen voor 2025-2029: daarover gaat het maximum, dus er valt geen bijdrage te berekenen.",
        open_all: "Open de hele rekenhulp met dit gebied",
        notes: "Kanttekeningen bij dit gebied",
        sources: "Bronnen en opmerkingen",
    },
    open: OpenWords {
        #[cfg(not(target_arch = "wasm32"))]
        months: ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
        cite_heading: "Citeren",
        cite_help: "Zo verwijst u naar het boekje en naar deze weergave, met de datasetversie en de link van wat u nu ziet.",
        cite_summary: "Korte en uitgebreide citatie, in het Nederlands en het Engels",
        cite_short: "Kort",
        cite_long: "Uitgebreid",
        cite_short_which: "korte",
        cite_long_which: "uitgebreide",
        copy: "Kopiëren",
        copy_label: |length, language| format!("Kopiëren: {length} citatie ({language})"),
        copied: "Gekopieerd.",
        copy_failed: "Kopiëren lukte niet; selecteer de tekst en kopieer hem zelf.",
        #[cfg(not(target_arch = "wasm32"))]
        files_heading: "De dataset als bestanden",
        #[cfg(not(target_arch = "wasm32"))]
        files_help: "Alle cijfers, bronzinnen en kanttekeningen om zelf mee te werken (Engelstalige kolomnamen, licentie CC BY 4.0). Ze worden pas geladen als u ze opent.",
        #[cfg(not(target_arch = "wasm32"))]
        file_json: "JSON: elk gebied met elk cijfer, de bronzin en het vak uit het boekje, de kanttekeningen in twee talen en de knelpunten.",
        #[cfg(not(target_arch = "wasm32"))]
        file_csv: "CSV: één rij per gebied, zoals de CSV van de selectie maar zonder bedragen.",
        #[cfg(not(target_arch = "wasm32"))]
        file_package: "datapackage.json: de beschrijving volgens de Frictionless-standaard: elke kolom met type en uitleg, de bron, de licentie en de versie.",
        #[cfg(not(target_arch = "wasm32"))]
        files_single: "Deze bestanden staan naast de widget op de website waar u hem vond; in dit losse bestand zitten ze niet.",
        #[cfg(not(target_arch = "wasm32"))]
        size: |kb| format!("{kb} kB"),
        #[cfg(not(target_arch = "wasm32"))]
        changes_heading: "Wat er veranderde",
        #[cfg(not(target_arch = "wasm32"))]
        changes_count: |k| if k == 1 { "1 wijziging: wat, was, nu en waarom".into() } else { format!("{} wijzigingen: wat, was, nu en waarom", n(k)) },
        #[cfg(not(target_arch = "wasm32"))]
        version: |v, date| format!("Versie {v}, {date}"),
        national: "Landelijk",
        was: "Was",
        now: "Nu",
        why: "Waarom",
        since: |v, now| format!("Deze link is gemaakt met dataset {v}; nu geldt {now}."),
        since_summary: |k| format!("Wat er sindsdien veranderde voor de gebieden in deze link ({})", n(k)),
        since_elsewhere: |k| if k == 1 { "En 1 wijziging bij andere gebieden (zie Bronnen).".into() } else { format!("En {} wijzigingen bij andere gebieden (zie Bronnen).", n(k)) },
        context_heading: "Wijken, programma's en websites",
        #[cfg(not(target_arch = "wasm32"))]
        inhabitants: "Inwoners van de NPLV-gebieden",
        #[cfg(not(target_arch = "wasm32"))]
        social_rent: "Sociale huurwoningen in de woningvoorraad van de NPLV-wijken",
        #[cfg(not(target_arch = "wasm32"))]
        social_rent_value: |a, b| format!("{a}% (heel Nederland: {b}%)"),
        name_kind: |k| match k {
            NameKind::Neighbourhoods => "Wijken",
            NameKind::Locations => "Bouwlocaties",
            NameKind::AlsoCovers => "Telt ook mee",
            NameKind::Programme => "Programma",
            NameKind::Plan => "Plan",
            NameKind::NameUsed => "Ook genoemd",
            NameKind::Website => "Website",
        },
        search_label: "Zoek uw wijk",
        search_hint: "Een wijk, programma, gebied of gemeente, bijvoorbeeld Moerwijk of Crabbehof.",
        search_found: |k, q| if k == 1 { format!("1 gebied gevonden voor \"{q}\".") } else { format!("{} gebieden gevonden voor \"{q}\".", n(k)) },
        search_none: |q| format!("Het boekje noemt \"{q}\" niet als wijk, programma, gebied of gemeente. Misschien ligt uw wijk in een van deze gemeenten:"),
        search_placeholder: "bijv. Moerwijk",
        search_short: "Typ minstens 2 letters.",
        search_municipalities: "Gemeenten met een NPLV-gebied",
        via: |kind, name| format!("{kind}: {name}"),
        via_area: "naam van het gebied",
        via_municipality: |m| format!("gemeente {m}"),
        search_open: "Bekijk het gebied",
        search_select: "Selecteren",
        statement: "Toegankelijkheidsverklaring",
        #[cfg(not(target_arch = "wasm32"))]
        statement_help: ": hoe we de toegankelijkheid controleren, en wat nog niet goed werkt.",
    },
};
