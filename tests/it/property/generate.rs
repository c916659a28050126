//! Building blocks for the request strategies: which members a case fills and how, and value
//! generators for strings, numbers, enums and lists, each with a valid side (values the model
//! and the semantic rules accept, boundaries included) and a wild side (boundaries just outside
//! the model, arbitrary Unicode, unknown enum values, huge numbers, odd list sizes).
//!
//! Every generated request is in one of three modes, so that a good share is accepted while
//! every member still gets wild values:
//! - clean: every member absent or valid, the request coherent (semantic rules hold);
//! - fault: like clean, but exactly one member (chosen by its index) wild: when validation
//!   accepts such a request, the wild value must be within the model;
//! - chaos: every member absent, valid or wild at random (for "never panics").

use std::fmt::Debug;
use std::ops::RangeInclusive;

use proptest::prelude::*;
use proptest::sample::{Index, select, subsequence};
use proptest::strategy::Union;

/// How a generated request fills its members.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Mode {
    Clean,
    /// The member with this index is wild, everything else clean.
    Fault(usize),
    Chaos,
}

/// Whether a clean request carries a member.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Presence {
    /// Absent or present at random.
    Maybe,
    /// Always present (another member needs it).
    Always,
    /// Never present (the request's other choices exclude it).
    Never,
}

impl Presence {
    /// `Always` when `cond`, else `Never`.
    pub(super) fn when(cond: bool) -> Self {
        if cond {
            Presence::Always
        } else {
            Presence::Never
        }
    }

    /// `Maybe` when `cond`, else `Never`.
    pub(super) fn maybe_when(cond: bool) -> Self {
        if cond {
            Presence::Maybe
        } else {
            Presence::Never
        }
    }
}

/// Numbers the members while a request strategy is built, and decides per member from the mode.
/// Every strategy builder calls the same members in the same order whatever its other choices,
/// so member indices are stable and a dry build counts them.
pub(super) struct Cx {
    mode: Mode,
    next: usize,
}

impl Cx {
    pub(super) fn new(mode: Mode) -> Self {
        Cx { mode, next: 0 }
    }

    /// How many members were numbered.
    pub(super) fn count(&self) -> usize {
        self.next
    }

    fn take(&mut self) -> usize {
        self.next += 1;
        self.next - 1
    }

    /// An optional member.
    pub(super) fn member<T: Debug + Clone + 'static>(
        &mut self,
        presence: Presence,
        sides: impl Into<Sides<T>>,
    ) -> BoxedStrategy<Option<T>> {
        let (valid, wild) = sides.into();
        let id = self.take();
        match self.mode {
            Mode::Fault(k) if k == id => {
                if presence == Presence::Always {
                    one_of(vec![
                        (4, wild.prop_map(Some).boxed()),
                        (1, Just(None).boxed()),
                    ])
                } else {
                    wild.prop_map(Some).boxed()
                }
            }
            Mode::Chaos => one_of(vec![
                (1, Just(None).boxed()),
                (1, valid.prop_map(Some).boxed()),
                (2, wild.prop_map(Some).boxed()),
            ]),
            Mode::Clean | Mode::Fault(_) => match presence {
                Presence::Maybe => one_of(vec![
                    (1, Just(None).boxed()),
                    (1, valid.prop_map(Some).boxed()),
                ]),
                Presence::Always => valid.prop_map(Some).boxed(),
                Presence::Never => Just(None).boxed(),
            },
        }
    }

    /// A member the SDK always holds (required by its builder, or a plain value).
    pub(super) fn value<T: Debug + Clone + 'static>(
        &mut self,
        sides: impl Into<Sides<T>>,
    ) -> BoxedStrategy<T> {
        let (valid, wild) = sides.into();
        let id = self.take();
        match self.mode {
            Mode::Fault(k) if k == id => wild,
            Mode::Chaos => one_of(vec![(1, valid), (1, wild)]),
            Mode::Clean | Mode::Fault(_) => valid,
        }
    }

    /// An optional structure whose members `build` numbers; present whenever it holds the
    /// fault, so the fault reaches the wire.
    pub(super) fn group<T: Debug + Clone + 'static>(
        &mut self,
        presence: Presence,
        build: impl FnOnce(&mut Cx) -> BoxedStrategy<T>,
    ) -> BoxedStrategy<Option<T>> {
        let start = self.next;
        let inner = build(self);
        let holds_fault = matches!(self.mode, Mode::Fault(k) if (start..self.next).contains(&k));
        match (self.mode, presence) {
            _ if holds_fault => inner.prop_map(Some).boxed(),
            (Mode::Chaos, _) => one_of(vec![
                (1, Just(None).boxed()),
                (3, inner.prop_map(Some).boxed()),
            ]),
            (_, Presence::Maybe) => one_of(vec![
                (1, Just(None).boxed()),
                (2, inner.prop_map(Some).boxed()),
            ]),
            (_, Presence::Always) => inner.prop_map(Some).boxed(),
            (_, Presence::Never) => Just(None).boxed(),
        }
    }
}

