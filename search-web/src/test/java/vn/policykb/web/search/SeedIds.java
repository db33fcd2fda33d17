package vn.policykb.web.search;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.policykb.ingest.document.DocumentIds;

/** Maps the ids of the bundled seed articles back to their numbers, for readable assertions. */
final class SeedIds {

  private static final Map<String, String> SEED_BY_ID = Stream.of(
          "000_65d2c3e8a35fedad.txt", "001_c7cf594f95abbb87.txt", "002_a41c585fe1544324.txt",
          "003_03df2e5d8c9c186e.txt", "004_35416cf768a9a832.txt")
      .collect(Collectors.toMap(DocumentIds::fromKey, name -> name.substring(0, 3), (a, b) -> a));

  private SeedIds() {}

  static String seedOf(String id) {
    return SEED_BY_ID.getOrDefault(id, "other:" + id);
  }

}
