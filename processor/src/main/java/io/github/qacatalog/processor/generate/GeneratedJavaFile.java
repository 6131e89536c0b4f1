package io.github.qacatalog.processor.generate;

/**
 * The Java source of one generated class.
 *
 * @param packageName its package; empty for the unnamed package
 * @param typeName its simple name
 * @param text the whole compilation unit
 */
public record GeneratedJavaFile(String packageName, String typeName, String text) {

  /** The name to create the source file under: {@code com.example.QaCatalog}. */
  public String qualifiedName() {
    return packageName.isEmpty() ? typeName : packageName + "." + typeName;
  }

  /** The source text, as {@link #text()}. */
  @Override
  public String toString() {
    return text;
  }
}
