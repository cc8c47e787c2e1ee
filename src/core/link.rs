//! The share-link codec: the visitor's state as a short, readable query string, and back.
//!
//! Format version 1 (`v=1`):
//! - `d`: dataset version the link was made with (a different one gets a notice);
//! - `g`: selected area codes joined by `~` (stable codes, never list positions; `~` survives
//!   mail and chat programs that mangle `+`, `%20` or `,`); empty for no areas;
//! - `b`, `x`, `r`: per-home amounts in whole euros for new homes 2025-2029, extra homes
//!   2030-2035 and retrofits;
//! - `lang` (`nl` default, left out), `embed=1`, `theme` (`light`/`dark`, `auto` default),
//!   `accent` (6 hex digits), `chart=money` (homes default), `k` (a bottleneck category to
//!   highlight): presentational, left out at their defaults.
//!
//! Every setting that changes a figure (areas, amounts) is always written, even at its
//! default, so that a later change of defaults never changes what an old link shows.
//! Parsing is tolerant: each invalid part is ignored and reported, the rest still applies,
//! and nothing panics. `parse_query` decodes the address bar's query string as the URL API
//! does (`form_urlencoded`, from the rust-url project) and hands the pairs to `parse`; `encode`
//! needs no percent-encoding (its values are ASCII codes and digits).

use crate::core::amount::parse_amount;
use crate::core::dataset::{Area, BottleneckKind, AREAS, DATASET_VERSION};
use crate::core::funding::{Amounts, MAX_PER_HOME_EUR};
use crate::core::i18n::Lang;
use crate::core::markup::escape;
use crate::core::selection::Selection;

/// The link format this code writes.
pub const FORMAT_VERSION: u32 = 1;
/// Separator of area codes in `g`.
pub const LIST_SEP: char = '~';

/// Colour scheme requested by the host or the visitor.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
}

/// What the chart shows (`chart=money`; homes by default).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Metric {
    #[default]
    Homes,
    /// The contribution at the chosen amount and the pro-rata payout.
    Money,
}

/// Presentation settings: they change how the widget looks, not any figure.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct View {
    pub lang: Lang,
    pub embed: bool,
    pub theme: Theme,
    /// Accent colour as 0xRRGGBB.
    pub accent: Option<u32>,
    /// What the chart shows (`chart=money`; homes by default).
    pub metric: Metric,
    /// Areas with this bottleneck are highlighted (`k=grid`).
    pub highlight: Option<BottleneckKind>,
}

/// Everything a link carries.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct LinkState {
    pub selection: Selection,
    pub amounts: Amounts,
    pub view: View,
}

impl Default for LinkState {
    fn default() -> Self {
        LinkState {
            selection: Selection::all(),
            amounts: Amounts::default(),
            view: View::default(),
        }
    }
}

/// A part of a link that was ignored, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Ignored {
    UnknownArea(String),
    BadAmount {
        key: String,
        value: String,
    },
    BadValue {
        key: String,
        value: String,
    },
    UnknownParam(String),
    Duplicate(String),
    /// A link format newer than this code knows; read as far as it is understood.
    FutureVersion(String),
    /// Made with another dataset version: figures may have changed since.
    OtherDataset(String),
}

