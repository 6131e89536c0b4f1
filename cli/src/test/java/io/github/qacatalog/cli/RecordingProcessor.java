package io.github.qacatalog.cli;

import io.github.qacatalog.processor.QaCatalogProcessor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * The real processor, whose Messager also records what it is handed: the processor's own text,
 * before javac lays it out (javac indents the lines after the first).
 */
final class RecordingProcessor extends AbstractProcessor {
  /** One message as the processor handed it to the Messager. */
  record Printed(Diagnostic.Kind kind, String text) {}

  private final QaCatalogProcessor delegate = new QaCatalogProcessor();
  private final List<Printed> printed = new ArrayList<>();

  List<Printed> printed() {
    return List.copyOf(printed);
  }

  @Override
  public synchronized void init(ProcessingEnvironment environment) {
    super.init(environment);
    Messager messager = environment.getMessager();
    Messager recording = (Messager) Proxy.newProxyInstance(Messager.class.getClassLoader(), new Class<?>[] {Messager.class},
        (proxy, method, args) -> {
          if (method.getName().equals("printMessage")) {
            printed.add(new Printed((Diagnostic.Kind) args[0], args[1].toString()));
          }
          return forward(method, messager, args);
        });
    delegate.init((ProcessingEnvironment) Proxy.newProxyInstance(ProcessingEnvironment.class.getClassLoader(),
        new Class<?>[] {ProcessingEnvironment.class},
        (proxy, method, args) -> method.getName().equals("getMessager") ? recording : forward(method, environment, args)));
  }

  private static Object forward(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return delegate.getSupportedAnnotationTypes();
  }

  @Override
  public Set<String> getSupportedOptions() {
    return delegate.getSupportedOptions();
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return delegate.getSupportedSourceVersion();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    return delegate.process(annotations, round);
  }
}
