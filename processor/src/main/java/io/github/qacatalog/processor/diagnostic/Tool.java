package io.github.qacatalog.processor.diagnostic;

/**
 * The program that prints a message. A message reads the same in both, but a hint names the
 * settings of the tool that prints it: the processor its {@code @QaSource} attributes and
 * {@code -A} options, the command line its flags.
 */
public enum Tool {
  /** The annotation processor, printing through javac. */
  PROCESSOR,
  /** {@code qacatalog check} and {@code qacatalog export}. */
  COMMAND_LINE
}
