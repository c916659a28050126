//! The shared checking machinery: a collector of violations and the model's constraint kinds
//! (length, range, count, pattern, enum), written once. Rules themselves live beside the wizard
//! step that owns them (`steps/<page>/rules.rs`).

use std::sync::LazyLock;

use regex::Regex;

use super::report::{Operation, Rule, ValidationErrors, Violation};

/// Where in an input a violation sits, relative to its rule's template path. Concrete paths are
/// only formatted when something fails, so a clean input allocates nothing for them.
#[derive(Debug, Clone, Copy)]
pub(crate) enum At<'a> {
    /// Exactly the rule's path (no list index).
    Path,
    /// The rule's path with its first `[]` filled in with this index.
    Index(usize),
    /// Another concrete path (for a rule whose path is a parent, e.g. a whole structure).
    Other(&'a str),
}

impl At<'_> {
    fn render(self, rule: &Rule) -> String {
        match self {
            At::Path => rule.path.to_owned(),
            At::Index(i) => rule.path.replacen("[]", &format!("[{i}]"), 1),
            At::Other(p) => p.to_owned(),
        }
    }
}

/// Collects every violation of one validation run.
#[derive(Debug)]
pub(crate) struct Report {
    violations: Vec<Violation>,
    /// The operation whose request is being checked now; violations record it.
    operation: Operation,
    /// Whether one lone request is checked (an entry point), as opposed to a reviewed plan.
    lone: bool,
    /// Which of the plan's requests of its operation is being checked (`app client "web"`),
    /// when the plan has several; messages start with it.
    subject: Option<String>,
}

impl Report {
    /// A report on one request of `operation`, whose first line names it.
    pub(crate) fn request(operation: Operation) -> Self {
        Report {
            violations: Vec::new(),
            operation,
            lone: true,
            subject: None,
        }
    }

    /// A report on a reviewed plan, which checks several requests in turn, starting with
    /// `operation`'s (see [`Report::set_operation`]).
    pub(crate) fn plan(operation: Operation) -> Self {
        Report {
            violations: Vec::new(),
            operation,
            lone: false,
            subject: None,
        }
    }

    /// Moves on to another request of the plan.
    pub(crate) fn set_operation(&mut self, operation: Operation) {
        self.operation = operation;
    }

    /// Names the request of the plan checked from now on, among several of its operation
    /// (`app client "web"`); `None` when there is no need. Violations' messages start with it.
    pub(crate) fn set_subject(&mut self, subject: Option<String>) {
        self.subject = subject;
    }

    /// Records a violation of `rule` at `at`, in the request being checked. A rule that does
    /// not serve that operation (a plan-level rule of review) is recorded in its own.
    pub(crate) fn fail(&mut self, rule: &'static Rule, at: At<'_>, message: impl Into<String>) {
        let operation = if rule.serves(self.operation) {
            self.operation
        } else {
            rule.operations.first().copied().unwrap_or(self.operation)
        };
        let message = match &self.subject {
            None => message.into(),
            Some(subject) => format!("{subject}: {}", message.into()),
        };
        self.violations
            .push(Violation::new(rule, operation, at.render(rule), message));
    }

    /// `Ok` when nothing failed, else every violation, sorted.
    pub(crate) fn finish(self) -> Result<(), ValidationErrors> {
        let request = self.lone.then_some(self.operation);
        ValidationErrors::from_violations(self.violations, request).map_or(Ok(()), Err)
    }

    /// A string's length in characters (Unicode scalar values) is within `min..=max`.
    pub(crate) fn length(
        &mut self,
        rule: &'static Rule,
        at: At<'_>,
        value: &str,
        min: usize,
        max: usize,
    ) {
        if let Some(message) = length_problem(value, min, max) {
            self.fail(rule, at, message);
        }
    }

    /// A string member: its length, else its pattern, so one value gets one message.
    pub(crate) fn text(
        &mut self,
        rule: &'static Rule,
        at: At<'_>,
        value: &str,
        min: usize,
        max: usize,
        pattern: &Pattern,
    ) {
        if let Some(message) = length_or_pattern_problem(value, min, max, pattern) {
            self.fail(rule, at, message);
        }
    }

