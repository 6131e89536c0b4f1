package io.github.qacatalog.it;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;

/** The {@code #anchors} GitHub gives the headings of a Markdown page. */
final class Anchors {
  private Anchors() {}

  static Set<String> of(Path page) {
    Set<String> anchors = new LinkedHashSet<>();
    Map<String, Integer> seen = new HashMap<>();
    Documentation.parse(page).accept(new AbstractVisitor() {
      @Override
      public void visit(Heading heading) {
        String slug = slug(Prose.of(heading));
        int times = seen.merge(slug, 1, Integer::sum);
        // A second heading of the same text gets "-1", a third "-2", as on GitHub.
        anchors.add(times == 1 ? slug : slug + "-" + (times - 1));
      }
    });
    return anchors;
  }

  /** GitHub's rule: lower case, punctuation dropped (hyphens and underscores kept), spaces as hyphens. */
  static String slug(String heading) {
    return heading.strip().toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{M}\\p{N}\\p{Pc} -]", "")
        .replace(' ', '-');
  }
}
