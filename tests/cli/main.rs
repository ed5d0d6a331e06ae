//! Integration tests against the real binary.

mod util;

mod advice;
mod catalog_contract;
mod catalog_layers;
mod catalog_validation;
mod compare;
mod hardening;
mod output;
mod recommend;
mod schemas;
mod shell;
mod show_list;
mod wizard;