impl Ignored {
    pub fn message(&self, lang: Lang) -> String {
        let nl = lang == Lang::Nl;
        match self {
            Ignored::UnknownArea(c) if nl => format!("Onbekende gebiedscode \"{c}\" overgeslagen."),
            Ignored::UnknownArea(c) => format!("Unknown area code \"{c}\" skipped."),
            Ignored::BadAmount { key, value } if nl => {
                format!("Ongeldig bedrag \"{value}\" voor \"{key}\" overgeslagen; het standaardbedrag geldt.")
            }
            Ignored::BadAmount { key, value } => {
                format!("Invalid amount \"{value}\" for \"{key}\" skipped; the default applies.")
            }
            Ignored::BadValue { key, value } if nl => format!("Ongeldige waarde \"{value}\" voor \"{key}\" overgeslagen."),
            Ignored::BadValue { key, value } => format!("Invalid value \"{value}\" for \"{key}\" skipped."),
            Ignored::UnknownParam(k) if nl => format!("Onbekend onderdeel \"{k}\" overgeslagen."),
            Ignored::UnknownParam(k) => format!("Unknown part \"{k}\" skipped."),
            Ignored::Duplicate(k) if nl => format!("\"{k}\" stond er meer dan eens in; de eerste geldt."),
            Ignored::Duplicate(k) => format!("\"{k}\" appeared more than once; the first applies."),
            Ignored::FutureVersion(v) if nl => {
                format!("Deze link is gemaakt met een nieuwere versie ({v}); wat we herkennen is toegepast.")
            }
            Ignored::FutureVersion(v) => {
                format!("This link was made with a newer version ({v}); what we recognise was applied.")
            }
            Ignored::OtherDataset(d) if nl => format!(
                "Deze link is gemaakt met dataset {d}; nu geldt {DATASET_VERSION}. De cijfers kunnen sindsdien veranderd zijn."
            ),
            Ignored::OtherDataset(d) => format!(
                "This link was made with dataset {d}; this is {DATASET_VERSION}. The figures may have changed since."
            ),
        }
    }
}

/// Writes the state as a query string without the leading `?`.
pub fn encode(state: &LinkState) -> String {
    let codes: Vec<&str> = state.selection.indices().map(|i| AREAS[i].id).collect();
    let sep = LIST_SEP.to_string();
    let mut out = format!(
        "v={FORMAT_VERSION}&d={DATASET_VERSION}&g={}&b={}&x={}&r={}",
        codes.join(&sep),
        state.amounts.build,
        state.amounts.extra,
        state.amounts.retrofit
    );
    let v = &state.view;
    if v.lang != Lang::Nl {
        out.push_str("&lang=");
        out.push_str(v.lang.tag());
    }
    if v.embed {
        out.push_str("&embed=1");
    }
    match v.theme {
        Theme::Auto => {}
        Theme::Light => out.push_str("&theme=light"),
        Theme::Dark => out.push_str("&theme=dark"),
    }
    if v.metric == Metric::Money {
        out.push_str("&chart=money");
    }
    if let Some(k) = v.highlight {
        out.push_str("&k=");
        out.push_str(k.code());
    }
    if let Some(a) = v.accent {
        out.push_str("&accent=");
        out.push_str(&hex_colour(a));
    }
    out
}

/// Linear light of each sRGB channel value 0-255, times 10⁹ and rounded: the WCAG 2.1
/// relative-luminance transfer function, ((c + 0.055) / 1.055)^2.4 above 0.03928, c / 12.92
/// below. A table rather than `powf`, which would put a floating-point power function into the
/// wasm; the test `linear_light_table_matches_the_wcag_formula` recomputes every entry.
#[rustfmt::skip]
#[allow(clippy::unreadable_literal)]
const LINEAR_LIGHT: [u32; 256] = [
    0, 303527, 607054, 910581, 1214108, 1517635, 1821162, 2124689,
    2428216, 2731743, 3035270, 3346536, 3676507, 4024717, 4391442, 4776953,
    5181517, 5605392, 6048833, 6512091, 6995410, 7499032, 8023193, 8568126,
    9134059, 9721217, 10329823, 10960094, 11612245, 12286488, 12983032, 13702083,
    14443844, 15208514, 15996293, 16807376, 17641954, 18500220, 19382361, 20288563,
    21219010, 22173885, 23153366, 24157632, 25186860, 26241222, 27320892, 28426040,
    29556834, 30713444, 31896033, 33104767, 34339807, 35601315, 36889450, 38204372,
    39546235, 40915197, 42311411, 43735029, 45186204, 46665086, 48171824, 49706566,
    51269458, 52860647, 54480276, 56128490, 57805430, 59511238, 61246054, 63010018,
    64803267, 66625939, 68478170, 70360096, 72271851, 74213568, 76185381, 78187422,
    80219820, 82282707, 84376212, 86500462, 88655586, 90841711, 93058963, 95307467,
    97587347, 99898728, 102241733, 104616484, 107023103, 109461711, 111932428, 114435374,
    116970668, 119538428, 122138772, 124771818, 127437680, 130136477, 132868322, 135633330,
    138431615, 141263291, 144128471, 147027266, 149959790, 152926152, 155926464, 158960835,
    162029376, 165132195, 168269400, 171441101, 174647404, 177888416, 181164244, 184474995,
    187820772, 191201683, 194617830, 198069320, 201556254, 205078736, 208636870, 212230757,
    215860500, 219526200, 223227957, 226965874, 230740049, 234550582, 238397574, 242281122,
    246201327, 250158285, 254152094, 258182853, 262250658, 266355605, 270497791, 274677312,
    278894263, 283148740, 287440838, 291770650, 296138271, 300543794, 304987314, 309468923,
    313988713, 318546778, 323143209, 327778098, 332451536, 337163615, 341914425, 346704056,
    351532600, 356400144, 361306780, 366252596, 371237680, 376262123, 381326011, 386429434,
    391572478, 396755231, 401977780, 407240212, 412542613, 417885071, 423267670, 428690497,
    434153636, 439657174, 445201195, 450785783, 456411023, 462077000, 467783796, 473531496,
    479320183, 485149940, 491020850, 496932995, 502886458, 508881321, 514917665, 520995573,
    527115126, 533276404, 539479489, 545724461, 552011402, 558340390, 564711506, 571124829,
    577580440, 584078418, 590618841, 597201788, 603827339, 610495571, 617206562, 623960392,
    630757136, 637596874, 644479682, 651405637, 658374817, 665387298, 672443157, 679542470,
    686685312, 693871761, 701101892, 708375780, 715693501, 723055129, 730460740, 737910409,
    745404210, 752942217, 760524505, 768151147, 775822218, 783537792, 791297940, 799102738,
    806952258, 814846572, 822785754, 830769877, 838799012, 846873232, 854992608, 863157213,
    871367119, 879622397, 887923118, 896269353, 904661174, 913098652, 921581856, 930110858,
    938685728, 947306537, 955973353, 964686248, 973445290, 982250550, 991102097, 1000000000,
];

