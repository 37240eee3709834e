//! The ids of the content items the code names (articles, factors, flags, options), as
//! constants generated from `content/en` by `build.rs`: `ids::option::NALTREXONE_SHOT`. An id
//! is the same in every language. Renaming or removing an item in the content fails the build
//! wherever the code names it, instead of silently dropping a link.

include!(concat!(env!("OUT_DIR"), "/ids.rs"));