    /// A number is within `min..=max`.
    pub(crate) fn range(
        &mut self,
        rule: &'static Rule,
        at: At<'_>,
        value: i64,
        min: i64,
        max: i64,
    ) {
        if value < min || value > max {
            self.fail(rule, at, format!("must be {min} to {max}, got {value}"));
        }
    }

    /// A list or map has `min..=max` entries.
    pub(crate) fn count(
        &mut self,
        rule: &'static Rule,
        at: At<'_>,
        len: usize,
        min: usize,
        max: usize,
    ) {
        if len < min || len > max {
            let message = if min == 0 {
                format!("must have at most {max} entries, got {len}")
            } else {
                format!("must have {min} to {max} entries, got {len}")
            };
            self.fail(rule, at, message);
        }
    }

    /// The whole value matches the service's pattern.
    pub(crate) fn pattern(
        &mut self,
        rule: &'static Rule,
        at: At<'_>,
        value: &str,
        pattern: &Pattern,
    ) {
        if !pattern.matches(value) {
            self.fail(
                rule,
                at,
                format!("must match {}, got {}", pattern.source, quote(value)),
            );
        }
    }

    /// The same as [`Report::pattern`] but never echoes the value (for secrets).
    pub(crate) fn secret_pattern(
        &mut self,
        rule: &'static Rule,
        at: At<'_>,
        value: &str,
        pattern: &Pattern,
    ) {
        if !pattern.matches(value) {
            self.fail(
                rule,
                at,
                format!("must match {} (value not shown)", pattern.source),
            );
        }
    }

    /// The value is one of the service's enum values (from the service model, which may know
    /// values this SDK version parses as `Unknown`).
    pub(crate) fn one_of(
        &mut self,
        rule: &'static Rule,
        at: At<'_>,
        value: &str,
        allowed: &[&str],
    ) {
        if !allowed.contains(&value) {
            self.fail(
                rule,
                at,
                format!(
                    "must be one of {}, got {}",
                    allowed.join(" | "),
                    quote(value)
                ),
            );
        }
    }
}

/// A value for a message: quoted, escaped, and cut after 40 characters so a 20 000-character
/// template does not flood the report.
pub(crate) fn quote(value: &str) -> String {
    const SHOWN: usize = 40;
    match value.char_indices().nth(SHOWN) {
        None => format!("{value:?}"),
        Some((cut, _)) => format!(
            "{:?}… ({} characters)",
            &value[..cut],
            value.chars().count()
        ),
    }
}

/// What is wrong with a value's length in characters, or `None` when it is within `min..=max`.
/// For a rule that needs its own message around it (a map key, a second path).
pub(crate) fn length_problem(value: &str, min: usize, max: usize) -> Option<String> {
    // A character is 1 to 4 bytes, so the byte length alone decides when it is at most `max`
    // and at least 4 x `min`; only otherwise are characters counted.
    if value.len() <= max && value.len() >= min.saturating_mul(4) {
        return None;
    }
    let chars = value.chars().count();
    if chars >= min && chars <= max {
        None
    } else if chars < min && max >= 131_072 {
        // The model's "unbounded" strings: the maximum is not worth repeating.
        Some(format!("must be at least {min} characters, got {chars}"))
    } else if min == 0 {
        Some(format!("must be at most {max} characters, got {chars}"))
    } else {
        Some(format!("must be {min} to {max} characters, got {chars}"))
    }
}

/// The length problem, else the pattern problem: one message per value, never two.
pub(crate) fn length_or_pattern_problem(
    value: &str,
    min: usize,
    max: usize,
    pattern: &Pattern,
) -> Option<String> {
    length_problem(value, min, max).or_else(|| {
        (!pattern.matches(value))
            .then(|| format!("must match {}, got {}", pattern.source, quote(value)))
    })
}

