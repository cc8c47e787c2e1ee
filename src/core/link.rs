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
//!   highlight), `s` (the table's sort, `-build` for largest first), `a` (one area's own view,
//!   by its code), `view` (the section open: `calc` default, `map`, `chart`, `table`,
//!   `sources`), `nav=0` (that section alone, without the navigation), `w` (the results whose
//!   working is open, `core::workings::Explained` codes joined by `~`): presentational, left
//!   out at their defaults;
//! - `p`, once per pinned scenario, in pin order (`core::scenarios`: its areas, its three
//!   amounts and the visitor's name for it, if any); at most `MAX_PINNED` are read. Added
//!   within version 1: a link without `p` has no pinned scenarios, as before.
//!
//! Every setting that changes a figure (areas, amounts) is always written, even at its
//! default, so that a later change of defaults never changes what an old link shows.
//! Parsing is tolerant: each invalid part is ignored and reported, the rest still applies,
//! and nothing panics. `parse_query_with` decodes the address bar's query string with the URL
//! standard's form-urlencoded parser (in the browser the URL API's `URLSearchParams`,
//! natively `form_urlencoded` from rust-url) and hands the pairs to `parse`; `encode`
//! needs no percent-encoding (its values are ASCII codes and digits).
//!
//! A link is untrusted input of any length, so reading one is linear in its length and its
//! notices are bounded: `parse_query` reads the whole pairs within its first `MAX_QUERY_LEN`
//! bytes (one notice for the rest), and at most `MAX_NOTICES` notices are listed, then one
//! that counts the others.

use crate::core::amount::parse_amount;
use crate::core::dataset::{Area, BottleneckKind, AREAS, DATASET_VERSION};
use crate::core::funding::{Amounts, Funded, MAX_PER_HOME_EUR};
use crate::core::i18n::{texts, Lang};
use crate::core::scenarios::{self, Pinned, Scenario, MAX_PINNED};
use crate::core::selection::Selection;
use crate::core::sort::Sort;
use crate::core::workings::{Explained, Open};

/// The link format this code writes.
pub const FORMAT_VERSION: u32 = 1;
/// Separator of area codes in `g`.
pub const LIST_SEP: char = '~';
/// The most of a query string that `parse_query` reads, in bytes. The longest link `encode`
/// writes is under 1,500 bytes (four pinned scenarios of every area with names of 40 emoji),
/// so 4 KiB leaves room for any link a person shares, while a hostile one of megabytes costs
/// no more to read than this.
pub const MAX_QUERY_LEN: usize = 4096;
/// The most notices listed for one link; the rest are counted in one `Ignored::More`, so that
/// a link full of errors cannot fill the page with them.
pub const MAX_NOTICES: usize = 10;

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

/// The widget's sections, one shown at a time (`view=map`; the calculator by default).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Section {
    #[default]
    Calc,
    Map,
    Chart,
    Table,
    Sources,
}

impl Section {
    /// In the navigation's order.
    pub const ALL: [Section; 5] =
        [Section::Calc, Section::Map, Section::Chart, Section::Table, Section::Sources];

    /// Its code in links (`view=`) and in element ids.
    pub fn code(self) -> &'static str {
        match self {
            Section::Calc => "calc",
            Section::Map => "map",
            Section::Chart => "chart",
            Section::Table => "table",
            Section::Sources => "sources",
        }
    }

    pub fn from_code(code: &str) -> Option<Section> {
        Section::ALL.into_iter().find(|s| s.code() == code)
    }
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
    /// The areas table's order (`s=-build`; the dataset's order by default).
    pub sort: Option<Sort>,
    /// One area's own view instead of the whole widget (`a=dlf`), by its index in `AREAS`.
    pub area: Option<usize>,
    /// The section open (`view=map`).
    pub section: Section,
    /// That section alone, without the navigation (`nav=0`).
    pub alone: bool,
    /// The results whose working is open (`w=b~pr`).
    pub workings: Open,
}