/// A weighted choice; zero weights are left out.
pub(super) fn one_of<T: Debug + 'static>(
    choices: Vec<(u32, BoxedStrategy<T>)>,
) -> BoxedStrategy<T> {
    Union::new_weighted(choices.into_iter().filter(|(w, _)| *w > 0).collect()).boxed()
}

/// A valid side and a wild side for one member.
pub(super) type Sides<T> = (BoxedStrategy<T>, BoxedStrategy<T>);

// ---------------------------------------------------------------------------------------------
// Characters and strings

/// Characters that break patterns or parsers: line terminators (Java's and others), controls,
/// no-break and ideographic spaces, format characters, private use, the highest scalar value,
/// quotes and backslashes, placeholder braces, non-ASCII letters, marks, digits and symbols.
const NASTY: &[char] = &[
    '\n',
    '\r',
    '\t',
    '\0',
    '\u{7}',
    '\u{b}',
    '\u{c}',
    '\u{1b}',
    '\u{7f}',
    '\u{85}',
    '\u{a0}',
    '\u{2028}',
    '\u{2029}',
    '\u{200b}',
    '\u{200d}',
    '\u{feff}',
    '\u{3000}',
    '\u{d7ff}',
    '\u{e000}',
    '\u{10ffff}',
    ' ',
    '"',
    '\\',
    '{',
    '}',
    '#',
    '*',
    '%',
    '😀',
    '👩',
    'é',
    'ß',
    'Ж',
    '中',
    '\u{301}',
    '٣',
    '½',
    '€',
    '©',
    '!',
    '<',
    '>',
    ':',
    '/',
    '_',
    '-',
    '.',
    '@',
    '+',
    '=',
    ',',
    'a',
    'Z',
    '0',
];

/// Letters, marks, symbols, numbers and punctuation, ASCII and not (`[\p{L}\p{M}\p{S}\p{N}\p{P}]`).
pub(super) const PRINTABLE: &[char] = &[
    'a', 'b', 'c', 'x', 'y', 'z', 'A', 'B', 'Q', 'Z', '0', '1', '7', '9', '.', ',', '!', '?', '-',
    '_', '(', ')', '[', ']', '/', ':', ';', '\'', '"', '&', '%', '+', '=', '<', '>', '@', '#', '$',
    '*', '~', '^', '|', '`', 'é', 'ß', 'Ж', 'ω', '中', 'ー', '\u{301}', '٣', '½', '€', '©', '😀',
    '¿', '«', '»', '–', '…',
];

/// `[\w\s+=,.@-]`: pool and client names.
pub(super) const NAME: &[char] = &[
    'a', 'b', 'm', 'y', 'z', 'A', 'P', 'Z', '0', '5', '9', '_', ' ', '\t', '+', '=', ',', '.', '@',
    '-',
];

/// A string of `len` characters from `alphabet`.
pub(super) fn chars(
    alphabet: &'static [char],
    len: RangeInclusive<usize>,
) -> BoxedStrategy<String> {
    proptest::collection::vec(select(alphabet), len)
        .prop_map(|v| v.into_iter().collect())
        .boxed()
}

/// Arbitrary Unicode, weighted towards the troublesome characters.
pub(super) fn nasty_string() -> BoxedStrategy<String> {
    proptest::collection::vec(
        one_of(vec![(3, select(NASTY).boxed()), (1, any::<char>().boxed())]),
        0..=24,
    )
    .prop_map(|v| v.into_iter().collect())
    .boxed()
}

