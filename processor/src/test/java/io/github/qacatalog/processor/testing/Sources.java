package io.github.qacatalog.processor.testing;

import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;

/** Small Java sources that put {@code @QaSource} on a package. */
public final class Sources {
  private Sources() {}

  /** {@code package-info.java} of {@code packageName} annotated with {@code annotation}. */
  public static JavaFileObject packageInfo(String packageName, String annotation) {
    return JavaFileObjects.forSourceLines(packageName + ".package-info",
        annotation,
        "package " + packageName + ";",
        "",
        "import io.github.qacatalog.QaSource;");
  }

  /** {@code package-info.java} of {@code com.example} with {@code @QaSource("path")}. */
  public static JavaFileObject qaSource(String path) {
    return packageInfo("com.example", "@QaSource(\"" + path + "\")");
  }
}