/// Everything a link carries.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct LinkState {
    pub selection: Selection,
    pub amounts: Amounts,
    pub view: View,
    /// The pinned scenarios, at most `MAX_PINNED`, in pin order.
    pub pinned: Pinned,
}

impl Default for LinkState {
    fn default() -> Self {
        LinkState {
            selection: Selection::all(),
            amounts: Amounts::default(),
            view: View::default(),
            pinned: Pinned::from([]),
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
    /// A pinned scenario (`p`) whose amounts could not be read; it is left out.
    BadPinned(String),
    /// This many pinned scenarios beyond the `MAX_PINNED` read; they are left out.
    TooManyPinned(usize),
    /// This many further notices, beyond the `MAX_NOTICES` listed (counted, not merged:
    /// repeats among them count each time).
    More(usize),
    /// The link was longer than `MAX_QUERY_LEN`; this many bytes at its end were not read
    /// (characters, in a browser's percent-encoded query string).
    Truncated(usize),
}

impl Ignored {
    /// The notice in the visitor's language (`i18n`).
    pub fn message(&self, lang: Lang) -> String {
        (texts(lang).notice)(self)
    }
}

/// Writes the state as a query string without the leading `?`.
pub fn encode(state: &LinkState) -> String {
    let codes: Vec<&str> = state.selection.indices().map(|i| AREAS[i].id).collect();
    let sep = LIST_SEP.to_string();
    let mut out = format!("v={FORMAT_VERSION}&d={DATASET_VERSION}&g={}", codes.join(&sep));
    for c in Funded::ALL {
        out.push('&');
        out.push_str(c.key());
        out.push('=');
        out.push_str(&state.amounts.get(c).to_string());
    }
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
    if let Some(a) = v.area.and_then(|i| AREAS.get(i)) {
        out.push_str("&a=");
        out.push_str(a.id);
    }
    if v.section != Section::Calc {
        out.push_str("&view=");
        out.push_str(v.section.code());
    }
    if v.alone {
        out.push_str("&nav=0");
    }
    if !v.workings.is_empty() {
        let codes: Vec<&str> = v.workings.iter().map(Explained::code).collect();
        out.push_str("&w=");
        out.push_str(&codes.join(&sep));
    }
    if let Some(sort) = v.sort {
        out.push_str("&s=");
        out.push_str(&sort.code());
    }
    if let Some(k) = v.highlight {
        out.push_str("&k=");
        out.push_str(k.code());
    }
    if let Some(a) = v.accent {
        out.push_str("&accent=");
        out.push_str(&hex_colour(a));
    }
    for p in state.pinned.iter() {
        out.push_str("&p=");
        out.push_str(&scenarios::encode(p));
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
    let mut s = state.clone();
    s.view.embed = false;
    format!("{base}?{}", encode(&s))
}

/// The snippet a host pastes to embed `state`: an iframe in embed mode (lazy, titled, with
/// `height` as its starting height; `embed.js` makes it full width and sizes it) and the host
/// script, both from the directory of `base`.
pub fn embed_snippet(base: &str, state: &LinkState, title: &str, height: u32) -> String {
    let mut embedded = state.clone();
    embedded.view.embed = true;
    let dir = escape(base.rsplit_once('/').map_or("", |(d, _)| d));
    let src = escape(&format!("{base}?{}", encode(&embedded)));
    let title = escape(title);
    format!(
        "<iframe data-woontop src=\"{src}\" title=\"{title}\" loading=\"lazy\" allow=\"clipboard-write; web-share\" height=\"{height}\"></iframe>\n<script src=\"{dir}/embed.js\" async></script>"
    )
}

/// `text` with `& < > " '` escaped, for an attribute value or element text of the snippet.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
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

/// Reads a query string (`?v=1&g=…`, with or without the `?`): decoded as the URL standard's
/// `application/x-www-form-urlencoded` parser does (`+` is a space, percent escapes as UTF-8,
/// invalid bytes replaced), then read by `parse`. Reads only the whole pairs within the first
/// `MAX_QUERY_LEN` bytes and reports the rest in one `Ignored::Truncated`, the last notice.
/// Never panics. Natively the decoder is `form_urlencoded` (rust-url); the browser build
/// passes the URL API's `URLSearchParams`, the same algorithm, to `parse_query_with`.
#[cfg(not(target_arch = "wasm32"))]
pub fn parse_query(query: &str) -> (LinkState, Vec<Ignored>) {
    parse_query_with(query, |head| form_urlencoded::parse(head.as_bytes()).into_owned().collect())
}

/// `parse_query` with the decoder `decode`, which gets the part of the query that is read.
pub fn parse_query_with(
    query: &str,
    decode: impl FnOnce(&str) -> Vec<(String, String)>,
) -> (LinkState, Vec<Ignored>) {
    let query = query.trim_start_matches('?');
    let head = head_of(query);
    let pairs = decode(head);
    let skipped = query.len() - head.len();
    // The truncation notice counts as one of the `MAX_NOTICES` listed: never more than those
    // and one count, whatever the link.
    let cap = if skipped > 0 { MAX_NOTICES - 1 } else { MAX_NOTICES };
    let (state, mut notices) = read(&pairs, cap);
    if skipped > 0 {
        notices.push(Ignored::Truncated(skipped));
    }
    (state, notices)
}

/// The part of `query` that is read: all of it up to `MAX_QUERY_LEN` bytes; beyond that, the
/// whole pairs within the first `MAX_QUERY_LEN` bytes, so that no value is read half (which
/// could, say, select some of a link's areas and silently not the others). A cut before a `&`
/// (ASCII) is always at a character boundary.
fn head_of(query: &str) -> &str {
    if query.len() <= MAX_QUERY_LEN {
        return query;
    }
    let bytes = query.as_bytes();
    let end = if bytes[MAX_QUERY_LEN] == b'&' {
        MAX_QUERY_LEN
    } else {
        bytes[..MAX_QUERY_LEN].iter().rposition(|&b| b == b'&').unwrap_or(0)
    };
    &query[..end]
}

/// The keys a link can carry. A key's position is its bit in the sets of keys seen and of
/// duplicates reported: a constant cost per pair, so that reading is linear in the link.
const KEYS: [&str; 17] = [
    "v", "d", "g", "b", "x", "r", "lang", "embed", "theme", "accent", "chart", "k", "s", "a",
    "view", "nav", "w",
];

/// The notices of one link: the first `cap` distinct ones listed, the others counted.
struct Notices {
    listed: Vec<Ignored>,
    cap: usize,
    more: usize,
}

impl Notices {
    fn push(&mut self, notice: Ignored) {
        // A repeat of a listed notice (`g=x~x`, an unknown key twice) says nothing new. Beyond
        // the cap notices are only counted: remembering them all to leave out repeats would
        // cost memory in proportion to the link.
        if self.listed.contains(&notice) {
            return;
        }
        if self.listed.len() < self.cap {
            self.listed.push(notice);
        } else {
            self.more += 1;
        }
    }

    fn finish(mut self) -> Vec<Ignored> {
        if self.more > 0 {
            self.listed.push(Ignored::More(self.more));
        }
        self.listed
    }
}

/// The items of a list value (`g`, `w`), forgiving about the separators that mail programs may
/// have substituted for `~`.
pub(crate) fn list(value: &str) -> impl Iterator<Item = &str> {
    value.split([LIST_SEP, ',', ' ', '+', '.']).filter(|c| !c.is_empty())
}

/// Reads decoded key/value pairs; never panics. Missing settings take their defaults; every
/// ignored part is reported: the first `MAX_NOTICES` distinct notices are listed, and then one
/// `Ignored::More` counts the parts left out of the list. Linear in the total length of the
/// pairs.
pub fn parse<K: AsRef<str>, V: AsRef<str>>(pairs: &[(K, V)]) -> (LinkState, Vec<Ignored>) {
    read(pairs, MAX_NOTICES)
}

fn read<K: AsRef<str>, V: AsRef<str>>(pairs: &[(K, V)], cap: usize) -> (LinkState, Vec<Ignored>) {
    let mut state = LinkState::default();
    let mut ignored = Notices { listed: vec![], cap, more: 0 };
    // Bit i: KEYS[i] was seen, and its duplicate was reported.
    let (mut seen, mut duplicate) = (0u32, 0u32);
    // Pinned scenarios beyond `MAX_PINNED`, counted in one notice.
    let mut extra_pinned = 0;
    let mut pinned: Vec<Scenario> = vec![];
    for (k, v) in pairs {
        let (key, value) = (k.as_ref(), v.as_ref().trim());
        if let Some(bit) = KEYS.iter().position(|&known| known == key).map(|i| 1u32 << i) {
            if seen & bit != 0 {
                if duplicate & bit == 0 {
                    duplicate |= bit;
                    ignored.push(Ignored::Duplicate(key.to_string()));
                }
                continue;
            }
            seen |= bit;
        }
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
                for code in list(value) {
                    match Area::by_id(&code.to_ascii_lowercase()) {
                        Some((i, _)) => selection = selection.with(i, true),
                        None => ignored.push(Ignored::UnknownArea(code.to_string())),
                    }
                }
                state.selection = selection;
            }
            "b" | "x" | "r" => match parse_amount(value) {
                Ok(amount) if amount <= MAX_PER_HOME_EUR => {
                    if let Some(c) = Funded::ALL.into_iter().find(|c| c.key() == key) {
                        state.amounts.set(c, amount);
                    }
                }
                _ => ignored
                    .push(Ignored::BadAmount { key: key.to_string(), value: value.to_string() }),
            },
            // The one key that may repeat: once per scenario.
            "p" if pinned.len() >= MAX_PINNED => extra_pinned += 1,
            // Untrimmed: a name may end in a space.
            "p" => match scenarios::decode(v.as_ref()) {
                Ok((scenario, unknown)) => {
                    for code in unknown {
                        ignored.push(Ignored::UnknownArea(code));
                    }
                    pinned.push(scenario);
                }
                Err(_) => ignored.push(Ignored::BadPinned(value.to_string())),
            },
            _ => read_view(key, value, &mut state.view, &mut ignored),
        }
    }
    if extra_pinned > 0 {
        ignored.push(Ignored::TooManyPinned(extra_pinned));
    }
    state.pinned = pinned.into();
    (state, ignored.finish())
}

/// Reads one presentational pair (or reports an unknown key) into `view`.
fn read_view(key: &str, value: &str, view: &mut View, ignored: &mut Notices) {
    let bad = || Ignored::BadValue { key: key.to_string(), value: value.to_string() };
    match key {
        "lang" => match Lang::from_tag(&value.to_ascii_lowercase()) {
            Some(l) => view.lang = l,
            None => ignored.push(bad()),
        },
        "embed" => match value {
            "1" | "true" => view.embed = true,
            "0" | "false" => view.embed = false,
            _ => ignored.push(bad()),
        },
        "theme" => match value {
            "auto" => view.theme = Theme::Auto,
            "light" => view.theme = Theme::Light,
            "dark" => view.theme = Theme::Dark,
            _ => ignored.push(bad()),
        },
        "accent" => match parse_hex_colour(value) {
            Some(c) if accent_is_legible(c) => view.accent = Some(c),
            _ => ignored.push(bad()),
        },
        "chart" => match value {
            "homes" => view.metric = Metric::Homes,
            "money" => view.metric = Metric::Money,
            _ => ignored.push(bad()),
        },
        "k" => match BottleneckKind::from_code(value) {
            Some(k) => view.highlight = Some(k),
            None => ignored.push(bad()),
        },
        // An unknown code gets the usual notice, and the whole widget.
        "a" => match Area::by_id(&value.to_ascii_lowercase()) {
            Some((i, _)) => view.area = Some(i),
            None => ignored.push(Ignored::UnknownArea(value.to_string())),
        },
        "s" => match Sort::parse(value) {
            Some(sort) => view.sort = Some(sort),
            None => ignored.push(bad()),
        },
        "view" => match Section::from_code(value) {
            Some(section) => view.section = section,
            None => ignored.push(bad()),
        },
        "nav" => match value {
            "0" => view.alone = true,
            "1" => view.alone = false,
            _ => ignored.push(bad()),
        },
        // Each known code opens its working; an unknown one is reported, the others apply.
        "w" => {
            for code in list(value) {
                match Explained::from_code(code) {
                    Some(e) => view.workings = view.workings.with(e, true),
                    None => ignored
                        .push(Ignored::BadValue { key: key.to_string(), value: code.to_string() }),
                }
            }
        }
        _ => ignored.push(Ignored::UnknownParam(key.to_string())),
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::core::sort::Direction;
    use proptest::prelude::*;
    use std::fmt::Write;

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
        assert!(q.starts_with("v=1&d=2025.2&g=amw~amz~arn~"), "{q}");
        assert!(q.ends_with("~zdo&b=12000&x=0&r=0"), "{q}");
    }

    #[test]
    fn an_area_view_link_reads_back_and_an_unknown_area_gives_the_whole_widget() {
        let (s, ignored) = parse_query("v=1&g=dlf&b=12000&x=0&r=0&a=DLF");
        assert!(ignored.is_empty(), "{ignored:?}");
        assert_eq!(s.view.area, Area::by_id("dlf").map(|a| a.0));
        assert!(encode(&s).ends_with("&a=dlf"), "{}", encode(&s));
        let (s, ignored) = parse_query("v=1&a=xyz");
        assert_eq!(s.view.area, None);
        assert_eq!(ignored, vec![Ignored::UnknownArea("xyz".into())]);
    }

    #[test]
    fn a_typical_link_reads_back() {
        let (s, ignored) = parse_query(
            "v=1&d=2025.2&g=amw~amz&b=13000&x=0&r=500&lang=en&embed=1&theme=dark&accent=154273",
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
                highlight: None,
                sort: None,
                area: None,
                section: Section::Calc,
                alone: false,
                workings: Open::default(),
            }
        );
    }

