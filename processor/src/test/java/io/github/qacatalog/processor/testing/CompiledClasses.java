package io.github.qacatalog.processor.testing;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;

/**
 * Loads the classes of an in-memory compilation, so that tests can call generated code. The
 * runtime types ({@code QaItem}, ...) come from the test class path, so results can be cast.
 */
public final class CompiledClasses extends ClassLoader {
  private final Map<String, byte[]> classes = new HashMap<>();

  public CompiledClasses(Compilation compilation) {
    super(CompiledClasses.class.getClassLoader());
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() != JavaFileObject.Kind.CLASS) {
        continue;
      }
      String path = file.toUri().getPath();
      String name = path.substring(path.indexOf("/CLASS_OUTPUT/") + "/CLASS_OUTPUT/".length(), path.length() - ".class".length())
          .replace('/', '.');
      try (InputStream in = file.openInputStream()) {
        classes.put(name, in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    byte[] bytes = classes.get(name);
    if (bytes == null) {
      throw new ClassNotFoundException(name);
    }
    return defineClass(name, bytes, 0, bytes.length);
  }

  /** Calls the public static no-argument method {@code method} of class {@code className}. */
  @SuppressWarnings("unchecked")
  public <T> T callStatic(String className, String method) {
    try {
      return (T) loadClass(className).getMethod(method).invoke(null);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("cannot call " + className + "." + method + "()", e);
    }
  }

  /** Calls the public static one-argument method {@code method} of class {@code className}. */
  @SuppressWarnings("unchecked")
  public <T> T callStatic(String className, String method, String argument) {
    try {
      return (T) loadClass(className).getMethod(method, String.class).invoke(null, argument);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("cannot call " + className + "." + method + "(String)", e);
    }
  }

  /** The class file of {@code binaryName}, as javac wrote it. */
  public byte[] bytes(String binaryName) {
    byte[] bytes = classes.get(binaryName);
    if (bytes == null) {
      throw new AssertionError("no class " + binaryName + " among " + names());
    }
    return bytes.clone();
  }

  /** The names of the loaded classes; for messages when a lookup fails. */
  public List<String> names() {
    return classes.keySet().stream().sorted().toList();
  }
}
