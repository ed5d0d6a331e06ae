//! Snapshot tests of whole outputs at fixed widths (`tests/cmd/*.toml`); after an
//! intended change, regenerate them with `TRYCMD=overwrite cargo test --test snapshots`.

#[test]
fn cli_snapshots() {
    trycmd::TestCases::new().case("tests/cmd/*.toml");
}
