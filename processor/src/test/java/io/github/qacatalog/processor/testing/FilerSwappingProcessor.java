package io.github.qacatalog.processor.testing;

import io.github.qacatalog.processor.QaCatalogProcessor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Set;
import java.util.function.UnaryOperator;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * The real processor, run by javac as usual, but handed a Filer of the test's making in place of
 * javac's: one that fails, or one that records what the processor asks of it.
 */
public final class FilerSwappingProcessor extends AbstractProcessor {
  private final QaCatalogProcessor delegate = new QaCatalogProcessor();
  private final UnaryOperator<Filer> swap;

  /** {@code swap} receives javac's Filer and returns the one the processor gets. */
  public FilerSwappingProcessor(UnaryOperator<Filer> swap) {
    this.swap = swap;
  }

  @Override
  public synchronized void init(ProcessingEnvironment environment) {
    super.init(environment);
    Filer filer = swap.apply(environment.getFiler());
    delegate.init((ProcessingEnvironment) Proxy.newProxyInstance(ProcessingEnvironment.class.getClassLoader(),
        new Class<?>[] {ProcessingEnvironment.class},
        (proxy, method, args) -> {
          if (method.getName().equals("getFiler")) {
            return filer;
          }
          try {
            return method.invoke(environment, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        }));
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
