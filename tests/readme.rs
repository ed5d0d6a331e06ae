//! The README's examples, run against the real binary with a clean environment.

#[test]
fn readme_examples() {
    trycmd::TestCases::new()
        .env("STACKPICK_CATALOG", "")
        .env("XDG_CONFIG_HOME", "/nonexistent/stackpick-test-config")
        .env("HOME", "/nonexistent/stackpick-test-home")
        .env("CLICOLOR_FORCE", "0")
        .env("COLUMNS", "100")
        .case("README.md");
}