/// WCAG relative luminance of an sRGB colour 0xRRGGBB, times 10¹³ (exact integer arithmetic).
fn luminance_e13(rgb: u32) -> u64 {
    let channel = |shift: u32| u64::from(LINEAR_LIGHT[((rgb >> shift) & 0xff) as usize]);
    2126 * channel(16) + 7152 * channel(8) + 722 * channel(0)
}

/// A host's accent colour is used only when text in it stays legible on white: a WCAG contrast
/// ratio (1.05 / (L + 0.05)) of at least 4.5:1 (AA), that is L ≤ 0.825 / 4.5.
pub fn accent_is_legible(rgb: u32) -> bool {
    45 * luminance_e13(rgb) <= 82_500_000_000_000
}

/// The standalone link to `state` on the page at `base` (its address without query): never
/// the embed view, since a shared link should open the full widget.
pub fn standalone_url(base: &str, state: &LinkState) -> String {
    let mut s = *state;
    s.view.embed = false;
    format!("{base}?{}", encode(&s))
}

/// The snippet a host pastes to embed `state`: an iframe in embed mode (lazy, titled, with a
/// fallback height; `embed.js` makes it full width and sizes it) and the host script, both
/// from the directory of `base`.
pub fn embed_snippet(base: &str, state: &LinkState, title: &str) -> String {
    let mut embedded = *state;
    embedded.view.embed = true;
    let dir = escape(base.rsplit_once('/').map_or("", |(d, _)| d));
    let src = escape(&format!("{base}?{}", encode(&embedded)));
    let title = escape(title);
    format!(
        "<iframe data-woontop src=\"{src}\" title=\"{title}\" loading=\"lazy\" allow=\"clipboard-write; web-share\" height=\"1400\"></iframe>\n<script src=\"{dir}/embed.js\" async></script>"
    )
}

/// An RGB colour as six lower-case hex digits (`ff8800`), written by hand: `{:06x}` would
/// bring the formatter's padding code into the wasm for this one use.
pub fn hex_colour(rgb: u32) -> String {
    (0..6)
        .rev()
        .map(|i| char::from(b"0123456789abcdef"[((rgb >> (4 * i)) & 0xf) as usize]))
        .collect()
}

