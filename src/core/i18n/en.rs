//! English.
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
    int(v as u64, Lang::En)
}

/// The static page's own texts (not in the wasm).
#[cfg(not(target_arch = "wasm32"))]
pub static PAGE: super::PageWords = super::PageWords {
    loading: "The calculator is loading…",
    load_failed: "Still seeing this after a few seconds? Then your browser cannot start the calculator (it uses WebAssembly, which your browser or a setting blocks). Please try a recent Firefox, Chrome, Edge or Safari. Every figure is below, and in the booklet Woontopafspraken 2024-2030.",
    no_script: "The calculator needs JavaScript to compute. Every figure from the booklet is below.",
    crashed: "Something went wrong in the calculator. Please reload the page; if it keeps failing, the figures are in the booklet Woontopafspraken 2024-2030.",
};

/// The widget's title, also in citations.
const TITLE: &str = "Housing summit agreements 2024-2030: building homes in the 20 NPLV areas";

/// A citation's words (compiled into every build: the Bronnen section cites in both languages).
pub static CITE: CiteWords = CiteWords {
    widget: TITLE,
    no_year: "n.d.",
    citation: |c| {
        match c.length {
        Length::Short => format!("{} (dataset {}, {}). Based on: {} ({}), {}. {}", c.widget, c.version, c.date, c.publisher, c.year, c.booklet, c.link),
        Length::Long => format!("{} ({}). {} [Housing summit agreements 2024-2030: living in liveable and safe neighbourhoods]. In cooperation with the 20 NPLV areas. Figures, source sentences and notes processed in: {}, dataset version {} of {}. Viewed at {}", c.publisher, c.year, c.booklet, c.widget, c.version, c.date, c.link),
    }
    },
};

