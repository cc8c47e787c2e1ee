//! How long reading a share link takes, for links far longer than any real one (a real link is
//! under 200 bytes): a benchmark, not a test, so that no test depends on the machine's speed.
//!
//! `cargo bench --bench link_parse` reads 2 MiB links; `cargo bench --bench link_parse -- 512`
//! reads 512 KiB ones. Prints the best and the median time per kind of link. `parse_query`
//! reads only a link's first `MAX_QUERY_LEN` bytes; the last line times `parse`, which reads
//! already decoded pairs of any number, on the pairs of the whole first link.

use std::fmt::Write;
use std::hint::black_box;
use std::time::{Duration, Instant};
use woontop::core::link::{parse, parse_query, Ignored, LinkState};

/// The kinds of link, the hostile ones about `size` bytes long.
fn links(size: usize) -> Vec<(&'static str, String)> {
    let mut distinct = String::with_capacity(size + 32);
    for i in 0.. {
        if distinct.len() >= size {
            break;
        }
        write!(distinct, "k{i}=1&").unwrap();
    }
    vec![
        ("distinct unknown keys", distinct),
        ("g=x~x~…", format!("g={}", "x~".repeat(size / 2))),
        ("b=1 repeated", "b=1&".repeat(size / 4)),
        ("a typical link", "v=1&d=2025.1&g=amw~amz&b=12000&x=0&r=0&lang=en&theme=dark".into()),
    ]
}

/// Best and median time of `f` over repeated runs (about two seconds; 3 to 1000 runs).
fn time(f: impl Fn() -> (LinkState, Vec<Ignored>)) -> (Duration, Duration, usize, usize) {
    let (mut times, begun) = (Vec::<Duration>::new(), Instant::now());
    while times.len() < 3 || (times.len() < 1000 && begun.elapsed() < Duration::from_secs(2)) {
        let start = Instant::now();
        let (state, notices) = black_box(f());
        black_box((state, notices.len()));
        times.push(start.elapsed());
    }
    times.sort_unstable();
    (times[0], times[times.len() / 2], times.len(), f().1.len())
}

fn main() {
    // `cargo bench` passes `--bench`; a bare number is the size in KiB.
    let kib = std::env::args().skip(1).find_map(|a| a.parse::<usize>().ok()).unwrap_or(2048);
    let links = links(kib * 1024);
    let report = |name: &str, len: usize, (best, median, runs, notices)| {
        println!(
            "{name:<26} {len:>8} bytes  best {best:>10.3?}  median {median:>10.3?}  ({runs} runs, {notices} notices)"
        );
    };
    for (name, query) in &links {
        report(name, query.len(), time(|| parse_query(black_box(query))));
    }
    let pairs: Vec<(String, &str)> =
        links[0].1.split('&').map(|p| (p.trim_end_matches("=1").to_string(), "1")).collect();
    report("parse(): distinct keys", links[0].1.len(), time(|| parse(black_box(&pairs))));
}
