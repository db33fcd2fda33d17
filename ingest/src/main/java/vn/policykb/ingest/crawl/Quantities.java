package vn.policykb.ingest.crawl;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations and sizes as the sources file writes them: {@code 200ms}, {@code 2s}, {@code 1.5s},
 * {@code 1m} (a bare number is milliseconds); {@code 500KB}, {@code 20MB} (a bare number is bytes).
 * The patterns are the constraints of the values; a value is read only once it has met them.
 */
final class Quantities {

  static final String DURATION = "(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|min|h)?";
  static final String NOT_A_DURATION = "is not a duration (write 200ms, 2s, 1m)";
  /** Matched ignoring case: {@code 20mb} is {@code 20MB}. */
  static final String SIZE = "(\\d+)\\s*(B|KB|MB|GB)?";
  static final String NOT_A_SIZE = "is not a size (write 500KB, 20MB)";

  private static final Pattern DURATION_PATTERN = Pattern.compile(DURATION);
  private static final Pattern SIZE_PATTERN = Pattern.compile(SIZE, Pattern.CASE_INSENSITIVE);

  private Quantities() {}

  /** A duration matching {@link #DURATION}, or {@code fallback} when none is written. */
  static Duration duration(String written, Duration fallback) {
    if (written == null) {
      return fallback;
    }
    Matcher m = matching(DURATION_PATTERN, written);
    double value = Double.parseDouble(m.group(1));
    double millis = switch (m.group(2) == null ? "ms" : m.group(2)) {
      case "ms" -> value;
      case "s" -> value * 1_000;
      case "m", "min" -> value * 60_000;
      default -> value * 3_600_000;
    };
    return Duration.ofMillis(Math.round(millis));
  }

  /** A size in bytes matching {@link #SIZE}, or {@code fallback} when none is written. */
  static long bytes(String written, long fallback) {
    if (written == null) {
      return fallback;
    }
    Matcher m = matching(SIZE_PATTERN, written);
    long value = Long.parseLong(m.group(1));
    return switch (m.group(2) == null ? "B" : m.group(2).toUpperCase(Locale.ROOT)) {
      case "KB" -> value * 1024;
      case "MB" -> value * 1024 * 1024;
      case "GB" -> value * 1024 * 1024 * 1024;
      default -> value;
    };
  }

  private static Matcher matching(Pattern pattern, String written) {
    Matcher m = pattern.matcher(written);
    if (!m.matches()) {
      throw new IllegalArgumentException("'" + written + "' was not validated");
    }
    return m;
  }
}
