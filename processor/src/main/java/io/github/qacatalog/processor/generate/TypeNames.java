package io.github.qacatalog.processor.generate;

import java.util.Set;
import java.util.TreeSet;

/**
 * How the generated code names the library types it uses: by simple name with an import, or by
 * qualified name when a type of the generated file has the same simple name. A heading such as
 * {@code ## List} becomes a nested enum {@code List}, which hides {@code java.util.List} in the
 * whole class; the catalog then writes {@code java.util.List} in full.
 */
final class TypeNames {
  private final Set<String> declared;
  private final Set<String> imports = new TreeSet<>();

  /** @param declared simple names of every type the generated file declares */
  TypeNames(Set<String> declared) {
    this.declared = Set.copyOf(declared);
  }

  /** The name to write for {@code qualifiedName}, noting the import it needs. */
  String use(String qualifiedName) {
    int dot = qualifiedName.lastIndexOf('.');
    String simple = qualifiedName.substring(dot + 1);
    if (declared.contains(simple)) {
      return qualifiedName;
    }
    if (!qualifiedName.substring(0, dot).equals("java.lang")) {
      imports.add(qualifiedName);
    }
    return simple;
  }

  /** Every import noted so far, sorted; complete once every type has been {@linkplain #use used}. */
  Set<String> imports() {
    return imports;
  }
}