    #[test]
    fn open_workings_read_back_and_an_unknown_one_is_reported() {
        let (s, ignored) = parse_query("v=1&g=amw&b=12000&x=0&r=0&w=pr~b~nope");
        assert_eq!(ignored, vec![Ignored::BadValue { key: "w".into(), value: "nope".into() }]);
        assert!(s.view.workings.contains(Explained::ProRata));
        assert!(s.view.workings.contains(Explained::Funding(Funded::NewHomes)));
        assert!(encode(&s).ends_with("&w=b~pr"), "{}", encode(&s));
    }

    #[test]
    fn a_section_and_its_navigation_read_back_and_old_links_open_the_calculator() {
        let (s, ignored) = parse_query("v=1&g=amw&b=12000&x=0&r=0&view=map&nav=0");
        assert!(ignored.is_empty(), "{ignored:?}");
        assert_eq!((s.view.section, s.view.alone), (Section::Map, true));
        assert!(encode(&s).ends_with("&view=map&nav=0"), "{}", encode(&s));
        let (old, _) = parse_query("v=1&g=amw&b=12000&x=0&r=0");
        assert_eq!((old.view.section, old.view.alone), (Section::Calc, false));
        assert!(!encode(&old).contains("view=") && !encode(&old).contains("nav="));
        // An unknown value opens the default with the usual notice; the rest applies.
        let (bad, ignored) = parse_query("v=1&g=dlf&view=kaart&nav=no&lang=en");
        assert_eq!(
            (bad.view.section, bad.view.alone, bad.view.lang),
            (Section::Calc, false, Lang::En)
        );
        assert_eq!(
            ignored,
            vec![
                Ignored::BadValue { key: "view".into(), value: "kaart".into() },
                Ignored::BadValue { key: "nav".into(), value: "no".into() },
            ]
        );
        for section in Section::ALL {
            assert_eq!(Section::from_code(section.code()), Some(section));
        }
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
        let snippet = embed_snippet(base, &state, "Titel \"x\" & y", 950);
        assert!(snippet.starts_with(
            "<iframe data-woontop src=\"https://example.org/woontop/index.html?v=1&amp;d="
        ));
        assert!(snippet.contains("g=amw~amz&amp;") && snippet.contains("&amp;embed=1"));
        assert!(snippet.contains("title=\"Titel &quot;x&quot; &amp; y\" loading=\"lazy\""));
        assert!(snippet.contains(" height=\"950\"></iframe>"), "{snippet}");
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

    #[test]
    fn pinned_scenarios_read_back_and_bad_or_extra_ones_are_reported() {
        let q = "v=1&g=amw&b=12000&x=0&r=0&p=amw~amz!13000!0!0!Hoog&p=!0!0!0&p=amw~zzz!10000!0!0";
        let (s, ignored) = parse_query(q);
        assert_eq!(s.pinned.len(), 3);
        assert_eq!(s.pinned[0].name, "Hoog");
        assert_eq!(s.pinned[0].selection, Selection::municipality("Amsterdam"));
        assert_eq!(s.pinned[2].selection.len(), 1);
        assert_eq!(ignored, vec![Ignored::UnknownArea("zzz".into())]);
        assert_eq!(parse_query(&encode(&s)).0, s);
        // Six scenarios, one unreadable: the four first readable ones, and two notices.
        let six: String = (0..6)
            .map(|i| if i == 1 { "&p=amw!x!0!0".to_string() } else { format!("&p=amw!{i}000!0!0") })
            .collect();
        let (s, ignored) = parse_query(&format!("v=1{six}"));
        let amounts: Vec<u64> = s.pinned.iter().map(|p| p.amounts.build).collect();
        assert_eq!(amounts, [0, 2_000, 3_000, 4_000]);
        assert_eq!(
            ignored,
            vec![Ignored::BadPinned("amw!x!0!0".into()), Ignored::TooManyPinned(1)]
        );
        for lang in Lang::ALL {
            assert!(ignored.iter().all(|i| !i.message(lang).is_empty()));
        }
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
            prop::option::of(0usize..BottleneckKind::ALL.len()),
            (
                prop::option::of((0usize..5, any::<bool>())),
                prop::option::of(0usize..20),
                0usize..Section::ALL.len(),
                any::<bool>(),
                any::<u16>(),
            ),
            prop::collection::vec((any::<u32>(), 0..=MAX_PER_HOME_EUR, ".{0,12}"), 0..=MAX_PINNED),
        )
            .prop_map(
                |(
                    bits,
                    b,
                    x,
                    r,
                    en,
                    embed,
                    theme,
                    accent,
                    money,
                    k,
                    (sort, area, section, alone, w),
                    pinned,
                )| LinkState {
                    pinned: pinned
                        .into_iter()
                        .map(|(bits, build, name)| Scenario {
                            selection: Selection::from_bits(bits),
                            amounts: Amounts { build, extra: build / 3, retrofit: 0 },
                            name: scenarios::clean_name(&name),
                        })
                        .collect::<Vec<_>>()
                        .into(),
                    selection: Selection::from_bits(bits),
                    amounts: Amounts { build: b, extra: x, retrofit: r },
                    view: View {
                        lang: if en { Lang::En } else { Lang::Nl },
                        embed,
                        theme: [Theme::Auto, Theme::Light, Theme::Dark][usize::from(theme)],
                        accent,
                        metric: if money { Metric::Money } else { Metric::Homes },
                        highlight: k.map(|i| BottleneckKind::ALL[i]),
                        sort: sort.map(|(c, down)| Sort {
                            column: crate::core::sort::Column::ALL[c],
                            direction: if down {
                                Direction::Descending
                            } else {
                                Direction::Ascending
                            },
                        }),
                        area,
                        section: Section::ALL[section],
                        alone,
                        workings: Explained::ALL
                            .into_iter()
                            .enumerate()
                            .fold(Open::default(), |o, (i, e)| o.with(e, w & (1 << i) != 0)),
                    },
                },
            )
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

        #[test]
        fn notices_stay_bounded_and_long_links_read_as_their_head(
            pairs in prop::collection::vec(
                ("(v|d|g|b|x|r|lang|embed|theme|accent|chart|k|[a-z%~=]{0,3})", "[a-z0-9~%&=.+ ж]{0,12}"),
                0..40,
            ),
            repeat in 1usize..100,
        ) {
            let one: Vec<String> = pairs.iter().map(|(k, v)| format!("{k}={v}")).collect();
            let q = vec![one.join("&"); repeat].join("&");
            let (state, notices) = parse_query(&q);
            prop_assert!(notices.len() <= MAX_NOTICES + 1, "{} notices", notices.len());
            let head = head_of(&q);
            // The head is the longest run of whole pairs that fits.
            prop_assert!(head.len() <= MAX_QUERY_LEN);
            let rest = &q[head.len()..];
            prop_assert!(rest.is_empty() || rest.starts_with('&'));
            if q.len() > MAX_QUERY_LEN {
                prop_assert!(!q.as_bytes()[head.len() + 1..=MAX_QUERY_LEN].contains(&b'&'));
                prop_assert_eq!(notices.last(), Some(&Ignored::Truncated(rest.len())));
                prop_assert_eq!(state, parse_query(head).0);
            } else {
                prop_assert_eq!(head, q.as_str());
                prop_assert!(!notices.iter().any(|n| matches!(n, Ignored::Truncated(_))));
            }
            // A count comes only after a full list, and only last but for a truncation.
            if let Some(i) = notices.iter().position(|n| matches!(n, Ignored::More(_))) {
                prop_assert!(i == MAX_NOTICES || (i == MAX_NOTICES - 1 && i + 2 == notices.len()));
            }
        }

        #[test]
        fn any_pairs_give_at_most_eleven_notices(
            list in prop::collection::vec(("(v|d|g|b|x|r|lang|k|.{0,3})", ".{0,8}"), 0..40),
        ) {
            let (_, notices) = parse(&list);
            prop_assert!(notices.len() <= MAX_NOTICES + 1, "{} notices", notices.len());
            prop_assert!(!notices.iter().any(|n| matches!(n, Ignored::Truncated(_))));
        }
    }

