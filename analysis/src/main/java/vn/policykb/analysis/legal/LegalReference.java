package vn.policykb.analysis.legal;

import java.util.List;

/**
 * A mention of a legal document in a text.
 *
 * @param keys the canonical keys it is found by: for a full number and symbol, the symbol
 *     ({@code 57-nq/tw}, {@code 1131/qd-ttg}) and the kind with the number ({@code nq:57},
 *     {@code qd:1131}); for a bare mention ({@code Nghị quyết số 57}), the kind with the number
 * @param start offset of the mention's first character
 * @param end offset after its last character
 */
public record LegalReference(List<String> keys, int start, int end) {

  public LegalReference {
    keys = List.copyOf(keys);
  }
}
