package vn.policykb.web.feeds;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import vn.policykb.search.SearchHit;

/**
 * Writes search results as an Atom 1.0 feed (RFC 4287). Ids are {@code urn:uuid:}s derived from
 * the document ids, so an entry keeps its id whatever address the site is served at. A document
 * has a publication day, not a time: it is published at midnight UTC of that day; an undated one
 * has no {@code published} and is {@code updated} when the feed is.
 */
final class AtomFeedWriter {

  static final String ATOM = "http://www.w3.org/2005/Atom";
  private static final String XML = "http://www.w3.org/XML/1998/namespace";

  /** What the feed says of itself. */
  record Head(String title, String selfLink, String pageLink, String query) {}

  private AtomFeedWriter() {}

  /** The feed's {@code updated}: its newest entry's day, or the epoch for a feed with none dated. */
  static Instant updated(List<SearchHit> hits) {
    return hits.stream().map(SearchHit::date).filter(d -> d != null).map(AtomFeedWriter::instant)
        .max(Instant::compareTo).orElse(Instant.EPOCH);
  }

  static byte[] write(Head head, List<SearchHit> hits, String documentBase) {
    Instant updated = updated(hits);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeStartElement("feed");
      xml.writeDefaultNamespace(ATOM);
      element(xml, "id", uuid("search:" + head.query()));
      element(xml, "title", head.title());
      element(xml, "updated", updated.toString());
      link(xml, "self", head.selfLink(), "application/atom+xml");
      link(xml, "alternate", head.pageLink(), "text/html");
      xml.writeStartElement("author");
      element(xml, "name", "policy-kb");
      xml.writeEndElement();
      element(xml, "generator", "policy-kb");
      for (SearchHit hit : hits) {
        entry(xml, hit, documentBase, updated);
      }
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("the feed could not be written", e);
    }
    return out.toByteArray();
  }

  private static void entry(XMLStreamWriter xml, SearchHit hit, String documentBase, Instant feedUpdated)
      throws XMLStreamException {
    xml.writeStartElement("entry");
    if (hit.lang() != null) {
      xml.writeAttribute("xml", XML, "lang", hit.lang());
    }
    element(xml, "id", uuid("document:" + hit.id()));
    element(xml, "title", hit.title());
    link(xml, "alternate", documentBase + hit.id(), "text/html");
    if (hit.url() != null) {
      link(xml, "related", hit.url(), null);
    }
    if (hit.date() != null) {
      String day = instant(hit.date()).toString();
      element(xml, "published", day);
      element(xml, "updated", day);
    } else {
      element(xml, "updated", feedUpdated.toString());
    }
    if (hit.source() != null) {
      xml.writeStartElement("author");
      element(xml, "name", hit.source());
      xml.writeEndElement();
    }
    for (String resolution : hit.resolutions()) {
      xml.writeEmptyElement("category");
      xml.writeAttribute("term", resolution);
      xml.writeAttribute("label", resolution + "-NQ/TW");
    }
    xml.writeStartElement("summary");
    // the snippet is HTML: matched words in <mark>; the writer escapes it, as type="html" wants
    xml.writeAttribute("type", "html");
    xml.writeCharacters(hit.snippet() == null ? "" : hit.snippet());
    xml.writeEndElement();
    xml.writeEndElement();
  }

  private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
    xml.writeEmptyElement("link");
    xml.writeAttribute("rel", rel);
    xml.writeAttribute("href", href);
    if (type != null) {
      xml.writeAttribute("type", type);
    }
  }

  private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeCharacters(text);
    xml.writeEndElement();
  }

  private static String uuid(String name) {
    return "urn:uuid:" + UUID.nameUUIDFromBytes(("policy-kb:" + name).getBytes(StandardCharsets.UTF_8));
  }

  private static Instant instant(String date) {
    return LocalDate.parse(date).atStartOfDay(ZoneOffset.UTC).toInstant();
  }
}