/// Calls `found(first, again)` for every item whose key equals an earlier item's, `first` being
/// the earliest item with that key; items without a key are skipped. Quadratic without
/// allocating for short lists (every list Cognito accepts), hashed for long ones.
pub(crate) fn duplicates<'a, T, K: Eq + std::hash::Hash>(
    items: &'a [T],
    key: impl Fn(&'a T) -> Option<K>,
    mut found: impl FnMut(usize, usize),
) {
    const SHORT: usize = 64;
    if items.len() <= SHORT {
        for (again, item) in items.iter().enumerate() {
            let Some(k) = key(item) else { continue };
            if let Some(first) = items
                .iter()
                .take(again)
                .position(|earlier| key(earlier).as_ref() == Some(&k))
            {
                found(first, again);
            }
        }
    } else {
        let mut seen = std::collections::HashMap::with_capacity(items.len());
        for (again, item) in items.iter().enumerate() {
            let Some(k) = key(item) else { continue };
            match seen.entry(k) {
                std::collections::hash_map::Entry::Occupied(first) => found(*first.get(), again),
                std::collections::hash_map::Entry::Vacant(slot) => {
                    slot.insert(again);
                }
            }
        }
    }
}

/// A service-model pattern, compiled once, matched against the whole value.
pub(crate) struct Pattern {
    /// The pattern as the service model spells it (shown in messages).
    pub(crate) source: &'static str,
    regex: LazyLock<Regex>,
}

impl Pattern {
    /// `rust` is the model's pattern in `regex` syntax (anchored; `\w` and `\s` ASCII, as in
    /// the service's Java regex flavour); `source` is the model's own spelling.
    pub(crate) const fn new(source: &'static str, compile: fn() -> Regex) -> Self {
        Pattern {
            source,
            regex: LazyLock::new(compile),
        }
    }

    /// Whether the whole value matches.
    pub(crate) fn matches(&self, value: &str) -> bool {
        self.regex.is_match(value)
    }
}

impl std::fmt::Debug for Pattern {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.source)
    }
}

