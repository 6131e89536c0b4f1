package io.github.qacatalog.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * The repository's documentation as Markdown trees: the README, CONTRIBUTING.md, RELEASING.md and
 * every page under {@code docs/}. A snippet a user is meant to copy is a fenced block right after
 * an HTML comment {@code <!-- snippet: NAME -->}; the name says where the test puts it.
 */
final class Documentation {
  private static final Pattern MARKER = Pattern.compile("\\A<!--\\s*snippet:\\s*(\\S+)\\s*-->\\s*\\z");
  private static final List<String> TOP_LEVEL = List.of("README.md", "CONTRIBUTING.md", "RELEASING.md");
  private static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

  private final Path root;

  public Documentation(Path root) {
    this.root = root;
  }

  public Path root() {
    return root;
  }

  /** Every documentation file, the top-level ones first, then docs/ in name order. */
  public List<Path> files() {
    List<Path> files = new ArrayList<>();
    for (String name : TOP_LEVEL) {
      files.add(root.resolve(name));
    }
    Path docs = root.resolve("docs");
    if (Files.isDirectory(docs)) {
      try (Stream<Path> pages = Files.walk(docs)) {
        pages.filter(file -> file.toString().endsWith(".md")).sorted().forEach(files::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return files;
  }

  public static Node parse(Path file) {
    try {
      return PARSER.parse(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every marked snippet of every file, in file order. */
  public List<Snippet> snippets() {
    List<Snippet> snippets = new ArrayList<>();
    for (Path file : files()) {
      parse(file).accept(new AbstractVisitor() {
        @Override
        public void visit(HtmlBlock html) {
          Matcher marker = MARKER.matcher(html.getLiteral());
          if (marker.matches()) {
            if (!(html.getNext() instanceof FencedCodeBlock block)) {
              throw new AssertionError(where(file, html) + ": a snippet marker must stand right before a fenced block");
            }
            snippets.add(new Snippet(marker.group(1), block.getInfo(), block.getLiteral(), where(file, html)));
          }
        }
      });
    }
    return snippets;
  }

  /** The one marked snippet of this name. */
  public Snippet snippet(String name) {
    List<Snippet> named = snippets().stream().filter(snippet -> snippet.name().equals(name)).toList();
    if (named.size() != 1) {
      throw new AssertionError("expected one snippet named " + name + ", found " + named);
    }
    return named.get(0);
  }

  /**
   * The fenced block that follows the paragraph holding {@code text} (whitespace runs compared as
   * one space): the output a page shows for the command that paragraph names.
   */
  public String blockAfter(Path file, String text) {
    List<String> found = new ArrayList<>();
    parse(file).accept(new AbstractVisitor() {
      @Override
      public void visit(Paragraph paragraph) {
        if (Prose.of(paragraph).contains(Prose.normalize(text)) && paragraph.getNext() instanceof FencedCodeBlock block) {
          found.add(block.getLiteral());
        }
      }
    });
    if (found.size() != 1) {
      throw new AssertionError("expected one block after a paragraph saying \"" + text + "\" in " + file + ", found " + found.size());
    }
    return found.get(0);
  }

  /** The text of a page with every run of whitespace as one space, for finding what its prose says. */
  public static String prose(Path file) {
    try {
      return Prose.normalize(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String where(Path file, Node node) {
    Optional<SourceSpan> span = node.getSourceSpans().stream().findFirst();
    return file.getFileName() + span.map(s -> ":" + (s.getLineIndex() + 1)).orElse("");
  }
}
