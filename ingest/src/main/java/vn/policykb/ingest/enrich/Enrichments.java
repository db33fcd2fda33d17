package vn.policykb.ingest.enrich;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What the enrichment steps found in one document, each finding under its step's key. Immutable:
 * a step returns a copy with its findings added, so that a document can be handed between threads
 * without locks.
 */
public final class Enrichments {

  public static final Enrichments NONE = new Enrichments(Map.of());

  /**
   * The name of a finding and what stands for its absence, so that a reader of a finding that no
   * step made gets an empty value, not null.
   */
  public record Key<T>(String name, T absent) {
    public Key {
      Objects.requireNonNull(name, "name");
    }
  }

  private final Map<Key<?>, Object> values;

  private Enrichments(Map<Key<?>, Object> values) {
    this.values = values;
  }

  /** The finding, or the key's absent value when no step made it. */
  @SuppressWarnings("unchecked")
  public <T> T get(Key<T> key) {
    Object value = values.get(key);
    return value == null ? key.absent() : (T) value;
  }

  public boolean has(Key<?> key) {
    return values.containsKey(key);
  }

  /** A copy with this finding added, or replaced. */
  public <T> Enrichments with(Key<T> key, T value) {
    Map<Key<?>, Object> copy = new HashMap<>(values);
    copy.put(key, Objects.requireNonNull(value, key.name()));
    return new Enrichments(Map.copyOf(copy));
  }

  @Override
  public String toString() {
    return values.keySet().stream().map(Key::name).sorted().toList().toString();
  }
}