pub static TEXTS: Texts = Texts {
    num: Numbers {
        group: ',',
        decimal: '.',
        euro: |sign, amount| format!("{sign}€{amount}"),
        million: "million",
        billion: "billion",
        per_home: "a home",
        homes: "homes",
        of: "of",
    },
    dutch_notes: false,
    title: TITLE,
    lead: "What the areas of the National Programme for Liveability and Safety (NPLV) want to build faster and make sustainable, according to the booklet Woontopafspraken 2024-2030, and what the state would contribute.",
    caveat: "Note: these are the areas' plans; the state and the areas are still calibrating them.",
    #[cfg(not(target_arch = "wasm32"))]
    plans_caveat: "Note: these are the areas' plans, the \"chances\" they see. The state and the areas will calibrate these numbers over the next six months.",
    #[cfg(not(target_arch = "wasm32"))]
    rotterdam_caveat: "For Rotterdam-Zuid the housing agreement itself is still to be made.",
    languages: "Taal / Language",
    section: |s| match s {
        Section::Calc => "Calculator",
        Section::Map => "Map",
        Section::Chart => "Chart",
        Section::Table => "Table",
        Section::Sources => "Sources",
    },
    sections: "Parts",
    #[cfg(not(target_arch = "wasm32"))]
    rules_heading: "How we count",
    #[cfg(not(target_arch = "wasm32"))]
    rules: [
        "The 2025-2029 figure is the number in the area's big \"+N homes\" box: the booklet's 70,000 homes in submitted plans adds up from these. A narrower part named in the text (such as Roosendaal's 800 accelerated homes) is a note on the figure.",
        "For Heerlen-Noord we show the part for Heerlen-Noord itself; the figure for the whole Parkstad region is a note.",
        "A total counts only figures for the area itself and for the column's period. Figures for another period or a wider region are shown in their row, marked, but left out; below the total it says what is left out.",
        "Where the booklet gives no figure it says \"unknown\", never 0. Where the booklet contradicts itself, the figure says so.",
    ],
    table_caption: "Homes to build and to make sustainable per NPLV area, as in the booklet",
    col_area: "Area",
    col_municipality: "Municipality",
    measure: |m| match m {
        Measure::Build => "Built faster 2025-2029",
        Measure::Extra => "Extra homes 2030-2035",
        Measure::Retrofit => "Homes made sustainable",
    },
    total: "Total",
    unknown: "unknown",
    no_figures: "no figures in the booklet",
    source: "Source",
    source_box: "Box",
    quote_missing: "The booklet's sentence did not load; reload the page to see it.",
    page: "p.",
    totals_left_out: "What the totals leave out",
    flag_key: "= note: this figure or area has a note; open the row for its source.",
    flagged: "note",
    not_counted: "not counted",
    #[cfg(not(target_arch = "wasm32"))]
    national_heading: "National figures from the booklet",
    #[cfg(not(target_arch = "wasm32"))]
    national_task: "Housing task of the NPLV areas 2024 to 2030",
    #[cfg(not(target_arch = "wasm32"))]
    national_plans: "Homes in the submitted plans",
    #[cfg(not(target_arch = "wasm32"))]
    national_concrete: "Made concrete today (about)",
    #[cfg(not(target_arch = "wasm32"))]
    national_per_home: "Expected state contribution per new home",
    #[cfg(not(target_arch = "wasm32"))]
    national_max: "At most, for 50,000 homes",
    #[cfg(not(target_arch = "wasm32"))]
    national_counts: "Ministries, municipalities, areas",
    #[cfg(not(target_arch = "wasm32"))]
    national_notes: "Caveats on these figures",
    sort_label: "Sort",
    sort_booklet: "Order of the booklet",
    sort_names: ["A–Z", "Z–A"],
    sort_figures: ["low–high", "high–low"],
    use_amount: "Use",
    dataset_version: "Dataset version",
    source_line: "Source: Woontopafspraken 2024-2030. Wonen in leefbare en veilige buurten (NPLV).",
    calc_heading: "Calculator: what would the state contribute?",
    #[cfg(not(target_arch = "wasm32"))]
    money_heading: "How we compute",
    #[cfg(not(target_arch = "wasm32"))]
    money_model: "The booklet: for new homes in NPLV areas the state is expected to contribute an estimated €10,000–13,000 a home, at most €600 million for 50,000 homes. That maximum is national and covers new building 2025-2029 only. The default €12,000 is €600 million divided by 50,000; note that 13,000 × 50,000 = €650 million, more than the maximum. The booklet sets no amounts for 2030-2035 or for retrofits: we compute those separately and hypothetically, never against the maximum.",
    how_we_count: "How we count",
    bar_label: "Contribution, new homes 2025-2029",
    amount_label: |c| match c {
        Funded::NewHomes => "Amount per new home 2025-2029",
        Funded::ExtraHomes => "Amount per extra home 2030-2035",
        Funded::Retrofits => "Amount per home made sustainable",
    },
    amount_hint: |c| match c {
        Funded::NewHomes => "Booklet: €10,000–13,000; default €12,000. Whole euros, up to €100,000.",
        Funded::ExtraHomes | Funded::Retrofits => {
            "Hypothetical, the booklet sets no amount; 0 = not counted."
        }
    },
    hypothetical: "Hypothetical amounts: extra homes 2030-2035 and retrofits",
    card: |c| match c {
        Funded::NewHomes => "New homes 2025-2029 (counts against the maximum)",
        Funded::ExtraHomes => "Extra homes 2030-2035 (hypothetical)",
        Funded::Retrofits => "Retrofits (hypothetical)",
    },
    amount_error: |e, max| match e {
        AmountError::Empty => "Please enter an amount, for example 12,000.".into(),
        AmountError::NotANumber => {
            "That is not an amount. Please use digits only, for example 12,500.".into()
        }
        AmountError::Negative => "An amount cannot be negative.".into(),
        AmountError::NotWhole => "Please enter whole euros, without cents.".into(),
        AmountError::TooLarge => format!("The highest amount is {max} a home."),
    },
    copy_link: "Copy link",
    copied: "The link to this view has been copied.",
    copy_failed: "Copying failed. Please copy the link below yourself.",
    share: "Share",
    embed: EmbedWords {
        button: "Embed",
        what: "What do you want to embed?",
        whole: |s| format!("The whole calculator, opening on {s}"),
        section: |s| format!("Only {s}, without the other parts"),
        area: "One area:",
        help: "Paste this code into your page. The height adjusts itself; the page's Content-Security-Policy needs frame-src and script-src for our website.",
        height: |px| format!("Height in a 640 px column: about {px} px; the code sets it as the starting height."),
        title: "Housing summit agreements 2024-2030: NPLV housing calculator",
    },
    notices_heading: "Not everything in the link could be used",
    notice: |i| match i {
        Ignored::UnknownArea(c) => format!("Unknown area code \"{c}\" skipped."),
        Ignored::BadAmount { key, value } => {
            format!("Invalid amount \"{value}\" for \"{key}\" skipped; the default applies.")
        }
        Ignored::BadValue { key, value } => format!("Invalid value \"{value}\" for \"{key}\" skipped."),
        Ignored::UnknownParam(k) => format!("Unknown part \"{k}\" skipped."),
        Ignored::Duplicate(k) => format!("\"{k}\" appeared more than once; the first applies."),
        Ignored::FutureVersion(v) => {
            format!("This link was made with a newer version ({v}); what we recognise was applied.")
        }
        Ignored::OtherDataset(d) => format!(
            "This link was made with dataset {d}; this is {DATASET_VERSION}. The figures may have changed since."
        ),
        Ignored::BadPinned(v) => format!("The pinned scenario \"{v}\" could not be read and was left out; the others are shown."),
        Ignored::TooManyPinned(k) => format!(
            "Up to four scenarios can be pinned; {} more in the link {} left out.",
            n(*k),
            if *k == 1 { "was" } else { "were" }
        ),
        Ignored::More(1) => "And 1 more part skipped.".into(),
        Ignored::More(k) => format!("And {} more parts skipped.", n(*k)),
        Ignored::Truncated(k) => format!(
            "This link is unusually long; its last {} characters were not read.",
            n(*k)
        ),
    },
    dismiss: "Close",
    chart_heading: "Chart of the selected areas",
    chart_metric: "The chart shows",
    chart_homes: "Homes",
    chart_money: "State contribution",
    chart_excluded: "Open bar (*): not counted",
    chart_range: "Lighter part: range (low–high)",
    map_heading: "Map of the areas",
    bottlenecks_heading: "Bottlenecks",
    bottlenecks_help: "Choose a bottleneck to highlight the areas that name it. Each classification rests on a sentence from the booklet (see the table).",
    bottlenecks_none: "No highlight",
    select_these: "Select only these areas",
    #[cfg(not(target_arch = "wasm32"))]
    downloads_heading: "Download and print",
    download_csv: "Download CSV",
    #[cfg(not(target_arch = "wasm32"))]
    csv_help: "The selected areas' figures with the contributions at the chosen amounts, for a spreadsheet (commas, UTF-8).",
    image_label: "As an image:",
    image_chart: "Download the chart as",
    image_map: "Download the map as",
    image_chart_file: "chart",
    image_map_file: "map",
    print: "Print",
    #[cfg(not(target_arch = "wasm32"))]
    print_help: "A printout gives the key result, the amounts, the results and the table, on a few A4 pages.",
    slider: "slider",
    choose_areas: "Choose areas",
    pick_areas: "Pick areas one by one",
    all_areas: "All areas",
    no_areas: "None",
    only_municipality: "Only municipality",
    choose: "choose…",
    results_heading: "State contribution for the selection",
    share_of_max: "Share of the national maximum",
    versus_max: "Compared with the maximum",
    share_of_plans: "Share of all plans",
    pro_rata_summary: "Pro rata: ",
    pro_rata_per_area: "Pro rata per area",
    claim: "Claim",
    pro_rata: "Pro rata",
    selection_total: "Selection total",
    #[cfg(not(target_arch = "wasm32"))]
    about_heading: "About these figures",
    area_link: "All about this area",
    qualifier: |q| match q {
        Qualifier::Circa => "about",
        Qualifier::Ruim => "over",
        Qualifier::Netto => "net",
        Qualifier::Bruto => "gross",
    },
    bottleneck: |k| match k {
        BottleneckKind::Finance => "Funding gap",
        BottleneckKind::Grid => "Grid congestion and energy",
        BottleneckKind::Nitrogen => "Nitrogen",
        BottleneckKind::Staff => "Staff and capacity",
        BottleneckKind::Procedures => "Procedures and rules",
        BottleneckKind::Experiment => "Room to experiment",
        BottleneckKind::Parking => "Parking",
        BottleneckKind::Relocation => "Relocation",
        BottleneckKind::RetrofitCost => "Retrofit cost",
    },
    note_kind: |k| match k {
        NoteKind::Conflict => "Contradiction",
        NoteKind::Period => "Period",
        NoteKind::Scope => "Region",
        NoteKind::Subset => "Part",
        NoteKind::Context => "Context",
        NoteKind::Spelling => "Name",
        NoteKind::Measure => "What counts",
        NoteKind::Condition => "Condition",
    },
    csv: CsvWords {
        separator: ',',
        file_stem: "housing-summit-nplv",
        code: "code",
        area: "area",
        municipality: "municipality",
        measure: |m| match m {
            Measure::Build => "homes_2025_2029",
            Measure::Extra => "homes_2030_2035",
            Measure::Retrofit => "retrofit",
    },
        measure_short: |m| match m {
            Measure::Build => "2025_2029",
            Measure::Extra => "2030_2035",
            Measure::Retrofit => "retrofit",
        },
        low: "low",
        high: "high",
        qualifier: "qualifier",
        period: "period",
        counted: "counted",
        amount: "amount_per_home",
        contribution: "contribution",
        pro_rata: "pro_rata",
        notes: "notes",
        dataset_version: "dataset_version",
        yes: "yes",
        no: "no",
        scenario: "scenario",
    },
    calc: CalcWords {
        selected: |k, of| format!("{} of {} areas selected", n(k), n(of)),
        fit_all: |amount, high, max, below| match below {
            Some(band) => format!("At {amount} a home, all areas' plans, even the highest estimate of {high} homes, fit within the maximum of {max}. That is below the booklet's {band} a home."),
            None => format!("At {amount} a home, all areas' plans, even the highest estimate of {high} homes, fit within the maximum of {max}."),
        },
        fit_selection: |homes, max, amount| format!("This selection alone ({homes} homes) uses the whole maximum of {max} at {amount} a home."),
        fit_selection_above: |homes, max, field_max| format!("This selection alone ({homes} homes) would use the whole maximum of {max} only above {field_max} a home, the highest amount the field takes."),
        fit_selection_none: "This selection has no figures for 2025-2029, so no amount at which it uses the maximum.",
        above_max: |amount, max| format!("{amount} above the maximum of {max}"),
        below_max: |amount, max| format!("{amount} below the maximum of {max}"),
        exactly_max: |max| format!("exactly the maximum of {max}"),
        around_max: |max| format!("around the maximum of {max} (the range straddles it)"),
        max_covers: |homes, amount| format!("The maximum pays for {homes} homes at {amount} a home."),
        max_covers_nothing: "At €0 a home the state pays nothing.",
        share_of_plans: |pct, sel, all, booklet| format!("{pct}: {sel} of {all} homes (the booklet rounds to {booklet})"),
        unknown_note: |names| format!("Without a figure (unknown, not counted as 0): {names}."),
        pro_rata_within: |claims| format!("All areas together claim {claims} at this amount: within the maximum, so every area gets its full amount."),
        pro_rata_over: |claims, max| format!("All areas together claim {claims} at this amount, more than the maximum. Pro rata, each area gets a share of {max} in proportion to its claim (whole euros, largest-remainder method, summing to exactly the maximum)."),
        national_context: |task, plans, concrete| format!("Nationally (booklet): a task of {task} homes 2024-2030, {plans} in the submitted plans, about {concrete} made concrete today."),
        summary: |selected, homes, funding, share, pro_rata| format!("{selected}. New homes 2025-2029: {homes}, state contribution {funding} ({share} of the maximum); pro rata {pro_rata}."),
        key_result: |funding, share, max| format!("{funding} · {share} of {max}"),
    },
    working: WorkingWords {
        how: "How is this worked out?",
        about: |e| match e {
            Explained::Funding(Funded::NewHomes) => "contribution for new homes 2025-2029",
            Explained::Funding(Funded::ExtraHomes) => "contribution for extra homes 2030-2035",
            Explained::Funding(Funded::Retrofits) => "contribution for retrofits",
            Explained::ShareOfMax => "share of the maximum",
            Explained::VersusMax => "compared with the maximum",
            Explained::MaxCovers => "homes the maximum pays for",
            Explained::ShareOfPlans => "share of all plans",
            Explained::ProRata => "pro rata",
            Explained::FitAll => "amount at which all plans fit",
            Explained::FitSelection => "amount at which the selection uses the maximum",
        },
        product: |area, homes, amount, money| format!("{area}: {homes} homes × {amount} = {money}"),
        sum: |homes, amount, money| format!("Together: {homes} homes × {amount} = {money}"),
        left_out: |why, names| match why {
            LeftOut::Unknown => format!("Not counted, as the booklet gives no figure: {names}."),
            LeftOut::NotCounted => format!("Not counted, as the figure is for another period or a wider region: {names}."),
        },
        fits: |max, homes, exact, euros| format!("{max} ÷ {homes} homes = {exact} a home; rounded down to whole euros: {euros}, so that it fits within the maximum."),
        covers: |max, amount, homes| format!("{max} ÷ {amount} a home = {homes} homes (rounded down)."),
        scenario: |end, claims, max, applies| {
            let head = match end {
                Some(End::Low) => "Low estimate: ",
                Some(End::High) => "High estimate: ",
                None => "",
            };
            if applies {
                format!("{head}all areas together claim {claims}, more than {max}. Each area gets its claim × {max} ÷ {claims}, rounded down to whole euros:")
            } else {
                format!("{head}all areas together claim {claims}, no more than {max}: each area gets its full claim.")
            }
        },
        share: |area, claim, floor, extra, payout| {
            if extra {
                format!("{area}: {claim} → {floor} + €1 from the rounding = {payout}")
            } else {
                format!("{area}: {claim} → {payout}")
            }
        },
        rounding: |left, names| format!("After rounding down, {left} was left; the largest remainders got €1 each: {names}."),
        payouts: |sum| format!("Together for the selection: {sum}."),
    },
    table: TableWords {
        other_period: |p| format!("period {p}"),
        wider_region: |r| format!("{r} region"),
        not_counted_because: |reason| format!("not counted: {reason}"),
        total_not_counted: |list| format!("Not counted: {list}."),
        total_unknown: |k, names| {
            format!("Unknown for {k} {}: {names}.", if k == 1 { "area" } else { "areas" })
        },
        open_details: |area| format!("Sources and notes for {area}"),
        short_headers: |m| match m {
            Measure::Build => "Faster 2025-2029",
            Measure::Extra => "Extra 2030-2035",
            Measure::Retrofit => "Retrofit",
        },
    },
    chart: ChartWords {
        series: |m| match m {
            Metric::Homes => ["Built faster 2025-2029", "Extra homes 2030-2035"],
            Metric::Money => ["Contribution at the chosen amount", "Pro rata within the maximum"],
        },
        none_selected: "No areas selected.",
        shows: |k| format!("The chart shows {k} {}.", if k == 1 { "area" } else { "areas" }),
        highest: |head, series, area, value, total| {
            format!("{head} Highest for {series}: {area} ({value}). Together {total}.")
        },
        no_figure: |head, series| format!("{head} None of these areas has a figure for {series}."),
    },
    map: MapWords {
        series: |m| match m {
            Metric::Homes => "built faster 2025-2029",
            Metric::Money => "contribution at the chosen amount",
        },
        homes: |figure| format!("{figure} homes 2025-2029"),
        money: |sum, amount| format!("{sum} at {amount} per home"),
        not_counted: " (not counted)",
        unknown: "homes 2025-2029 unknown",
        bottleneck: |k| format!("; bottleneck: {k}"),
        summary: |areas, selected, series| format!("Map of the {areas} areas, {selected} selected. The area of each circle stands for {series}. The map names the places; the table gives every area and figure as text."),
        legend_size: |s| format!("Area of the circle: {s}"),
        legend_off: "Open: not selected",
        legend_range: "Outer ring: high end of a range",
        legend_unknown: |u| format!("Diamond, ?: {u}"),
        legend_excluded: "Dashed edge: not counted (another period or a wider region)",
        legend_highlight: |k| format!("Ring: bottleneck {k}"),
        attribution: |places| format!("Map: © OpenStreetMap contributors (ODbL). Places: GeoNames (CC BY 4.0), at the neighbourhood for {places}, elsewhere at the city."),
    },
    scenarios: ScenarioWords {
        areas: |n| format!("{n} {}", if n == 1 { "area" } else { "areas" }),
        extra: "2030-2035",
        retrofit: "retrofits",
        pin: "Pin",
        pinned: |label, n| format!("Pinned as scenario {n}: {label}."),
        full: "Four scenarios are pinned already. Remove one to pin this scenario.",
        already: "This scenario is pinned already.",
        heading: "Compare scenarios",
        caption: "Pinned scenarios side by side; under each figure its difference from scenario 1.",
        name: |n| format!("Name of scenario {n}"),
        load: "Open",
        earlier: "Move left",
        later: "Move right",
        remove: "Remove",
        rows: [
            "Areas",
            "Amount per home 2025-2029",
            "Homes 2025-2029",
            "Contribution 2025-2029",
            "Share of the maximum",
            "Against the maximum",
            "Homes the maximum pays for",
        ],
        payouts: "Pro-rata payout per area",
        not_chosen: "not chosen",
        points: |d| format!("{d} pp"),
        above: "above",
        below: "below",
    },
    ceiling: CeilingWords {
        heading: "Where the maximum bites",
        x_axis: "Amount per home",
        y_axis: "Contribution 2025-2029",
        band: "The booklet's range: €10,000–13,000",
        current: "Chosen amount",
        max_line: "Maximum €600 million",
        low_high: "Two lines: low and high number of homes",
        pinned: "Numbered points: pinned scenarios",
        summary: |amount, contribution, max, crossing| format!("At {amount} a home the selection costs {contribution}; {crossing} The maximum is {max}."),
        crosses: |a| format!("the line rises above the maximum from {a} a home."),
        never: |end| format!("up to {end} a home the line stays below the maximum."),
        no_homes: "The selection has no figure for 2025-2029: there is no line to draw.",
        image: "Download the maximum chart as",
        image_file: "maximum",
    },
    area: AreaWords {
        municipality: |name| format!("Municipality {name}"),
        heading: "What the state's contribution means",
        contribution: "Contribution, new homes 2025-2029, at the chosen amount",
        pro_rata: "Pro rata within the maximum",
        share_of_plans: "Share of the homes in all plans",
        no_figures: "The booklet names this area but gives no figures for it: there is nothing to compute.",
        no_build: "The booklet gives no number of homes 2025-2029 for this area, which is what the maximum covers: no contribution can be computed.",
        open_all: "Open the whole calculator with this area",
        notes: "Notes on this area",
        sources: "Sources and notes",
    },
    open: OpenWords {
        #[cfg(not(target_arch = "wasm32"))]
        months: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
        cite_heading: "Cite",
        cite_help: "How to refer to the booklet and to this view, with the dataset version and the link of what you see now.",
        cite_summary: "Short and long citation, in Dutch and in English",
        cite_short: "Short",
        cite_long: "Long",
        cite_short_which: "short",
        cite_long_which: "long",
        copy: "Copy",
        copy_label: |length, language| format!("Copy: {length} citation ({language})"),
        copied: "Copied.",
        copy_failed: "Copying did not work; select the text and copy it yourself.",
        #[cfg(not(target_arch = "wasm32"))]
        files_heading: "The dataset as files",
        #[cfg(not(target_arch = "wasm32"))]
        files_help: "Every figure, source sentence and note to work with yourself (English column names, licence CC BY 4.0). They load only when you open them.",
        #[cfg(not(target_arch = "wasm32"))]
        file_json: "JSON: every area with each figure, the booklet's sentence and box, the notes in two languages and the bottlenecks.",
        #[cfg(not(target_arch = "wasm32"))]
        file_csv: "CSV: one row per area, like the selection's CSV but without amounts.",
        #[cfg(not(target_arch = "wasm32"))]
        file_package: "datapackage.json: the description by the Frictionless standard: every column with its type and meaning, the source, the licence and the version.",
        #[cfg(not(target_arch = "wasm32"))]
        files_single: "These files are beside the widget on the website where you found it; this one downloaded file does not hold them.",
        #[cfg(not(target_arch = "wasm32"))]
        size: |kb| format!("{kb} kB"),
        #[cfg(not(target_arch = "wasm32"))]
        changes_heading: "What changed",
        #[cfg(not(target_arch = "wasm32"))]
        changes_count: |k| if k == 1 { "1 change: what, was, now and why".into() } else { format!("{} changes: what, was, now and why", n(k)) },
        #[cfg(not(target_arch = "wasm32"))]
        version: |v, date| format!("Version {v}, {date}"),
        national: "National",
        was: "Was",
        now: "Now",
        why: "Why",
        since: |v, now| format!("This link was made with dataset {v}; {now} applies now."),
        since_summary: |k| format!("What changed since for the areas in this link ({})", n(k)),
        since_elsewhere: |k| if k == 1 { "And 1 change for other areas (see Sources).".into() } else { format!("And {} changes for other areas (see Sources).", n(k)) },
        context_heading: "Neighbourhoods, programmes and websites",
        #[cfg(not(target_arch = "wasm32"))]
        inhabitants: "Inhabitants of the NPLV areas",
        #[cfg(not(target_arch = "wasm32"))]
        social_rent: "Social rent in the housing stock of the NPLV neighbourhoods",
        #[cfg(not(target_arch = "wasm32"))]
        social_rent_value: |a, b| format!("{a}% (the Netherlands as a whole: {b}%)"),
        name_kind: |k| match k {
            NameKind::Neighbourhoods => "Neighbourhoods",
            NameKind::Locations => "Building locations",
            NameKind::AlsoCovers => "Also counted",
            NameKind::Programme => "Programme",
            NameKind::Plan => "Plan",
            NameKind::NameUsed => "Also named",
            NameKind::Website => "Website",
        },
        search_label: "Find your neighbourhood",
        search_hint: "A neighbourhood, programme, area or municipality, for example Moerwijk or Crabbehof.",
        search_found: |k, q| if k == 1 { format!("1 area found for \"{q}\".") } else { format!("{} areas found for \"{q}\".", n(k)) },
        search_none: |q| format!("The booklet does not name \"{q}\" as a neighbourhood, programme, area or municipality. Perhaps your neighbourhood is in one of these municipalities:"),
        search_placeholder: "e.g. Moerwijk",
        search_short: "Type at least 2 letters.",
        search_municipalities: "Municipalities with an NPLV area",
        via: |kind, name| format!("{kind}: {name}"),
        via_area: "name of the area",
        via_municipality: |m| format!("municipality of {m}"),
        search_open: "View the area",
        search_select: "Select",
        statement: "Accessibility statement",
        #[cfg(not(target_arch = "wasm32"))]
        statement_help: ": how we check accessibility, and what does not work well yet.",
    },
};
