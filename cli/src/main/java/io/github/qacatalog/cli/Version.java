package io.github.qacatalog.cli;

import picocli.CommandLine.IVersionProvider;

/** The version the jar was built as, from its manifest; unknown when run from classes. */
final class Version implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = Version.class.getPackage().getImplementationVersion();
    return new String[] {"qacatalog " + (version == null ? "(unknown version)" : version)};
  }
}
