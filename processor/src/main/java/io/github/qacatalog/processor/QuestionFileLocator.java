package io.github.qacatalog.processor;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Finds the question file named in {@code @QaSource}, in this order: relative to the {@code
 * qacatalog.root} option; in the class output and on the class path (Maven and Gradle copy
 * resources there before compiling); on the source path. Compilers differ in which locations
 * their Filer supports (ecj throws for some; compile-testing keeps outputs in memory), so every
 * failure of a location only moves on to the next.
 */
final class QuestionFileLocator {
  private static final StandardLocation[] LOCATIONS = {
    StandardLocation.CLASS_OUTPUT, StandardLocation.CLASS_PATH, StandardLocation.SOURCE_PATH
  };

  /**
   * A file that was found: its bytes, and the path to print in messages. A file over the limit is
   * not read: {@code bytes} is null and {@code sizeOverLimit} its size, or -1 for a stream that
   * went on past the limit.
   */
  record Found(byte[] bytes, String displayPath, long sizeOverLimit) {
    boolean tooLarge() {
      return bytes == null;
    }
  }

  /** The largest array the JVM makes. */
  private static final int MAX_ARRAY = Integer.MAX_VALUE - 8;

  /**
   * The outcome of a search: the file; or a file that is there but cannot be read, and why; or
   * neither, with every place that was tried.
   */
  record Result(Found found, String unreadable, List<String> tried) {}

  private QuestionFileLocator() {}

  /** Finds {@code path} and reads it, never more than {@code maxBytes} and one byte. */
  static Result locate(Filer filer, String root, String path, long maxBytes) {
    List<String> tried = new ArrayList<>();
    if (root != null && !root.isBlank()) {
      try {
        Path file = Path.of(root).resolve(path);
        if (Files.isDirectory(file)) {
          return new Result(null, display(file) + " is a directory", tried);
        }
        if (Files.exists(file)) {
          try (InputStream in = Files.newInputStream(file)) {
            return new Result(read(in, Files.size(file), maxBytes, display(file)), null, tried);
          }
        }
        tried.add(file.toAbsolutePath().normalize() + " (-Aqacatalog.root)");
      } catch (IOException | InvalidPathException | SecurityException e) {
        return new Result(null, root + "/" + path + ": " + e, tried);
      }
    }
    for (StandardLocation location : LOCATIONS) {
      String where = location.getName();
      try {
        FileObject resource = filer.getResource(location, "", path);
        where = describe(resource.toUri(), location);
        URI uri = resource.toUri();
        try (InputStream in = resource.openInputStream()) {
          long size = "file".equals(uri.getScheme()) ? Files.size(Path.of(uri)) : -1;
          return new Result(read(in, size, maxBytes, displayPath(uri, path)), null, tried);
        }
      } catch (IOException | IllegalArgumentException | IllegalStateException | SecurityException e) {
        tried.add(where);
      }
    }
    return new Result(null, null, tried);
  }

  /**
   * Reads a file of {@code size} bytes (-1 when not known) unless it is over the limit: then only
   * its size is kept, or, for a stream, as much as shows that it goes on past the limit.
   */
  private static Found read(InputStream in, long size, long maxBytes, String displayPath) throws IOException {
    if (size > maxBytes) {
      return new Found(null, displayPath, size);
    }
    byte[] bytes = in.readNBytes((int) Math.min(maxBytes + 1, MAX_ARRAY));
    return bytes.length > maxBytes ? new Found(null, displayPath, -1) : new Found(bytes, displayPath, 0);
  }

  private static String describe(URI uri, StandardLocation location) {
    return ("file".equals(uri.getScheme()) ? Path.of(uri).toString() : uri.toString())
        + " (" + location.getName() + ")";
  }

  /**
   * The path users should edit. A file found among build outputs is a copy; where the build's
   * usual resource folder holds the same path, name that instead.
   */
  static String displayPath(URI uri, String relative) {
    if (!"file".equals(uri.getScheme())) {
      return relative;
    }
    Path found = Path.of(uri).normalize();
    Path root = found;
    for (int i = Path.of(relative).getNameCount(); i > 0 && root != null; i--) {
      root = root.getParent();
    }
    if (root != null) {
      for (String[] copy : new String[][] {
          {"target/classes", "src/main/resources"},
          {"target/test-classes", "src/test/resources"},
          {"build/resources/main", "src/main/resources"},
          {"build/resources/test", "src/test/resources"}}) {
        if (root.endsWith(copy[0])) {
          Path original = root;
          for (int i = Path.of(copy[0]).getNameCount(); i > 0; i--) {
            original = original.getParent();
          }
          Path source = original.resolve(copy[1]).resolve(relative);
          if (Files.isRegularFile(source)) {
            return display(source);
          }
        }
      }
    }
    return display(found);
  }

  /** A path relative to the working directory when it lies below it, else absolute. */
  private static String display(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    Path workingDirectory = Path.of("").toAbsolutePath();
    return absolute.startsWith(workingDirectory) ? workingDirectory.relativize(absolute).toString() : absolute.toString();
  }
}
