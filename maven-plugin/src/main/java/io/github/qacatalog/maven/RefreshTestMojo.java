package io.github.qacatalog.maven;

import java.io.File;
import java.util.List;
import org.apache.maven.model.Resource;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** {@link RefreshMojo} for the test sources: {@code @QaSource} in {@code src/test/java}. */
@Mojo(name = "refresh-test", defaultPhase = LifecyclePhase.GENERATE_TEST_SOURCES, threadSafe = true)
public class RefreshTestMojo extends AbstractRefreshMojo {

  @Parameter(defaultValue = "${project.testCompileSourceRoots}", readonly = true, required = true)
  private List<String> testCompileSourceRoots;

  @Parameter(defaultValue = "${project.build.testOutputDirectory}", readonly = true, required = true)
  private File testOutputDirectory;

  @Parameter(defaultValue = "${project.testResources}", readonly = true, required = true)
  private List<Resource> testResources;

  @Override
  List<String> sourceRoots() {
    return testCompileSourceRoots;
  }

  @Override
  File outputDirectory() {
    return testOutputDirectory;
  }

  @Override
  List<Resource> resources() {
    return testResources;
  }
}
