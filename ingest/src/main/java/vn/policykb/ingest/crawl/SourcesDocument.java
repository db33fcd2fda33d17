package vn.policykb.ingest.crawl;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** A sources file as written: what its YAML binds to. */
record SourcesDocument(
    @NotEmpty(message = "must be a non-empty list")
    List<@NotNull(message = SourcesDocument.NOT_A_SOURCE) @Valid SourceEntry> sources,
    @Valid SettingsEntry settings) {

  static final String NOT_A_SOURCE = "expected a mapping with 'name' and 'feeds', 'sitemaps' or 'start'";
}
