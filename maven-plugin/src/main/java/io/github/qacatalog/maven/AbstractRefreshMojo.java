package io.github.qacatalog.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

/** What the main and the test goal share; they differ only in which sources and outputs they read. */
abstract class AbstractRefreshMojo extends AbstractMojo {

  /**
   * Folders that hold question files, searched with their subfolders. When not given: the
   * project's resource folders, where Maven users keep them. Name the folder here when the
   * processor reads the file from elsewhere, for example through {@code -Aqacatalog.root}.
   */
  @Parameter
  private List<File> questionDirectories;

  /** How the names of question files end. */
  @Parameter(defaultValue = ".md,.markdown")
  private List<String> questionFileSuffixes;

  /** Skips this goal. */
  @Parameter(property = "qacatalog.refresh.skip", defaultValue = "false")
  private boolean skip;

  abstract List<String> sourceRoots();

  abstract File outputDirectory();

  abstract List<Resource> resources();

  @Override
  public void execute() throws MojoExecutionException {
    if (skip) {
      getLog().info("qacatalog: refresh skipped");
      return;
    }
    List<Path> roots = sourceRoots().stream().map(Path::of).toList();
    List<Path> questionFolders = new ArrayList<>();
    if (questionDirectories != null && !questionDirectories.isEmpty()) {
      questionDirectories.forEach(folder -> questionFolders.add(folder.toPath()));
    } else {
      resources().forEach(resource -> questionFolders.add(Path.of(resource.getDirectory())));
    }
    try {
      for (StaleCatalogSources.Stale stale : StaleCatalogSources.find(
          roots, outputDirectory().toPath(), questionFolders, questionFileSuffixes)) {
        Files.deleteIfExists(stale.classFile());
        getLog().info("qacatalog: " + stale.newerQuestionFile() + " is newer than " + stale.classFile()
            + "; deleted the class file so that the compiler regenerates the catalog");
      }
    } catch (IOException e) {
      throw new MojoExecutionException("qacatalog: could not compare question files with class files: " + e, e);
    }
  }
}
