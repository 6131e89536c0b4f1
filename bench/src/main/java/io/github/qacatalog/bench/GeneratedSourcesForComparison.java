package io.github.qacatalog.bench;

import io.github.qacatalog.processor.CatalogCompiler;
import io.github.qacatalog.processor.diagnostic.Diagnostics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes the catalog source generated for each file of a fixed corpus into a directory, so that
 * two JDKs' outputs can be compared byte for byte (bench/determinism-across-jdks.sh does).
 *
 * <p>Arguments: the output directory, then question files to add to the corpus.
 */
public final class GeneratedSourcesForComparison {
  private GeneratedSourcesForComparison() {}

  public static void main(String[] args) throws IOException {
    Path output = Files.createDirectories(Path.of(args[0]));
    Map<String, byte[]> corpus = new LinkedHashMap<>();
    for (int i = 1; i < args.length; i++) {
      corpus.put(Path.of(args[i]).getFileName().toString(), Files.readAllBytes(Path.of(args[i])));
    }
    corpus.put("synthetic-1000.md", SyntheticQuestionFile.generate(1_000, 10, 42));
    corpus.put("synthetic-100000.md", SyntheticQuestionFile.generate(100_000, 10, 42));
    corpus.put("every-script.md", everyScript());
    for (Map.Entry<String, byte[]> file : corpus.entrySet()) {
      CatalogCompiler.Result result = CatalogCompiler.compile(file.getValue(), "com.example", "QaCatalog",
          file.getKey(), new Diagnostics());
      String text = result.javaFile().map(Object::toString)
          .orElse("no source: " + result.diagnostics().inFileOrder());
      Files.writeString(output.resolve(file.getKey() + ".java"), text, StandardCharsets.UTF_8);
    }
    System.out.println("wrote " + corpus.size() + " sources to " + output);
  }

  /**
   * A section whose description and question hold 64 code points of each block of 256 of the
   * Basic Multilingual Plane, and of the planes beyond, where JDKs of different Unicode versions
   * could disagree. The headings are ASCII: a Java name derived from a letter that only a newer
   * Unicode knows differs between JDKs by nature (javac 17 rejects such a name), and that is the
   * naming rule's concern, not the generator's.
   */
  private static byte[] everyScript() {
    StringBuilder file = new StringBuilder();
    int number = 1;
    for (int block = 0x80; block < 0x30000; block += block < 0x10000 ? 0x100 : 0x1000) {
      if (block >= 0xD800 && block < 0xE000) {
        continue;
      }
      StringBuilder text = new StringBuilder();
      for (int cp = block; cp < block + 64; cp++) {
        if (Character.isValidCodePoint(cp) && !Character.isISOControl(cp)) {
          text.appendCodePoint(cp);
        }
      }
      file.append("## Block ").append(Integer.toHexString(block)).append("\n\n").append(text).append("\n\n")
          .append(number).append(". What is ").append(text).append("?\n\n");
      number++;
    }
    return file.toString().getBytes(StandardCharsets.UTF_8);
  }
}
