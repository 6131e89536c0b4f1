package io.github.qacatalog.maven;

import java.io.File;
import java.util.List;
import org.apache.maven.model.Resource;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Makes the next compile regenerate the catalogs of the main sources when a question file changed
 * since they were compiled: it deletes the class file of each source that carries
 * {@code @QaSource}, which the compiler then sees as stale. Runs before the compiler, in
 * {@code generate-sources}.
 */
@Mojo(name = "refresh", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class RefreshMojo extends AbstractRefreshMojo {

  @Parameter(defaultValue = "${project.compileSourceRoots}", readonly = true, required = true)
  private List<String> compileSourceRoots;

  @Parameter(defaultValue = "${project.build.outputDirectory}", readonly = true, required = true)
  private File outputDirectory;

  @Parameter(defaultValue = "${project.resources}", readonly = true, required = true)
  private List<Resource> resources;

  @Override
  List<String> sourceRoots() {
    return compileSourceRoots;
  }

  @Override
  File outputDirectory() {
    return outputDirectory;
  }

  @Override
  List<Resource> resources() {
    return resources;
  }
}
