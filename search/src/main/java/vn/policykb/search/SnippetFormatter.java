package vn.policykb.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats highlighted passages as HTML: the text escaped (only what HTML needs), matches in
 * {@code <mark>}, white space folded to single spaces, passages joined by an ellipsis.
 */
public final class SnippetFormatter extends PassageFormatter {

  private static final String ELLIPSIS = " … ";

  @Override
  public String format(Passage[] passages, String content) {
    StringBuilder out = new StringBuilder();
    int previousEnd = 0;
    for (Passage passage : passages) {
      if (!out.isEmpty() || passage.getStartOffset() > 0) {
        stripTrailingSpace(out);
        out.append(out.isEmpty() ? "… " : ELLIPSIS);
      }
      int pos = passage.getStartOffset();
      for (int i = 0; i < passage.getNumMatches(); i++) {
        int start = passage.getMatchStarts()[i];
        int end = passage.getMatchEnds()[i];
        if (start < pos) {
          // overlapping match (the exact and the folded field matched the same word)
          if (end > pos) {
            append(out, content, pos, end, true);
            pos = end;
          }
          continue;
        }
        append(out, content, pos, start, false);
        append(out, content, start, end, true);
        pos = end;
      }
      append(out, content, pos, passage.getEndOffset(), false);
      previousEnd = passage.getEndOffset();
    }
    if (previousEnd < content.length() && !out.isEmpty()) {
      stripTrailingSpace(out);
      out.append(" …");
    }
    return out.toString().strip().replace("</mark> <mark>", " ");
  }

  /** A passage ends after the space that follows its last sentence: one space before an ellipsis. */
  private static void stripTrailingSpace(StringBuilder out) {
    while (!out.isEmpty() && out.charAt(out.length() - 1) == ' ') {
      out.setLength(out.length() - 1);
    }
  }

  private static void append(StringBuilder out, String content, int start, int end, boolean mark) {
    if (start >= end) {
      return;
    }
    if (mark) {
      // merge with a mark that ended right here
      if (out.length() >= 7 && out.lastIndexOf("</mark>") == out.length() - 7) {
        out.setLength(out.length() - 7);
      } else {
        out.append("<mark>");
      }
    }
    boolean space = !out.isEmpty() && out.charAt(out.length() - 1) == ' ';
    for (int i = start; i < end; i++) {
      char c = content.charAt(i);
      if (Character.isWhitespace(c)) {
        if (!space) {
          out.append(' ');
          space = true;
        }
        continue;
      }
      space = false;
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    if (mark) {
      out.append("</mark>");
    }
  }
}
