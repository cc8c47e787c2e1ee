//! Every text the widget shows, one table per language. Dutch is the default.

use crate::core::dataset::{NoteKind, Qualifier};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    Nl,
    En,
}

impl Lang {
    /// The BCP 47 tag for the `lang` attribute.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    pub fn from_tag(tag: &str) -> Option<Lang> {
        match tag {
            "nl" => Some(Lang::Nl),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
}

/// Fixed texts of one language.
#[derive(Debug)]
pub struct Texts {
    pub title: &'static str,
    pub lead: &'static str,
    pub plans_caveat: &'static str,
    pub rotterdam_caveat: &'static str,
    pub rules_heading: &'static str,
    pub rules: [&'static str; 4],
    pub table_caption: &'static str,
    pub col_area: &'static str,
    pub col_municipality: &'static str,
    pub col_build: &'static str,
    pub col_extra: &'static str,
    pub col_retrofit: &'static str,
    pub total: &'static str,
    pub unknown: &'static str,
    pub no_figures: &'static str,
    pub source: &'static str,
    pub source_box: &'static str,
    pub page: &'static str,
    pub flagged: &'static str,
    pub not_counted: &'static str,
    pub national_heading: &'static str,
    pub national_task: &'static str,
    pub national_plans: &'static str,
    pub national_concrete: &'static str,
    pub national_per_home: &'static str,
    pub national_max: &'static str,
    pub national_counts: &'static str,
    pub dataset_version: &'static str,
    pub source_line: &'static str,
    pub panic_message: &'static str,
    pub calc_heading: &'static str,
    pub money_model: &'static str,
    pub amount_build: &'static str,
    pub amount_build_hint: &'static str,
    pub amount_extra: &'static str,
    pub amount_retrofit: &'static str,
    pub amount_hypo_hint: &'static str,
    pub copy_link: &'static str,
    pub copied: &'static str,
    pub copy_failed: &'static str,
    pub share: &'static str,
    pub embed: &'static str,
    pub embed_help: &'static str,
    pub embed_title: &'static str,
    pub notices_heading: &'static str,
    pub dismiss: &'static str,
}

pub static NL: Texts = Texts {
    title: "Woontopafspraken 2024-2030: woningbouw in de 20 NPLV-gebieden",
    lead: "Hoeveel woningen willen de gebieden van het Nationaal Programma Leefbaarheid en Veiligheid (NPLV) versneld bouwen, hoeveel extra na 2029, en hoeveel woningen verduurzamen? Alle cijfers komen uit het boekje Woontopafspraken 2024-2030; klik op een cijfer voor de zin waar het vandaan komt.",
    plans_caveat: "Let op: dit zijn de plannen van de gebieden, de \"kansen\" die zij zien. Rijk en gebieden werken de komende zes maanden aan een kalibratie van deze aantallen.",
    rotterdam_caveat: "Voor Rotterdam-Zuid moet de afspraak over de woningbouw zelf nog worden gemaakt.",
    rules_heading: "Hoe wij tellen",
    rules: [
        "Het cijfer voor 2025-2029 is het getal in het grote vak \"+N woningen\" van het gebied: daaruit is de 70.000 woningen in de ingediende plannen opgebouwd. Een kleiner deel dat de tekst noemt (zoals de 800 versnelde woningen in Roosendaal) staat als opmerking bij het cijfer.",
        "Voor Heerlen-Noord tonen we het deel voor Heerlen-Noord zelf; het cijfer voor de hele regio Parkstad staat als opmerking.",
        "Een totaal telt alleen cijfers voor het gebied zelf en voor de periode van de kolom. Cijfers voor een andere periode of een grotere regio staan in de rij, gemarkeerd, maar tellen niet mee; onder het totaal staat wat is weggelaten.",
        "Geeft het boekje geen cijfer, dan staat er \"onbekend\", nooit 0. Waar het boekje zichzelf tegenspreekt, staat dat bij het cijfer.",
    ],
    table_caption: "Woningbouw en verduurzaming per NPLV-gebied, volgens het boekje",
    col_area: "Gebied",
    col_municipality: "Gemeente",
    col_build: "Versneld bouwen 2025-2029",
    col_extra: "Extra woningen 2030-2035",
    col_retrofit: "Woningen verduurzamen",
    total: "Totaal",
    unknown: "onbekend",
    no_figures: "geen cijfers in het boekje",
    source: "Bron",
    source_box: "Vak",
    page: "blz.",
    flagged: "let op",
    not_counted: "telt niet mee",
    national_heading: "Landelijke cijfers uit het boekje",
    national_task: "Woningbouwopgave NPLV-gebieden 2024 tot en met 2030",
    national_plans: "Woningen in de ingediende plannen",
    national_concrete: "Vandaag concreet gemaakt (circa)",
    national_per_home: "Verwachte rijksbijdrage per nieuwe woning",
    national_max: "Maximaal, voor 50.000 woningen",
    national_counts: "Ministeries, gemeenten, gebieden",
    dataset_version: "Datasetversie",
    source_line: "Bron: Woontopafspraken 2024-2030. Wonen in leefbare en veilige buurten (NPLV).",
    panic_message: "Er ging iets mis in de rekenhulp. Laad de pagina opnieuw; blijft het misgaan, dan staan de cijfers in het boekje Woontopafspraken 2024-2030.",
    calc_heading: "Rekenhulp: wat draagt het Rijk bij?",
    money_model: "Het boekje: voor nieuwe woningen in NPLV-gebied is naar schatting € 10.000–13.000 per woning van het Rijk te verwachten, maximaal € 600 miljoen voor 50.000 woningen. Dat maximum is landelijk en geldt alleen voor nieuwbouw 2025-2029. De standaardwaarde € 12.000 is € 600 miljoen gedeeld door 50.000; let op: 13.000 × 50.000 = € 650 miljoen, meer dan het maximum. Bedragen voor 2030-2035 en voor verduurzamen noemt het boekje niet: die rekenen we apart en hypothetisch, nooit tegen het maximum.",
    amount_build: "Bedrag per nieuwe woning 2025-2029",
    amount_build_hint: "Boekje: € 10.000–13.000; standaard € 12.000. Hele euro's, tot € 100.000.",
    amount_extra: "Bedrag per extra woning 2030-2035",
    amount_retrofit: "Bedrag per te verduurzamen woning",
    amount_hypo_hint: "Hypothetisch, het boekje noemt geen bedrag; 0 = niet meegeteld.",
    copy_link: "Link kopiëren",
    copied: "De link naar deze weergave is gekopieerd.",
    copy_failed: "Kopiëren lukte niet. Kopieer de link hieronder zelf.",
    share: "Delen",
    embed: "Insluiten",
    embed_help: "Plak deze code in uw pagina. De hoogte past zich vanzelf aan; de pagina heeft in haar Content-Security-Policy frame-src en script-src voor onze website nodig.",
    embed_title: "Woontopafspraken 2024-2030: rekenhulp woningbouw NPLV-gebieden",
    notices_heading: "Niet alles in de link kon worden gebruikt",
    dismiss: "Sluiten",
};

pub static EN: Texts = Texts {
    title: "Housing summit agreements 2024-2030: building homes in the 20 NPLV areas",
    lead: "How many homes do the areas of the National Programme for Liveability and Safety (NPLV) want to build faster, how many more after 2029, and how many homes will they make sustainable? Every figure comes from the booklet Woontopafspraken 2024-2030; click a figure for the sentence it comes from.",
    plans_caveat: "Note: these are the areas' plans, the \"chances\" they see. The state and the areas will calibrate these numbers over the next six months.",
    rotterdam_caveat: "For Rotterdam-Zuid the housing agreement itself is still to be made.",
    rules_heading: "How we count",
    rules: [
        "The 2025-2029 figure is the number in the area's big \"+N homes\" box: the booklet's 70,000 homes in submitted plans adds up from these. A narrower part named in the text (such as Roosendaal's 800 accelerated homes) is a note on the figure.",
        "For Heerlen-Noord we show the part for Heerlen-Noord itself; the figure for the whole Parkstad region is a note.",
        "A total counts only figures for the area itself and for the column's period. Figures for another period or a wider region are shown in their row, marked, but left out; below the total it says what is left out.",
        "Where the booklet gives no figure it says \"unknown\", never 0. Where the booklet contradicts itself, the figure says so.",
    ],
    table_caption: "Homes to build and to make sustainable per NPLV area, as in the booklet",
    col_area: "Area",
    col_municipality: "Municipality",
    col_build: "Built faster 2025-2029",
    col_extra: "Extra homes 2030-2035",
    col_retrofit: "Homes made sustainable",
    total: "Total",
    unknown: "unknown",
    no_figures: "no figures in the booklet",
    source: "Source",
    source_box: "Box",
    page: "p.",
    flagged: "note",
    not_counted: "not counted",
    national_heading: "National figures from the booklet",
    national_task: "Housing task of the NPLV areas 2024 to 2030",
    national_plans: "Homes in the submitted plans",
    national_concrete: "Made concrete today (about)",
    national_per_home: "Expected state contribution per new home",
    national_max: "At most, for 50,000 homes",
    national_counts: "Ministries, municipalities, areas",
    dataset_version: "Dataset version",
    source_line: "Source: Woontopafspraken 2024-2030. Wonen in leefbare en veilige buurten (NPLV).",
    panic_message: "Something went wrong in the calculator. Please reload the page; if it keeps failing, the figures are in the booklet Woontopafspraken 2024-2030.",
    calc_heading: "Calculator: what would the state contribute?",
    money_model: "The booklet: for new homes in NPLV areas the state is expected to contribute an estimated €10,000–13,000 a home, at most €600 million for 50,000 homes. That maximum is national and covers new building 2025-2029 only. The default €12,000 is €600 million divided by 50,000; note that 13,000 × 50,000 = €650 million, more than the maximum. The booklet sets no amounts for 2030-2035 or for retrofits: we compute those separately and hypothetically, never against the maximum.",
    amount_build: "Amount per new home 2025-2029",
    amount_build_hint: "Booklet: €10,000–13,000; default €12,000. Whole euros, up to €100,000.",
    amount_extra: "Amount per extra home 2030-2035",
    amount_retrofit: "Amount per home made sustainable",
    amount_hypo_hint: "Hypothetical, the booklet sets no amount; 0 = not counted.",
    copy_link: "Copy link",
    copied: "The link to this view has been copied.",
    copy_failed: "Copying failed. Please copy the link below yourself.",
    share: "Share",
    embed: "Embed",
    embed_help: "Paste this code into your page. The height adjusts itself; the page's Content-Security-Policy needs frame-src and script-src for our website.",
    embed_title: "Housing summit agreements 2024-2030: NPLV housing calculator",
    notices_heading: "Not everything in the link could be used",
    dismiss: "Close",
};

pub fn texts(lang: Lang) -> &'static Texts {
    match lang {
        Lang::Nl => &NL,
        Lang::En => &EN,
    }
}

pub fn qualifier(q: Qualifier, lang: Lang) -> &'static str {
    match (q, lang) {
        (Qualifier::Circa, Lang::Nl) => "circa",
        (Qualifier::Circa, Lang::En) => "about",
        (Qualifier::Ruim, Lang::Nl) => "ruim",
        (Qualifier::Ruim, Lang::En) => "over",
        (Qualifier::Netto, Lang::Nl) => "netto",
        (Qualifier::Netto, Lang::En) => "net",
        (Qualifier::Bruto, Lang::Nl) => "bruto",
        (Qualifier::Bruto, Lang::En) => "gross",
    }
}

pub fn note_kind(k: NoteKind, lang: Lang) -> &'static str {
    match (k, lang) {
        (NoteKind::Conflict, Lang::Nl) => "Tegenstrijdig",
        (NoteKind::Conflict, Lang::En) => "Contradiction",
        (NoteKind::Period, Lang::Nl) => "Periode",
        (NoteKind::Period, Lang::En) => "Period",
        (NoteKind::Scope, Lang::Nl) => "Regio",
        (NoteKind::Scope, Lang::En) => "Region",
        (NoteKind::Subset, Lang::Nl) => "Deel",
        (NoteKind::Subset, Lang::En) => "Part",
        (NoteKind::Context, _) => "Context",
        (NoteKind::Spelling, Lang::Nl) => "Naam",
        (NoteKind::Spelling, Lang::En) => "Name",
    }
}