/// `s` with `c` inserted somewhere.
fn insert(s: &str, c: char, at: Index) -> String {
    let n = s.chars().count();
    let i = at.index(n + 1);
    let mut out: String = s.chars().take(i).collect();
    out.push(c);
    out.extend(s.chars().skip(i));
    out
}

/// A string member of `min..=max` characters; see [`text`].
pub(super) struct Text {
    typical: BoxedStrategy<String>,
    min: usize,
    max: usize,
    pad: fn(usize) -> String,
    floor: usize,
    wide: Option<fn(usize) -> String>,
}

/// A string member of `min..=max` characters. `typical` gives everyday valid values; `pad(n)`
/// gives a value of exactly `n` characters that is valid apart from its length (for the
/// boundaries `min`, `max` on the valid side and `min - 1`, `max + 1` on the wild side). The
/// wild side also has values of `min - 1` and `max + 1` multi-byte characters (lengths are in
/// characters, not bytes), valid values with one troublesome character inserted, arbitrary
/// Unicode and the empty string.
pub(super) fn text(
    typical: BoxedStrategy<String>,
    min: usize,
    max: usize,
    pad: fn(usize) -> String,
) -> Text {
    Text {
        typical,
        min,
        max,
        pad,
        floor: min,
        wide: None,
    }
}

impl Text {
    /// The shortest value the semantic rules allow when that is above the model's `min` (a
    /// one-character URL cannot be absolute): the valid side's lower boundary.
    pub(super) fn floor(mut self, floor: usize) -> Self {
        self.floor = floor;
        self
    }

    /// Valid values of exactly `n` characters, mostly multi-byte, for members whose pattern
    /// allows them: `min` and `max` of those go to the valid side too.
    pub(super) fn wide(mut self, pad: fn(usize) -> String) -> Self {
        self.wide = Some(pad);
        self
    }

    pub(super) fn sides(self) -> Sides<String> {
        let Text {
            typical,
            min,
            max,
            pad,
            floor,
            wide,
        } = self;
        // 20 000- and 131 072-character values are costly to push through the SDK: keep them
        // rare.
        let long = if max > 4096 { 1 } else { 4 };
        let mut valid = vec![
            (30, typical.clone()),
            (4, Just(floor).prop_map(pad).boxed()),
            (long, Just(max).prop_map(pad).boxed()),
        ];
        if let Some(wide) = wide {
            valid.push((2, Just(floor).prop_map(wide).boxed()));
            valid.push((long, Just(max).prop_map(wide).boxed()));
        }
        // Just outside the model: ASCII-padded, and multi-byte (a byte count that passes
        // while the character count does not).
        let outside = |n: usize, weight: u32| {
            [
                (weight, Just(n).prop_map(pad).boxed()),
                (
                    weight,
                    select(vec!['é', '中', '😀'])
                        .prop_map(move |c| std::iter::repeat_n(c, n).collect::<String>())
                        .boxed(),
                ),
            ]
        };
        let mut wild = vec![
            (
                6,
                (typical, select(NASTY), any::<Index>())
                    .prop_map(|(s, c, at)| insert(&s, c, at))
                    .boxed(),
            ),
            (4, nasty_string()),
            (1, Just(String::new()).boxed()),
        ];
        wild.extend(outside(max + 1, long));
        if min > 0 {
            wild.extend(outside(min - 1, 4));
        }
        let wild = one_of(wild);
        (one_of(valid), wild)
    }
}

impl From<Text> for Sides<String> {
    fn from(text: Text) -> Self {
        text.sides()
    }
}

/// `prefix` followed by `fill` up to `n` characters (or `prefix` cut to `n`).
pub(super) fn padded(prefix: &str, fill: char, n: usize) -> String {
    let mut out: String = prefix.chars().take(n).collect();
    let have = out.chars().count();
    out.extend(std::iter::repeat_n(fill, n - have));
    out
}

/// Picks one of `values`.
pub(super) fn pick(values: &'static [&'static str]) -> BoxedStrategy<String> {
    select(values).prop_map(str::to_owned).boxed()
}

// ---------------------------------------------------------------------------------------------
// Numbers