    #[test]
    fn many_bad_parts_list_ten_notices_then_count_the_rest() {
        let q: Vec<String> = (0..25).map(|i| format!("k{i}=1")).collect();
        let (_, notices) = parse_query(&q.join("&"));
        assert_eq!(notices.len(), MAX_NOTICES + 1);
        assert_eq!(notices[0], Ignored::UnknownParam("k0".into()));
        assert_eq!(notices[9], Ignored::UnknownParam("k9".into()));
        assert_eq!(notices[10], Ignored::More(15));
        assert_eq!(notices[10].message(Lang::Nl), "En nog 15 andere onderdelen overgeslagen.");
        assert_eq!(notices[10].message(Lang::En), "And 15 more parts skipped.");
        assert_eq!(Ignored::More(1).message(Lang::Nl), "En nog 1 ander onderdeel overgeslagen.");
        assert_eq!(Ignored::More(1).message(Lang::En), "And 1 more part skipped.");
        // Exactly ten: no count.
        let (_, notices) = parse_query(&q[..10].join("&"));
        assert_eq!(notices.len(), MAX_NOTICES);
        assert!(!notices.iter().any(|n| matches!(n, Ignored::More(_))));
    }

    #[test]
    fn a_repeated_problem_is_listed_once() {
        let (s, notices) = parse_query("g=x~amw~x~y&foo=1&foo=2&b=1&b=2&b=3&g=amz");
        assert_eq!(s.selection, Selection::none().with(0, true));
        assert_eq!(s.amounts.build, 1);
        assert_eq!(
            notices,
            vec![
                Ignored::UnknownArea("x".into()),
                Ignored::UnknownArea("y".into()),
                Ignored::UnknownParam("foo".into()),
                Ignored::Duplicate("b".into()),
                Ignored::Duplicate("g".into()),
            ]
        );
    }

