//! An independent oracle: checks a wire request (the JSON the SDK sends) against the service
//! model in `tests/fixtures/constraints.json`, generically, by walking the request shape. It
//! shares no code with the validators: its patterns are translated from the model here.

use std::collections::{BTreeSet, HashMap};
use std::fmt::Write as _;

use regex::Regex;
use serde_json::{Map, Value};

/// Members of the model that Rust SDK 1.144 cannot send (see the fixture's README): they never
/// appear on the wire, so coverage does not expect them.
const NOT_IN_SDK: &[&str] = &["DcrConfiguration", "PublishSecretsInAWSSecretsManager"];

/// One constraint of the model that a wire request breaks.
#[derive(Debug, Clone)]
pub(super) struct Finding {
    /// The concrete wire path, e.g. `Schema[3].Name` or `UserPoolTags{"k"}`.
    pub(super) path: String,
    /// The wire path with indices and keys left out, e.g. `Schema[].Name`.
    pub(super) template: String,
    /// The constraint, e.g. `length 1..=128 (UserPoolNameType)`.
    pub(super) constraint: String,
    /// The offending value, quoted and shortened.
    pub(super) value: String,
}

impl std::fmt::Display for Finding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}: {} violated by {}",
            self.path, self.constraint, self.value
        )
    }
}

/// The model's input shapes with every pattern compiled.
pub(super) struct Model {
    shapes: Map<String, Value>,
    operations: Map<String, Value>,
    patterns: HashMap<String, Regex>,
}

/// What a walk collects.
#[derive(Default)]
struct Walk {
    findings: Vec<Finding>,
    seen: BTreeSet<String>,
    /// A wire path whose pattern does not apply to this request.
    pattern_exempt: Option<&'static str>,
}

impl Model {
    pub(super) fn load() -> Self {
        let json: Value = serde_json::from_str(include_str!("../../fixtures/constraints.json"))
            .expect("valid JSON");
        let shapes = json["input_shapes"]
            .as_object()
            .expect("input_shapes")
            .clone();
        let operations = json["operations"].as_object().expect("operations").clone();
        let mut patterns = HashMap::new();
        for (name, shape) in &shapes {
            if let Some(pattern) = shape["pattern"].as_str() {
                let translated = java_to_rust(pattern);
                let regex = Regex::new(&translated)
                    .unwrap_or_else(|e| panic!("{name}: {pattern} -> {translated}: {e}"));
                patterns.insert(name.clone(), regex);
            }
        }
        Model {
            shapes,
            operations,
            patterns,
        }
    }

    fn request_shape(&self, operation: &str) -> &str {
        self.operations[operation]["input"]
            .as_str()
            .expect("operation input")
    }

    /// Every constraint of `operation`'s request shape that `wire` breaks, and the member paths
    /// (templates) it contains.
    pub(super) fn check(&self, operation: &str, wire: &Value) -> (Vec<Finding>, BTreeSet<String>) {
        let mut walk = Walk {
            pattern_exempt: pattern_exempt(operation, wire),
            ..Walk::default()
        };
        self.walk(self.request_shape(operation), wire, "", "", &mut walk);
        (walk.findings, walk.seen)
    }

    /// Every member path (template) of `operation`'s request that the SDK can send.
    pub(super) fn member_paths(&self, operation: &str) -> BTreeSet<String> {
        let mut out = BTreeSet::new();
        self.paths(self.request_shape(operation), "", 0, &mut out);
        out
    }

    fn paths(&self, shape: &str, path: &str, depth: usize, out: &mut BTreeSet<String>) {
        assert!(depth < 16, "recursive shape at {path}");
        let def = &self.shapes[shape];
        match def["type"].as_str() {
            Some("structure") => {
                for (member, target) in def["members"].as_object().expect("members") {
                    if NOT_IN_SDK.contains(&member.as_str()) {
                        continue;
                    }
                    let child = join(path, member);
                    out.insert(child.clone());
                    self.paths(target.as_str().expect("target"), &child, depth + 1, out);
                }
            }
            Some("list") => {
                let child = format!("{path}[]");
                out.insert(child.clone());
                self.paths(
                    def["member"].as_str().expect("member"),
                    &child,
                    depth + 1,
                    out,
                );
            }
            Some("map") => {
                out.insert(format!("{path}{{key}}"));
                let child = format!("{path}{{value}}");
                out.insert(child.clone());
                self.paths(
                    def["value"].as_str().expect("value"),
                    &child,
                    depth + 1,
                    out,
                );
            }
            _ => {}
        }
    }

