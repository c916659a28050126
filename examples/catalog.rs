//! Prints every validation rule the crate checks: `cargo run --example catalog`.
//!
//! One line per rule: step, operations, wire path, console label, rule code, and the semantic
//! rule it implements where it is not a plain model constraint. A rule that serves several
//! operations (a create and its update) is listed once, with its operations joined by `+`.

use cognito_wizard::validate::catalog;

fn main() {
    println!(
        "{:<10} {:<44} {:<66} {:<48} {:<44} semantic rule",
        "step", "operations", "wire path", "console label", "code"
    );
    for rule in catalog() {
        let operations: Vec<&str> = rule.operations.iter().map(|o| o.name()).collect();
        println!(
            "{:<10} {:<44} {:<66} {:<48} {:<44} {}",
            rule.step.to_string(),
            operations.join("+"),
            rule.path,
            rule.label,
            rule.code,
            rule.semantic_rule.unwrap_or("-")
        );
    }
    let pairs: usize = catalog().iter().map(|r| r.operations.len()).sum();
    println!(
        "\n{} rules, serving {pairs} (rule, operation) pairs",
        catalog().len()
    );
}
