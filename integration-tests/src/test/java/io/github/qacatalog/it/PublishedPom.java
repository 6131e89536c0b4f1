package io.github.qacatalog.it;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Function;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * A POM as published, read as plain XML: what it says itself, and what it inherits from the parent
 * POM it names, as Maven (and the Central Portal) build its effective POM.
 */
final class PublishedPom {
  private final Element project;

  private PublishedPom(Element project) {
    this.project = project;
  }

  static PublishedPom parse(byte[] pom) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return new PublishedPom(factory.newDocumentBuilder().parse(new ByteArrayInputStream(pom)).getDocumentElement());
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new IllegalArgumentException("not a POM", e);
    }
  }

  /** The text at {@code path} ({@code "scm/url"}) in this POM itself. */
  Optional<String> own(String path) {
    Element element = project;
    for (String name : path.split("/")) {
      element = child(element, name);
      if (element == null) {
        return Optional.empty();
      }
    }
    String text = element.getTextContent().strip();
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  /** The text at {@code path} here or, when absent, in the parent chain, found by artifactId. */
  Optional<String> inherited(String path, Function<String, PublishedPom> parentByArtifactId) {
    Optional<String> own = own(path);
    if (own.isPresent()) {
      return own;
    }
    return own("parent/artifactId").map(parentByArtifactId).flatMap(parent -> parent.inherited(path, parentByArtifactId));
  }

  /** Whether any dependency this POM lists has {@code groupId}. */
  boolean dependsOnGroup(String groupId) {
    Element dependencies = child(project, "dependencies");
    if (dependencies == null) {
      return false;
    }
    for (Node node = dependencies.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element dependency && "dependency".equals(dependency.getTagName())) {
        Element group = child(dependency, "groupId");
        if (group != null && group.getTextContent().strip().equals(groupId)) {
          return true;
        }
      }
    }
    return false;
  }

  private static Element child(Element parent, String name) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element && name.equals(element.getTagName())) {
        return element;
      }
    }
    return null;
  }
}
