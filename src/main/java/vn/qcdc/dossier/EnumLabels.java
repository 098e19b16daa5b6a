package vn.qcdc.dossier;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Vietnamese label of each enumeration value of the format ({@code FATHERLAND_FRONT} → "Ủy ban MTTQ Việt Nam
 * xã"), from the labels the workbook's drop-downs show, so that a sentence worded with a value's code (a rule's check
 * text) reads in Vietnamese. A value two enumerations label differently keeps the first label met.
 */
public final class EnumLabels {

  private static final String RESOURCE = "/workbook/labels-vi.properties";
  private static final Pattern CONSTANT = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*\\b");
  private static final Map<String, String> LABELS = load();

  private EnumLabels() {}

  /** The text with every enumeration value of the format replaced by its Vietnamese label. */
  public static String vi(String text) {
    if (text == null) {
      return null;
    }
    Matcher m = CONSTANT.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String label = LABELS.get(m.group());
      m.appendReplacement(out, Matcher.quoteReplacement(label != null ? label.toLowerCase(java.util.Locale.ROOT)
          .equals(label) ? label : lowerFirst(label) : m.group()));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** Mid-sentence a label starts in lower case, unless it starts with a proper name or an abbreviation. */
  private static String lowerFirst(String label) {
    boolean keep = label.length() > 1 && Character.isUpperCase(label.charAt(1))
        || label.startsWith("Ủy ban") || label.startsWith("Mặt trận") || label.startsWith("Hội") || label.startsWith("Đoàn");
    return keep ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1);
  }

  private static Map<String, String> load() {
    Properties p = new Properties();
    try (InputStream in = EnumLabels.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> labels = new HashMap<>();
    for (String key : p.stringPropertyNames()) {
      if (key.startsWith("enum.")) {
        String value = key.substring(key.lastIndexOf('.') + 1);
        if (value.length() > 2) {
          labels.putIfAbsent(value, p.getProperty(key).strip());
        }
      }
    }
    return Map.copyOf(labels);
  }
}
