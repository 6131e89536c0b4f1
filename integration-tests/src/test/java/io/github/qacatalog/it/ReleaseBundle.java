package io.github.qacatalog.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The zip that central-publishing-maven-plugin uploads to the Central Portal: a Maven repository
 * layout ({@code group/path/artifactId/version/file}) of every published file.
 */
final class ReleaseBundle {
  private final Map<String, byte[]> files;

  private ReleaseBundle(Map<String, byte[]> files) {
    this.files = files;
  }

  static ReleaseBundle read(Path zip) {
    Map<String, byte[]> files = new TreeMap<>();
    try (ZipFile file = new ZipFile(zip.toFile())) {
      for (ZipEntry entry : Collections.list(file.entries())) {
        if (!entry.isDirectory()) {
          files.put(entry.getName(), file.getInputStream(entry).readAllBytes());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ReleaseBundle(files);
  }

  /** Every path in the bundle, sorted. */
  SortedSet<String> paths() {
    return new TreeSet<>(files.keySet());
  }

  /** The artifact folders under {@code groupPath} ({@code io/github/qacatalog/}). */
  SortedSet<String> artifactIds(String groupPath) {
    SortedSet<String> ids = new TreeSet<>();
    for (String path : files.keySet()) {
      if (path.startsWith(groupPath)) {
        ids.add(path.substring(groupPath.length()).split("/", 2)[0]);
      }
    }
    return ids;
  }

  /** The names of the files in one artifact's version folder. */
  SortedSet<String> fileNames(String folder) {
    SortedSet<String> names = new TreeSet<>();
    for (String path : files.keySet()) {
      if (path.startsWith(folder) && path.indexOf('/', folder.length()) < 0) {
        names.add(path.substring(folder.length()));
      }
    }
    return names;
  }

  byte[] bytes(String path) {
    byte[] bytes = files.get(path);
    if (bytes == null) {
      throw new AssertionError("the bundle has no " + path);
    }
    return bytes;
  }
}
