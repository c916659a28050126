//! Prints every validation rule the crate checks: `cargo run --example catalog`.
//!
//! One line per rule: step, operation, wire path, console label, rule code, and the semantic
//! rule it implements where it is not a plain model constraint.

use cognito_wizard::validate::catalog;

fn main() {
    println!(
        "{:<10} {:<22} {:<58} {:<48} {:<44} semantic rule",
        "step", "operation", "wire path", "console label", "code"
    );
    for rule in catalog() {
        println!(
            "{:<10} {:<22} {:<58} {:<48} {:<44} {}",
            rule.step.to_string(),
            rule.operation.name(),
            rule.path,
            rule.label,
            rule.code,
            rule.semantic_rule.unwrap_or("-")
        );
    }
    println!("\n{} rules", catalog().len());
}
