package io.github.qacatalog.it;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;

/**
 * Every relative link of the documentation, checked: the file or folder it names exists inside
 * the repository, and its {@code #anchor}, if any, is a heading of that page.
 */
final class LinkCheck {
  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

  private final Documentation documentation;
  private final Map<Path, Set<String>> anchors = new HashMap<>();

  LinkCheck(Documentation documentation) {
    this.documentation = documentation;
  }

  /** One line per broken link, {@code page:line: link: what is wrong}; empty when every link resolves. */
  List<String> problems() {
    List<String> problems = new ArrayList<>();
    for (Path page : documentation.files()) {
      Documentation.parse(page).accept(new AbstractVisitor() {
        @Override
        public void visit(Link link) {
          check(page, link, link.getDestination(), problems);
          visitChildren(link);
        }

        @Override
        public void visit(Image image) {
          check(page, image, image.getDestination(), problems);
        }
      });
    }
    return problems;
  }

  private void check(Path page, Node node, String destination, List<String> problems) {
    if (SCHEME.matcher(destination).find()) {
      return;
    }
    int hash = destination.indexOf('#');
    String file = URLDecoder.decode(hash < 0 ? destination : destination.substring(0, hash), StandardCharsets.UTF_8);
    String anchor = hash < 0 ? null : destination.substring(hash + 1);
    Path root = documentation.root().toAbsolutePath().normalize();
    Path target = file.isEmpty() ? page : page.getParent().resolve(file).toAbsolutePath().normalize();
    String where = Documentation.where(page, enclosingBlock(node)) + ": " + destination + ": ";
    if (!target.startsWith(root)) {
      problems.add(where + "points outside the repository");
    } else if (!Files.exists(target)) {
      problems.add(where + "no such file " + root.relativize(target));
    } else if (anchor != null && !target.toString().endsWith(".md")) {
      problems.add(where + "an anchor in a file that is not a Markdown page");
    } else if (anchor != null && !anchors.computeIfAbsent(target, Anchors::of).contains(anchor)) {
      problems.add(where + "no heading with the anchor #" + anchor + " in " + root.relativize(target)
          + " (its anchors: " + anchors.get(target) + ")");
    }
  }

  private static Node enclosingBlock(Node node) {
    Node block = node;
    while (block.getSourceSpans().isEmpty() && block.getParent() != null) {
      block = block.getParent();
    }
    return block;
  }
}