    #[expect(clippy::too_many_lines, reason = "one match arm per model type")]
    fn walk(&self, shape: &str, value: &Value, path: &str, template: &str, walk: &mut Walk) {
        let def = &self.shapes[shape];
        let fail = |walk: &mut Walk, constraint: String, shown: String| {
            walk.findings.push(Finding {
                path: path.to_owned(),
                template: template.to_owned(),
                constraint: format!("{constraint} ({shape})"),
                value: shown,
            });
        };
        let bounds = |unit: &str| -> Option<String> {
            let min = def["min"].as_i64();
            let max = def["max"].as_i64();
            match (min, max) {
                (None, None) => None,
                (min, max) => Some(format!(
                    "{unit} {}..={}",
                    min.unwrap_or(0),
                    max.map_or_else(|| "∞".to_owned(), |m| m.to_string())
                )),
            }
        };
        let within = |n: i64| {
            def["min"].as_i64().is_none_or(|min| n >= min)
                && def["max"].as_i64().is_none_or(|max| n <= max)
        };
        match def["type"].as_str().expect("type") {
            "structure" => {
                let Some(object) = value.as_object() else {
                    return fail(walk, "a structure".into(), short(value));
                };
                let members = def["members"].as_object().expect("members");
                for required in def["required"].as_array().into_iter().flatten() {
                    let required = required.as_str().expect("name");
                    if !object.contains_key(required) {
                        walk.findings.push(Finding {
                            path: join(path, required),
                            template: join(template, required),
                            constraint: format!("required member of {shape}"),
                            value: "nothing".into(),
                        });
                    }
                }
                for (member, child) in object {
                    let child_path = join(path, member);
                    let child_template = join(template, member);
                    let Some(target) = members.get(member) else {
                        walk.findings.push(Finding {
                            path: child_path,
                            template: child_template,
                            constraint: format!("a member of {shape} in the model"),
                            value: short(child),
                        });
                        continue;
                    };
                    walk.seen.insert(child_template.clone());
                    // A wire `null` would be an SDK bug; the type checks below report it.
                    self.walk(
                        target.as_str().expect("target"),
                        child,
                        &child_path,
                        &child_template,
                        walk,
                    );
                }
            }
            "list" => {
                let Some(items) = value.as_array() else {
                    return fail(walk, "a list".into(), short(value));
                };
                if !within(i64::try_from(items.len()).expect("small")) {
                    let constraint = bounds("item count").expect("bounded");
                    fail(walk, constraint, format!("{} items", items.len()));
                }
                let member = def["member"].as_str().expect("member");
                let child_template = format!("{template}[]");
                if !items.is_empty() {
                    walk.seen.insert(child_template.clone());
                }
                for (i, item) in items.iter().enumerate() {
                    let child_path = format!("{path}[{i}]");
                    self.walk(member, item, &child_path, &child_template, walk);
                }
            }
            "map" => {
                let Some(entries) = value.as_object() else {
                    return fail(walk, "a map".into(), short(value));
                };
                if !within(i64::try_from(entries.len()).expect("small")) {
                    let constraint = bounds("entry count").expect("bounded");
                    fail(walk, constraint, format!("{} entries", entries.len()));
                }
                let key_shape = def["key"].as_str().expect("key");
                let value_shape = def["value"].as_str().expect("value");
                let key_template = format!("{template}{{key}}");
                let value_template = format!("{template}{{value}}");
                if !entries.is_empty() {
                    walk.seen.insert(key_template.clone());
                    walk.seen.insert(value_template.clone());
                }
                for (key, entry) in entries {
                    let child_path = format!("{path}{{{key:?}}}");
                    let key_value = Value::String(key.clone());
                    self.walk(key_shape, &key_value, &child_path, &key_template, walk);
                    self.walk(value_shape, entry, &child_path, &value_template, walk);
                }
            }
            "string" => {
                let Some(text) = value.as_str() else {
                    return fail(walk, "a string".into(), short(value));
                };
                let chars = i64::try_from(text.chars().count()).expect("small");
                if !within(chars) {
                    let constraint = bounds("length").expect("bounded");
                    fail(
                        walk,
                        constraint,
                        format!("{} ({chars} characters)", short(value)),
                    );
                }
                if let Some(regex) = self.patterns.get(shape)
                    && walk.pattern_exempt != Some(path)
                    && !regex.is_match(text)
                {
                    let pattern = def["pattern"].as_str().expect("pattern");
                    fail(walk, format!("pattern {pattern}"), short(value));
                }
                if let Some(allowed) = def["enum"].as_array()
                    && !allowed.iter().any(|a| a.as_str() == Some(text))
                {
                    let list: Vec<&str> = allowed.iter().filter_map(Value::as_str).collect();
                    fail(walk, format!("enum {}", list.join("|")), short(value));
                }
            }
            "integer" | "long" => match value.as_i64() {
                Some(n) if within(n) => {}
                Some(n) => fail(walk, bounds("integer").expect("bounded"), n.to_string()),
                None => fail(walk, "an integer".into(), short(value)),
            },
            "boolean" => {
                if !value.is_boolean() {
                    fail(walk, "a boolean".into(), short(value));
                }
            }
            other => fail(
                walk,
                format!("a type the oracle knows, not {other}"),
                short(value),
            ),
        }
    }
}

