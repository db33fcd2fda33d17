package vn.policykb.kb;

import java.util.ArrayList;
import java.util.List;

/**
 * An organisation or a country of {@code bodies.yaml}: {@code kind} is {@code "country"} for a
 * country ({@link #isCountry()}), else the sort of body ({@code ministry}, {@code party}…);
 * {@code parent} is the id of the body it belongs to, or null.
 */
public record Body(
    String id, String kind, Bilingual name, Aliases aliases, String parent, Citation citation)
    implements Entity {

  public static final String COUNTRY = "country";

  public boolean isCountry() {
    return COUNTRY.equals(kind);
  }

  @Override
  public String displayName() {
    return name.en();
  }

  @Override
  public List<String> names() {
    List<String> names = new ArrayList<>();
    names.add(name.en());
    if (name.vi() != null) {
      names.add(name.vi());
    }
    names.addAll(aliases.all());
    return List.copyOf(names);
  }
}
