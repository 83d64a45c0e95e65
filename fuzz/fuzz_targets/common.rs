//! What several fuzz targets share: one entity tagger, loaded once per process.

use std::sync::OnceLock;

use slant::entities::EntityTagger;

/// The default tagger (embedded gazetteer and model).
pub fn tagger() -> &'static EntityTagger {
    static T: OnceLock<EntityTagger> = OnceLock::new();
    T.get_or_init(EntityTagger::default)
}