/// An integer member with model range `min..=max`; `valid` narrows the valid side (semantic
/// rules), the wild side is the model's outside plus extremes.
pub(super) fn int(min: i32, max: i32, valid: RangeInclusive<i32>) -> Sides<i32> {
    let (lo, hi) = (*valid.start(), *valid.end());
    let valid = one_of(vec![
        (4, valid.boxed()),
        (1, Just(lo).boxed()),
        (1, Just(hi).boxed()),
    ]);
    let mut edges = vec![i32::MIN, -1, 0, i32::MAX];
    edges.extend(min.checked_sub(1));
    edges.extend(max.checked_add(1));
    let wild = one_of(vec![(4, select(edges).boxed()), (1, any::<i32>().boxed())]);
    (valid, wild)
}

/// A boolean member: every value is valid, there is nothing wild.
pub(super) fn boolean() -> Sides<bool> {
    (any::<bool>().boxed(), any::<bool>().boxed())
}

// ---------------------------------------------------------------------------------------------
// Enums and lists

/// Wild enum values: unknown words, near misses of the listed values (case, white space),
/// arbitrary strings.
pub(super) fn wild_enum_text(values: &'static [&'static str]) -> BoxedStrategy<String> {
    let near = select(values).prop_flat_map(|v| {
        let flipped = if v.to_lowercase() == v {
            v.to_uppercase()
        } else {
            v.to_lowercase()
        };
        select(vec![
            flipped,
            format!("{v} "),
            format!(" {v}"),
            format!("{v}\n"),
            format!("{v}\0"),
        ])
    });
    one_of(vec![
        (3, pick(&["bogus", "", "UNKNOWN", "null", "0"])),
        (3, near.boxed()),
        (2, nasty_string()),
    ])
}

/// An enum member taking one of `valid` (a subset of the model's values, where semantic rules
/// narrow it) and wild values otherwise.
pub(super) fn enumeration<T>(
    valid: &'static [&'static str],
    all: &'static [&'static str],
) -> Sides<T>
where
    T: for<'a> From<&'a str> + Debug + Clone + 'static,
{
    (
        select(valid).prop_map(T::from).boxed(),
        wild_enum_text(all)
            .prop_map(|s| T::from(s.as_str()))
            .boxed(),
    )
}

/// A non-empty selection of `values` in random order.
pub(super) fn some_of<T: Clone + Debug + 'static>(values: Vec<T>) -> BoxedStrategy<Vec<T>> {
    let n = values.len();
    if n == 0 {
        return Just(values).boxed();
    }
    subsequence(values, 1..=n).prop_shuffle().boxed()
}

/// Wild lists: valid items with one wild item among them, only wild items, empty, and
/// `too_many` valid items.
pub(super) fn wild_list<T: Clone + Debug + 'static>(
    item: Sides<T>,
    too_many: usize,
) -> BoxedStrategy<Vec<T>> {
    let (valid, wild) = item;
    one_of(vec![
        (
            4,
            (
                proptest::collection::vec(valid.clone(), 0..=3),
                wild.clone(),
                any::<Index>(),
            )
                .prop_map(|(mut items, bad, at)| {
                    let i = at.index(items.len() + 1);
                    items.insert(i, bad);
                    items
                })
                .boxed(),
        ),
        (2, proptest::collection::vec(wild, 1..=3).boxed()),
        (1, Just(Vec::new()).boxed()),
        (1, proptest::collection::vec(valid, too_many).boxed()),
    ])
}

/// A list of enum values: `valid` lists as given, wild lists with unknown values.
pub(super) fn enum_list<T>(
    valid: BoxedStrategy<Vec<&'static str>>,
    all: &'static [&'static str],
    too_many: usize,
) -> Sides<Vec<T>>
where
    T: for<'a> From<&'a str> + Debug + Clone + 'static,
{
    let item: Sides<T> = enumeration(all, all);
    (
        valid
            .prop_map(|v| v.into_iter().map(T::from).collect())
            .boxed(),
        wild_list(item, too_many),
    )
}

// ---------------------------------------------------------------------------------------------
// Values shared by several members

/// `n` characters of an ARN that matches `ArnType`: `prefix` padded with `x`, or a minimal ARN
/// when `n` is too short for `prefix`.
fn arn_of(prefix: &str, n: usize) -> String {
    if n > prefix.chars().count() {
        padded(prefix, 'x', n)
    } else {
        padded("arn:a:b::1:", 'c', n)
    }
}