    /// About 2 MiB: far beyond `MAX_QUERY_LEN`, as long as a hostile link in an address bar.
    const HUGE: usize = 2 << 20;

    #[test]
    fn a_huge_link_of_distinct_unknown_keys_is_read_as_its_head() {
        let mut q = String::from("v=1&g=amw~amz&b=13000&lang=en");
        let mut i = 0;
        while q.len() < HUGE {
            write!(q, "&k{i}=1").unwrap();
            i += 1;
        }
        // Past the limit: not read.
        q.push_str("&theme=dark");
        let (state, notices) = parse_query(&q);
        let head = &q[..q[..=MAX_QUERY_LEN].rfind('&').unwrap()];
        assert_eq!(head_of(&q), head);
        let (head_state, head_notices) = parse_query(head);
        assert_eq!(state, head_state);
        assert_eq!(state.selection, Selection::municipality("Amsterdam"));
        assert_eq!(state.amounts.build, 13_000);
        assert_eq!((state.view.lang, state.view.theme), (Lang::En, Theme::Auto));
        // Nine listed, a count, the truncation; the head alone lists one more and counts one
        // less.
        assert_eq!(notices.len(), MAX_NOTICES + 1);
        assert_eq!(notices[..9], head_notices[..9]);
        let Ignored::More(more) = notices[9] else { panic!("{notices:?}") };
        assert_eq!(head_notices[10], Ignored::More(more - 1));
        assert_eq!(notices[10], Ignored::Truncated(q.len() - head.len()));
        assert!(more > 100, "{more}");
    }

