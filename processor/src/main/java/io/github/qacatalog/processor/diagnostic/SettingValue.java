package io.github.qacatalog.processor.diagnostic;

/**
 * A value the user set that a problem is about, rather than a place in the question file: an
 * attribute of {@code @QaSource} (or the command line flag that stands for it), and the value, as
 * written, that is wrong. An IDE can then mark that value.
 *
 * @param name the attribute: {@code className} or {@code accept}
 * @param value the offending value; for {@code accept}, the one entry
 */
public record SettingValue(String name, String value) {
  public static final String CLASS_NAME = "className";
  public static final String ACCEPT = "accept";
}
