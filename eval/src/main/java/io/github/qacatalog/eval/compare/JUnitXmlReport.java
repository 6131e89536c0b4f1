package io.github.qacatalog.eval.compare;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A JUnit XML report for CI dashboards: one {@code testsuite} per model (and variant), one
 * {@code testcase} per question (and sample), a {@code failure} for each answer that failed,
 * carrying the question, the response and the scores.
 *
 * <p>Characters that XML 1.0 cannot hold (control characters a model may well emit) are written
 * as U+FFFD, so that the file always parses.
 */
public final class JUnitXmlReport {
  private JUnitXmlReport() {}

  /** Writes the report of these observations to {@code file}; {@code name} names the whole run. */
  public static void write(List<Observation> observations, String name, Path file) throws IOException {
    Map<String, List<Observation>> suites = new LinkedHashMap<>();
    for (Observation o : observations) {
      suites.computeIfAbsent(suite(o), k -> new ArrayList<>()).add(o);
    }
    try (OutputStream out = Files.newOutputStream(file)) {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("testsuites");
      attribute(xml, "name", name);
      xml.writeAttribute("tests", Integer.toString(observations.size()));
      xml.writeAttribute("failures", Long.toString(observations.stream().filter(o -> !o.passed()).count()));
      xml.writeCharacters("\n");
      for (Map.Entry<String, List<Observation>> suite : suites.entrySet()) {
        List<Observation> cases = suite.getValue();
        boolean repeats = cases.stream().anyMatch(o -> o.sample() > 0);
        xml.writeCharacters("  ");
        xml.writeStartElement("testsuite");
        attribute(xml, "name", suite.getKey());
        xml.writeAttribute("tests", Integer.toString(cases.size()));
        xml.writeAttribute("failures", Long.toString(cases.stream().filter(o -> !o.passed()).count()));
        xml.writeAttribute("errors", "0");
        xml.writeAttribute("skipped", "0");
        xml.writeCharacters("\n");
        for (Observation o : cases) {
          xml.writeCharacters("    ");
          xml.writeStartElement("testcase");
          attribute(xml, "classname", suite.getKey() + (o.category().isEmpty() ? "" : "." + o.category()));
          attribute(xml, "name", o.questionId() + (repeats ? " #" + (o.sample() + 1) : ""));
          if (!o.passed()) {
            xml.writeCharacters("\n      ");
            xml.writeStartElement("failure");
            attribute(xml, "message", "failed: " + o.questionId() + " " + scores(o));
            attribute(xml, "type", "qacatalog.Failed");
            xml.writeCharacters(clean("question: " + o.question() + "\nresponse: " + o.response()
                + "\nscores: " + scores(o)));
            xml.writeEndElement();
            xml.writeCharacters("\n    ");
          }
          xml.writeEndElement();
          xml.writeCharacters("\n");
        }
        xml.writeCharacters("  ");
        xml.writeEndElement();
        xml.writeCharacters("\n");
      }
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IOException("could not write " + file + ": " + e.getMessage(), e);
    }
  }

  private static String suite(Observation o) {
    return o.variant().isEmpty() ? o.model() : o.model() + " [" + o.variant() + "]";
  }

  private static String scores(Observation o) {
    StringBuilder s = new StringBuilder();
    o.scores().forEach((k, v) -> s.append(s.length() == 0 ? "" : ", ").append(k).append('=')
        .append(String.format(Locale.ROOT, "%.3f", v)));
    return s.length() == 0 ? "(no scores)" : s.toString();
  }

  private static void attribute(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
    xml.writeAttribute(name, clean(value));
  }

  /** The text with every character that XML 1.0 forbids replaced by U+FFFD. */
  static String clean(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> {
      boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
          || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
      out.appendCodePoint(allowed ? c : 0xFFFD);
    });
    return out.toString();
  }
}