    #[test]
    fn a_huge_list_of_unknown_areas_is_not_read() {
        // One pair longer than the limit is not read at all, rather than read half.
        let q = format!("b=13000&g=amw~{}", "x~".repeat(HUGE / 2));
        let (state, notices) = parse_query(&q);
        assert_eq!(state, parse_query("b=13000").0);
        assert_eq!(state.selection, Selection::all());
        assert_eq!(notices, vec![Ignored::Truncated(q.len() - "b=13000".len())]);
        let (state, notices) = parse_query(&format!("?g={}", "x~".repeat(HUGE / 2)));
        assert_eq!(state, LinkState::default());
        assert_eq!(notices, vec![Ignored::Truncated(HUGE + 2)]);
        assert_eq!(
            notices[0].message(Lang::Nl),
            "Deze link is ongewoon lang; de laatste 2.097.154 tekens zijn niet gelezen."
        );
        assert_eq!(
            notices[0].message(Lang::En),
            "This link is unusually long; its last 2,097,154 characters were not read."
        );
    }

    #[test]
    fn the_cut_falls_between_whole_pairs_and_characters() {
        let fill = |n: usize| format!("z={}", "y".repeat(n - 2));
        // Exactly at the limit: all read. One byte more: that pair is not.
        let (state, notices) = parse_query(&format!("{}&b=13000", fill(MAX_QUERY_LEN - 8)));
        assert_eq!((state.amounts.build, notices.len()), (13_000, 1), "{notices:?}");
        let (state, notices) = parse_query(&format!("{}&b=13000", fill(MAX_QUERY_LEN - 7)));
        assert_eq!(state.amounts.build, 12_000);
        assert_eq!(notices, vec![Ignored::UnknownParam("z".into()), Ignored::Truncated(8)]);
        // A `&` right at the limit ends the head.
        let q = format!("{}&b=1", fill(MAX_QUERY_LEN));
        assert_eq!(head_of(&q), fill(MAX_QUERY_LEN));
        // Multi-byte characters across the limit (odd offsets): no panic, nothing half read.
        for pad in 0..4 {
            let q = format!("b=1&{}c={}", "y".repeat(pad), "ж".repeat(MAX_QUERY_LEN));
            let (state, notices) = parse_query(&q);
            assert_eq!(state.amounts.build, 1);
            assert_eq!(notices, vec![Ignored::Truncated(q.len() - 3)]);
        }
    }
}