/// Declares a [`Pattern`] from the model's source and its `regex` translation. Patterns are
/// hand-translated (not generated) because Java's `\w`, `\s` and `.` differ from `regex`'s.
macro_rules! pattern {
    ($(#[$meta:meta])* $name:ident = $source:literal => $rust:literal) => {
        $(#[$meta])*
        pub(crate) static $name: $crate::validate::check::Pattern =
            $crate::validate::check::Pattern::new($source, || {
                regex::Regex::new(concat!("^(?:", $rust, ")$")).expect("pattern compiles")
            });
    };
}
pub(crate) use pattern;

// The service model's patterns shared by several members. Java's `\w` is `[0-9A-Za-z_]` and
// its `\s` is `[ \t\n\x0B\f\r]`; `regex`'s are Unicode, so they are spelled out.

pattern!(
    /// `ArnType`: every ARN member (Lambda triggers, SES identity, KMS key, ACM certificate, ...).
    ARN = r"arn:[\w+=/,.@-]+:[\w+=/,.@-]+:([\w+=/,.@-]*)?:[0-9]+:[\w+=/,.@-]+(:[\w+=/,.@-]+)?(:[\w+=/,.@-]+)?"
        => r"arn:[0-9A-Za-z_+=/,.@-]+:[0-9A-Za-z_+=/,.@-]+:(?:[0-9A-Za-z_+=/,.@-]*)?:[0-9]+:[0-9A-Za-z_+=/,.@-]+(?::[0-9A-Za-z_+=/,.@-]+)?(?::[0-9A-Za-z_+=/,.@-]+)?"
);

pattern!(
    /// `UserPoolIdType`, e.g. `us-east-1_AbC123xyZ`.
    USER_POOL_ID = r"[\w-]+_[0-9a-zA-Z]+" => r"[0-9A-Za-z_-]+_[0-9a-zA-Z]+"
);

pattern!(
    /// `UserPoolNameType` and `ClientNameType`.
    NAME = r"[\w\s+=,.@-]+" => r"[0-9A-Za-z_\t\n\x0B\x0C\r +=,.@-]+"
);

pattern!(
    /// Letters, marks, symbols, numbers and punctuation, no spaces: attribute names, redirect
    /// URLs.
    PRINTABLE = r"[\p{L}\p{M}\p{S}\p{N}\p{P}]+" => r"[\p{L}\p{M}\p{S}\p{N}\p{P}]+"
);

pattern!(
    /// E-mail subjects: printable characters and ASCII white space.
    SUBJECT = r"[\p{L}\p{M}\p{S}\p{N}\p{P}\s]+" => r"[\p{L}\p{M}\p{S}\p{N}\p{P}\t\n\x0B\x0C\r ]+"
);

pattern!(
    /// OAuth scopes and ACR values: printable ASCII without `"` and `\`.
    SCOPE = r"[\x21\x23-\x5B\x5D-\x7E]+" => r"[\x21\x23-\x5B\x5D-\x7E]+"
);

/// Java's `.` (no line terminators), for the SMS message patterns: `[^\n\r\u0085\u2028\u2029]`.
pub(crate) const JAVA_DOT: &str = r"[^\n\r\x{85}\x{2028}\x{2029}]";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_class_is_ascii_like_the_service() {
        assert!(NAME.matches("my pool_1+=,.@-"));
        assert!(!NAME.matches("café"));
        assert!(!NAME.matches(""));
        assert!(
            !NAME.matches("a\u{a0}b"),
            "no-break space is not Java's \\s"
        );
    }

    #[test]
    fn patterns_match_the_whole_value() {
        assert!(USER_POOL_ID.matches("us-east-1_AbC123xyZ"));
        assert!(!USER_POOL_ID.matches("us-east-1_AbC123xyZ!"));
        assert!(!USER_POOL_ID.matches("!us-east-1_AbC"));
    }

    #[test]
    fn arn_pattern() {
        assert!(ARN.matches("arn:aws:lambda:us-east-1:123456789012:function:my-fn"));
        assert!(ARN.matches("arn:aws:lambda:us-east-1:123456789012:function:my-fn:prod"));
        assert!(ARN.matches("arn:aws:ses:us-east-1:123456789012:identity/example.com"));
        assert!(!ARN.matches("arn:aws:lambda:us-east-1:acct:function:my-fn"));
        assert!(!ARN.matches("not-an-arn"));
    }

    #[test]
    fn duplicates_short_and_long_lists_agree() {
        let find = |items: &[u32]| {
            let mut found = Vec::new();
            duplicates(
                items,
                |i| (*i != 0).then_some(*i),
                |a, b| found.push((a, b)),
            );
            found
        };
        assert_eq!(find(&[1, 2, 1, 0, 0, 1]), [(0, 2), (0, 5)], "0 has no key");
        let mut long: Vec<u32> = (1..=100).collect();
        long.extend([7, 0, 0, 100]);
        assert_eq!(find(&long), [(6, 100), (99, 103)]);
    }

    #[test]
    fn quote_cuts_long_values() {
        assert_eq!(quote("abc"), "\"abc\"");
        let long = "x".repeat(100);
        assert!(quote(&long).ends_with("(100 characters)"));
    }

    #[test]
    fn length_counts_characters_not_bytes() {
        static RULE: Rule = Rule::new(
            "test",
            super::super::Step::App,
            &[Operation::CreateUserPool],
            "PoolName",
            "User pool name",
        );
        let mut report = Report::request(Operation::CreateUserPool);
        report.length(&RULE, At::Path, "ééé", 1, 3);
        assert!(report.finish().is_ok());
        let mut report = Report::request(Operation::CreateUserPool);
        report.length(&RULE, At::Path, "éééé", 1, 3);
        let errors = report.finish().unwrap_err();
        assert_eq!(
            errors.violations()[0].message(),
            "must be 1 to 3 characters, got 4"
        );
    }

    #[test]
    fn multibyte_characters_do_not_pass_a_minimum_by_their_bytes() {
        // "éééé" is 8 bytes but 4 characters: below a minimum of 5 (SnsRegion, 5..32).
        assert_eq!(
            length_problem("éééé", 5, 32).as_deref(),
            Some("must be 5 to 32 characters, got 4")
        );
        assert_eq!(length_problem("ééééé", 5, 32), None);
        assert!(length_problem("😀😀😀😀", 5, 32).is_some());
    }
}
