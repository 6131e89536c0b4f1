package io.github.qacatalog;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names a Markdown file of questions that the qacatalog processor compiles into a catalog class.
 *
 * <p>Put it on a package ({@code package-info.java}) or on a type. The generated class lands in the
 * same package:
 *
 * <pre>{@code
 * @QaSource("qa/QA.md")
 * package com.example.portfolio;
 * }</pre>
 *
 * <p>generates {@code com.example.portfolio.QaCatalog}, with one nested enum per {@code ##} section
 * that holds questions.
 *
 * <p>Kept in the class file (not at run time) because Gradle's incremental annotation processing
 * only lets a processor read annotations that class files keep.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.PACKAGE, ElementType.TYPE})
public @interface QaSource {

  /**
   * Path of the Markdown file. Relative paths resolve against {@code -Aqacatalog.root} when it is
   * given, else against the class output and class path (where build tools copy resources), else
   * against the source path.
   */
  String value();

  /** Simple name of the generated class. */
  String className() default "QaCatalog";

  /** Whether warnings about the file fail the build, as errors do. */
  boolean strict() default false;

  /**
   * Warnings accepted on purpose, each as {@code "code:line"} (for example {@code
   * "numbering-gap:45"}) or as a bare {@code "code"} for every warning of that kind. An accepted
   * warning is neither printed nor counted by {@link #strict()}.
   */
  String[] accept() default {};
}