/// An `ArnType` member whose typical values are `typical` and whose boundary values extend
/// `prefix`.
fn arn(typical: &'static [&'static str], pad: fn(usize) -> String) -> Text {
    text(pick(typical), 20, 2048, pad)
}

/// A Lambda function ARN.
pub(super) fn lambda_arn() -> Text {
    arn(
        &[
            "arn:aws:lambda:us-east-1:123456789012:function:my-trigger",
            "arn:aws:lambda:us-east-1:123456789012:function:my-trigger:prod",
            "arn:aws:lambda:us-east-1:123456789012:function:my_trigger:7",
            "arn:aws-cn:lambda:cn-north-1:123456789012:function:f",
        ],
        |n| arn_of("arn:aws:lambda:us-east-1:123456789012:function:f", n),
    )
}

/// An IAM role ARN (SMS, analytics).
pub(super) fn role_arn() -> Text {
    arn(
        &[
            "arn:aws:iam::123456789012:role/service-role/CognitoSms",
            "arn:aws:iam::123456789012:role/my.role@team+x=y,z",
        ],
        |n| arn_of("arn:aws:iam::123456789012:role/r", n),
    )
}

/// A KMS key ARN.
pub(super) fn kms_arn() -> Text {
    arn(
        &[
            "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab",
            "arn:aws:kms:us-east-1:123456789012:alias/my-key",
        ],
        |n| arn_of("arn:aws:kms:us-east-1:123456789012:key/k", n),
    )
}

/// An SES identity ARN.
pub(super) fn ses_arn() -> Text {
    arn(
        &[
            "arn:aws:ses:us-east-1:123456789012:identity/example.com",
            "arn:aws:ses:us-east-1:123456789012:identity/noreply@example.com",
        ],
        |n| arn_of("arn:aws:ses:us-east-1:123456789012:identity/e", n),
    )
}

/// An ACM certificate ARN in us-east-1 (SR-103).
pub(super) fn certificate_arn() -> Text {
    arn(
        &["arn:aws:acm:us-east-1:123456789012:certificate/12345678-1234-1234-1234-123456789012"],
        |n| arn_of("arn:aws:acm:us-east-1:123456789012:certificate/c", n),
    )
    .floor(49)
}

/// A Pinpoint application ARN.
pub(super) fn pinpoint_arn() -> Text {
    arn(
        &["arn:aws:mobiletargeting:us-east-1:123456789012:apps/0123456789abcdef0123456789abcdef"],
        |n| arn_of("arn:aws:mobiletargeting:us-east-1:123456789012:apps/a", n),
    )
}

/// A user pool id (`UserPoolIdType`: 1..55, `[\w-]+_[0-9a-zA-Z]+`).
pub(super) fn user_pool_id() -> Text {
    let typical = one_of(vec![
        (
            3,
            pick(&["us-east-1_AbC123xyZ", "eu-west-2_0aZ", "a_b", "x-_-_9"]),
        ),
        (
            2,
            (
                chars(&['a', 'z', '-', '0', '_', 'K'], 1..=12),
                chars(&['a', 'Z', '0', '9'], 1..=12),
            )
                .prop_map(|(region, id)| format!("{region}_{id}"))
                .boxed(),
        ),
    ]);
    text(typical, 1, 55, |n| {
        if n >= 3 {
            format!("{}_A", padded("us", 'u', n - 2))
        } else {
            padded("_", 'A', n)
        }
    })
    .floor(3)
}

/// An AWS region name (`RegionCodeType`, `RegionNameType`: 5..32 characters, no pattern).
pub(super) fn region() -> Text {
    text(
        pick(&["us-east-1", "eu-west-1", "ap-southeast-2", "us-gov-west-1"]),
        5,
        32,
        |n| padded("us-east-1", 'r', n),
    )
    .wide(|n| padded("", '中', n))
}

/// A `StringType` member (0..131072 characters, no pattern).
pub(super) fn any_text() -> Text {
    text(
        one_of(vec![
            (3, chars(PRINTABLE, 1..=24)),
            (1, pick(&["external-id-1", "12345", "Name <x@example.com>"])),
        ]),
        0,
        131_072,
        |n| padded("", 's', n),
    )
    .wide(|n| padded("", '😀', n))
}
