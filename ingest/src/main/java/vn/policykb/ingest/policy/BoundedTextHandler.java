package vn.policykb.ingest.policy;

import java.util.Locale;
import java.util.Set;
import org.apache.tika.exception.WriteLimitReachedException;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects the text of Tika's XHTML events up to a number of characters, and the first heading.
 * Every event also checks the deadline and the thread's interrupt flag: a parser that keeps
 * producing output past its time is stopped at its next event instead of running on unseen.
 */
final class BoundedTextHandler extends DefaultHandler {

  private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
  private static final int MAX_HEADING_LENGTH = 300;

  private final StringBuilder text = new StringBuilder();
  private final int maxChars;
  private final long deadlineNanos;
  private boolean truncated;
  private boolean timedOut;

  private StringBuilder heading;
  private String firstHeading;

  BoundedTextHandler(int maxChars, long deadlineNanos) {
    this.maxChars = maxChars;
    this.deadlineNanos = deadlineNanos;
  }

  String text() {
    return text.toString();
  }

  boolean truncated() {
    return truncated;
  }

  boolean timedOut() {
    return timedOut;
  }

  /** The text of the first {@code h1}…{@code h6} element that has any, or null. */
  String firstHeading() {
    return firstHeading;
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts)
      throws SAXException {
    checkTime();
    if (firstHeading == null && heading == null && HEADINGS.contains(name(localName, qName))) {
      heading = new StringBuilder();
    }
  }

  @Override
  public void endElement(String uri, String localName, String qName) throws SAXException {
    checkTime();
    if (heading != null && HEADINGS.contains(name(localName, qName))) {
      String found = heading.toString().strip().replaceAll("\\s+", " ");
      heading = null;
      if (!found.isEmpty()) {
        firstHeading = found;
      }
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) throws SAXException {
    append(ch, start, length);
    if (heading != null && heading.length() < MAX_HEADING_LENGTH) {
      heading.append(ch, start, Math.min(length, MAX_HEADING_LENGTH - heading.length()));
    }
  }

  @Override
  public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
    append(ch, start, length);
  }

  private void append(char[] ch, int start, int length) throws SAXException {
    checkTime();
    int room = maxChars - text.length();
    if (length > room) {
      text.append(ch, start, room);
      truncated = true;
      // Tika's own signal for "enough text": parsers stop and callers recognise it
      throw new WriteLimitReachedException(maxChars);
    }
    text.append(ch, start, length);
  }

  private void checkTime() throws SAXException {
    if (System.nanoTime() - deadlineNanos > 0 || Thread.currentThread().isInterrupted()) {
      timedOut = true;
      throw new SAXException("parse time limit reached");
    }
  }

  private static String name(String localName, String qName) {
    String name = localName == null || localName.isEmpty() ? qName : localName;
    return name == null ? "" : name.toLowerCase(Locale.ROOT);
  }
}