/// The one documented exception to the model: `CreateUserPoolDomain.Domain`'s pattern only
/// describes prefix domains. With a `CustomDomainConfig` the service takes a fully qualified
/// name (`auth.example.com`, semantic rule SR-102), so the pattern is not applied; the length
/// bounds still are.
///
/// No other exception is needed: the members Rust SDK 1.144 always sends with a default
/// (`PasswordPolicy.TemporaryPasswordValidityDays` and
/// `AdminCreateUserConfig.UnusedAccountValidityDays` as 0, `SmsConfiguration.SnsCallerArn` as
/// "", booleans as false) are within the model (0..365, `OptionalArnType` with min 0 and an
/// optional pattern), so the oracle checks them like any other member.
fn pattern_exempt(operation: &str, wire: &Value) -> Option<&'static str> {
    (operation == "CreateUserPoolDomain" && wire.get("CustomDomainConfig").is_some())
        .then_some("Domain")
}

/// Java regex (the service's flavour) to `regex` syntax, anchored on the whole value: `\w` is
/// ASCII `[0-9A-Za-z_]`, `\s` is `[ \t\n\x0B\f\r]`, and `.` excludes Java's line terminators
/// unless the pattern turns on `(?s)`.
pub(super) fn java_to_rust(pattern: &str) -> String {
    const WORD: &str = "0-9A-Za-z_";
    const SPACE: &str = r"\t\n\x0B\x0C\r ";
    const DOT: &str = r"[^\n\r\x{85}\x{2028}\x{2029}]";
    let dot_all = pattern.starts_with("(?s)");
    let mut out = String::new();
    let mut in_class = false;
    let mut chars = pattern.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next().expect("escape at end of pattern") {
                'w' if in_class => out.push_str(WORD),
                'w' => write!(out, "[{WORD}]").expect("string"),
                's' if in_class => out.push_str(SPACE),
                's' => write!(out, "[{SPACE}]").expect("string"),
                'W' | 'S' | 'd' | 'D' | 'b' | 'B' => panic!("untranslated escape in {pattern}"),
                escaped => {
                    out.push('\\');
                    out.push(escaped);
                }
            },
            '[' if in_class => panic!("nested class in {pattern}"),
            '[' => {
                in_class = true;
                out.push(c);
            }
            ']' if in_class => {
                in_class = false;
                out.push(c);
            }
            '.' if !in_class && !dot_all => out.push_str(DOT),
            _ => out.push(c),
        }
    }
    format!("^(?:{out})$")
}

fn join(path: &str, member: &str) -> String {
    if path.is_empty() {
        member.to_owned()
    } else {
        format!("{path}.{member}")
    }
}

/// A value for a report: JSON, cut after 60 characters.
pub(super) fn short(value: &Value) -> String {
    let text = value.to_string();
    match text.char_indices().nth(60) {
        None => text,
        Some((cut, _)) => format!("{}… ({} characters)", &text[..cut], text.chars().count()),
    }
}