fn parse_hex_colour(s: &str) -> Option<u32> {
    let s = s.strip_prefix('#').unwrap_or(s);
    (s.len() == 6 && s.bytes().all(|b| b.is_ascii_hexdigit()))
        .then(|| u32::from_str_radix(s, 16).ok())
        .flatten()
}

/// Reads a query string (`?v=1&g=…`, with or without the `?`): decoded as the URL API's
/// `URLSearchParams` does (`+` is a space, percent escapes as UTF-8, invalid bytes replaced),
/// then read by `parse`. Never panics.
pub fn parse_query(query: &str) -> (LinkState, Vec<Ignored>) {
    let pairs: Vec<(String, String)> =
        form_urlencoded::parse(query.trim_start_matches('?').as_bytes()).into_owned().collect();
    parse(&pairs)
}

/// Reads decoded key/value pairs; never panics. Missing settings take
/// their defaults; every ignored part is reported.
pub fn parse<K: AsRef<str>, V: AsRef<str>>(pairs: &[(K, V)]) -> (LinkState, Vec<Ignored>) {
    let mut state = LinkState::default();
    let mut ignored = vec![];
    let mut seen: Vec<&str> = vec![];
    for (k, v) in pairs {
        let (key, value) = (k.as_ref(), v.as_ref().trim());
        if seen.contains(&key) {
            if !ignored.contains(&Ignored::Duplicate(key.to_string())) {
                ignored.push(Ignored::Duplicate(key.to_string()));
            }
            continue;
        }
        seen.push(key);
        let bad = || Ignored::BadValue { key: key.to_string(), value: value.to_string() };
        match key {
            "v" => match value.parse::<u32>() {
                Ok(n) if n == FORMAT_VERSION => {}
                Ok(n) if n > FORMAT_VERSION => {
                    ignored.push(Ignored::FutureVersion(value.to_string()));
                }
                _ => ignored.push(bad()),
            },
            "d" => {
                if value != DATASET_VERSION {
                    ignored.push(Ignored::OtherDataset(value.to_string()));
                }
            }
            "g" => {
                let mut selection = Selection::none();
                // Be forgiving about separators that mail programs may have substituted.
                for code in value.split([LIST_SEP, ',', ' ', '+', '.']).filter(|c| !c.is_empty()) {
                    match Area::by_id(&code.to_ascii_lowercase()) {
                        Some((i, _)) => selection = selection.with(i, true),
                        None => ignored.push(Ignored::UnknownArea(code.to_string())),
                    }
                }
                state.selection = selection;
            }
            "b" | "x" | "r" => match parse_amount(value) {
                Ok(amount) if amount <= MAX_PER_HOME_EUR => match key {
                    "b" => state.amounts.build = amount,
                    "x" => state.amounts.extra = amount,
                    _ => state.amounts.retrofit = amount,
                },
                _ => ignored
                    .push(Ignored::BadAmount { key: key.to_string(), value: value.to_string() }),
            },
            "lang" => match Lang::from_tag(&value.to_ascii_lowercase()) {
                Some(l) => state.view.lang = l,
                None => ignored.push(bad()),
            },
            "embed" => match value {
                "1" | "true" => state.view.embed = true,
                "0" | "false" => state.view.embed = false,
                _ => ignored.push(bad()),
            },
            "theme" => match value {
                "auto" => state.view.theme = Theme::Auto,
                "light" => state.view.theme = Theme::Light,
                "dark" => state.view.theme = Theme::Dark,
                _ => ignored.push(bad()),
            },
            "accent" => match parse_hex_colour(value) {
                Some(c) if accent_is_legible(c) => state.view.accent = Some(c),
                _ => ignored.push(bad()),
            },
            "chart" => match value {
                "homes" => state.view.metric = Metric::Homes,
                "money" => state.view.metric = Metric::Money,
                _ => ignored.push(bad()),
            },
            "k" => match BottleneckKind::from_code(value) {
                Some(k) => state.view.highlight = Some(k),
                None => ignored.push(bad()),
            },
            _ => ignored.push(Ignored::UnknownParam(key.to_string())),
        }
    }
    (state, ignored)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn hex_colour_is_six_lower_case_digits(rgb in 0u32..=0xff_ffff) {
            prop_assert_eq!(hex_colour(rgb), format!("{rgb:06x}"));
            prop_assert_eq!(parse_hex_colour(&hex_colour(rgb)), Some(rgb));
        }
    }

    #[test]
    fn default_link_carries_every_figure_setting() {
        let q = encode(&LinkState::default());
        assert!(q.starts_with("v=1&d=2025.1&g=amw~amz~arn~"), "{q}");
        assert!(q.ends_with("~zdo&b=12000&x=0&r=0"), "{q}");
    }

    #[test]
    fn a_typical_link_reads_back() {
        let (s, ignored) = parse_query(
            "v=1&d=2025.1&g=amw~amz&b=13000&x=0&r=500&lang=en&embed=1&theme=dark&accent=154273",
        );
        assert!(ignored.is_empty(), "{ignored:?}");
        assert_eq!(s.selection, Selection::municipality("Amsterdam"));
        assert_eq!(s.amounts, Amounts { build: 13_000, extra: 0, retrofit: 500 });
        assert_eq!(
            s.view,
            View {
                lang: Lang::En,
                embed: true,
                theme: Theme::Dark,
                accent: Some(0x15_4273),
                metric: Metric::Homes,
                highlight: None
            }
        );
    }

    #[test]
    fn bad_parts_are_ignored_and_reported_and_the_rest_applies() {
        let (s, ignored) = parse_query("v=1&g=amw~xyz&b=-5&b=9000&x=abc&foo=1&lang=de&d=2024.0");
        assert_eq!(s.selection, Selection::none().with(0, true));
        assert_eq!(s.amounts, Amounts::default());
        assert_eq!(s.view.lang, Lang::Nl);
        assert_eq!(
            ignored,
            vec![
                Ignored::UnknownArea("xyz".into()),
                Ignored::BadAmount { key: "b".into(), value: "-5".into() },
                Ignored::Duplicate("b".into()),
                Ignored::BadAmount { key: "x".into(), value: "abc".into() },
                Ignored::UnknownParam("foo".into()),
                Ignored::BadValue { key: "lang".into(), value: "de".into() },
                Ignored::OtherDataset("2024.0".into()),
            ]
        );
        for i in &ignored {
            assert!(!i.message(Lang::Nl).is_empty() && !i.message(Lang::En).is_empty());
        }
    }

    #[test]
    fn standalone_and_embed_links() {
        let state = LinkState {
            selection: Selection::municipality("Amsterdam"),
            view: View { embed: true, ..View::default() },
            ..LinkState::default()
        };
        let base = "https://example.org/woontop/index.html";
        let url = standalone_url(base, &state);
        assert!(url.starts_with("https://example.org/woontop/index.html?v=1&"), "{url}");
        assert!(!url.contains("embed=1"), "a shared link opens the full widget: {url}");
        let snippet = embed_snippet(base, &state, "Titel \"x\" & y");
        assert!(snippet.starts_with(
            "<iframe data-woontop src=\"https://example.org/woontop/index.html?v=1&amp;d="
        ));
        assert!(snippet.contains("g=amw~amz&amp;") && snippet.contains("&amp;embed=1"));
        assert!(snippet.contains("title=\"Titel &quot;x&quot; &amp; y\" loading=\"lazy\""));
        assert!(snippet
            .ends_with("<script src=\"https://example.org/woontop/embed.js\" async></script>"));
    }

    /// The WCAG 2.1 formulas in floating point, to check the integer version against.
    fn wcag_contrast_on_white(rgb: u32) -> f64 {
        let channel = |shift: u32| {
            let c = f64::from((rgb >> shift) & 0xff) / 255.0;
            if c <= 0.039_28 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        let l = 0.2126 * channel(16) + 0.7152 * channel(8) + 0.0722 * channel(0);
        1.05 / (l + 0.05)
    }

    #[test]
    fn linear_light_table_matches_the_wcag_formula() {
        for (v, &entry) in LINEAR_LIGHT.iter().enumerate() {
            let c = f64::from(u32::try_from(v).unwrap()) / 255.0;
            let linear = if c <= 0.039_28 { c / 12.92 } else { ((c + 0.055) / 1.055).powf(2.4) };
            // Both sides are whole numbers: equal when less than one half apart.
            assert!((f64::from(entry) - (linear * 1e9).round()).abs() < 0.5, "channel value {v}");
        }
        assert!((wcag_contrast_on_white(0) - 21.0).abs() < 1e-9);
    }

    proptest! {
        #[test]
        fn legibility_agrees_with_the_wcag_formula(rgb in 0u32..=0xff_ffff) {
            let ratio = wcag_contrast_on_white(rgb);
            // Away from the boundary by more than rounding, both must agree.
            if (ratio - 4.5).abs() > 1e-6 {
                prop_assert_eq!(accent_is_legible(rgb), ratio >= 4.5, "{:06x}: {}", rgb, ratio);
            }
        }
    }

    #[test]
    fn query_strings_are_decoded_like_the_url_api() {
        // `+` is a space (trimmed), escapes are UTF-8, `%7E` is `~`, the `?` is optional.
        let (s, ignored) = parse_query("?v=1&g=amw%7Eamz&b=+12.500+&lang=en");
        assert_eq!(s.selection, Selection::municipality("Amsterdam"));
        assert_eq!(s.amounts.build, 12_500);
        assert_eq!(s.view.lang, Lang::En);
        assert!(ignored.is_empty(), "{ignored:?}");
        // Bytes that are not UTF-8 become U+FFFD and are reported, not a crash.
        let (_, ignored) = parse_query("lang=%FF");
        assert_eq!(
            ignored,
            vec![Ignored::BadValue { key: "lang".into(), value: "\u{fffd}".into() }]
        );
    }

    #[test]
    fn illegible_accents_are_refused() {
        // Black; the lightest grey at AA (#767676, 4.54:1); the next one (#777777, 4.48:1).
        assert!(accent_is_legible(0));
        assert!(accent_is_legible(0x76_7676));
        assert!(!accent_is_legible(0x77_7777));
        assert!(accent_is_legible(0x15_4273));
        assert!(!accent_is_legible(0xff_ff00));
        let (s, ignored) = parse_query("accent=ffff00");
        assert_eq!(s.view.accent, None);
        assert_eq!(ignored.len(), 1);
    }

    #[test]
    fn future_versions_and_mangled_separators_are_tolerated() {
        let (s, ignored) = parse_query("v=7&g=amw%2Camz+arn&b=12000");
        assert_eq!(s.selection.len(), 3);
        assert_eq!(ignored, vec![Ignored::FutureVersion("7".into())]);
        let (s, _) = parse_query("g=");
        assert!(s.selection.is_empty());
    }

    fn arb_state() -> impl Strategy<Value = LinkState> {
        (
            any::<u32>(),
            0..=MAX_PER_HOME_EUR,
            0..=MAX_PER_HOME_EUR,
            0..=MAX_PER_HOME_EUR,
            any::<bool>(),
            any::<bool>(),
            0u8..3,
            prop::option::of((0u32..=0xff_ffff).prop_filter("legible", |c| accent_is_legible(*c))),
            any::<bool>(),
            prop::option::of(0usize..8),
        )
            .prop_map(|(bits, b, x, r, en, embed, theme, accent, money, k)| LinkState {
                selection: Selection::from_bits(bits),
                amounts: Amounts { build: b, extra: x, retrofit: r },
                view: View {
                    lang: if en { Lang::En } else { Lang::Nl },
                    embed,
                    theme: [Theme::Auto, Theme::Light, Theme::Dark][usize::from(theme)],
                    accent,
                    metric: if money { Metric::Money } else { Metric::Homes },
                    highlight: k.map(|i| BottleneckKind::ALL[i]),
                },
            })
    }

    proptest! {
        #[test]
        fn state_to_link_to_state_is_identity(state in arb_state()) {
            let (back, ignored) = parse_query(&encode(&state));
            prop_assert!(ignored.is_empty(), "{:?}", ignored);
            prop_assert_eq!(back, state);
        }

        #[test]
        fn arbitrary_query_strings_never_panic(q in ".*") {
            let _ = parse_query(&q);
        }

        #[test]
        fn arbitrary_pairs_never_panic(list in prop::collection::vec(("(v|d|g|b|x|r|lang|embed|theme|accent|.{0,4})", ".{0,40}"), 0..12)) {
            let (state, _) = parse(&list);
            prop_assert!(state.amounts.build <= MAX_PER_HOME_EUR);
        }
    }
}
