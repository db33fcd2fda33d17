package vn.policykb.web.index;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code kb.*}.
 *
 * @param dataDir where the index lives ({@code DIR/index}); created when missing
 * @param bundledCorpus whether a start on an empty index ingests the corpus bundled in the jar
 */
@ConfigurationProperties("kb")
public record KbProperties(@DefaultValue("data") Path dataDir, @DefaultValue("true") boolean bundledCorpus) {}
