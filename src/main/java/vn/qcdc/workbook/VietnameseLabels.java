package vn.qcdc.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/** The Vietnamese names of the workbook (sheets, terms, enumeration labels), read from {@code workbook/labels-vi.properties}. */
public final class VietnameseLabels {

  static final String RESOURCE = "/workbook/labels-vi.properties";

  private final Properties text = new Properties();
  private final Map<String, Map<String, String>> valueByLabel = new ConcurrentHashMap<>();

  public VietnameseLabels() {
    try (InputStream in = VietnameseLabels.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      text.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The label shown for value {@code value} of enumeration {@code enumeration}, or null when the file has none. */
  public String enumLabel(String enumeration, String value) {
    return text.getProperty("enum." + enumeration + "." + value);
  }

  /**
   * The format value a user's entry stands for: the label (ignoring case, spacing and Unicode form) or the value
   * itself; empty when it is neither.
   */
  public Optional<String> enumValue(String enumeration, List<String> values, String entry) {
    Map<String, String> byLabel = valueByLabel.computeIfAbsent(enumeration, e -> index(e, values));
    return Optional.ofNullable(byLabel.get(normalise(entry)));
  }

  public String yes() {
    return text.getProperty("bool.true");
  }

  public String no() {
    return text.getProperty("bool.false");
  }

  /** A named text of the file, or null. */
  public String get(String key) {
    return text.getProperty(key);
  }

  /** A named text of the file; a missing key is a defect of the file. */
  String required(String key) {
    String value = text.getProperty(key);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(RESOURCE + " has no " + key);
    }
    return value;
  }

  private Map<String, String> index(String enumeration, List<String> values) {
    Map<String, String> byLabel = new LinkedHashMap<>();
    for (String value : values) {
      byLabel.put(normalise(value), value);
      String label = enumLabel(enumeration, value);
      if (label != null) {
        byLabel.put(normalise(label), value);
      }
    }
    return byLabel;
  }

  /** NFC, lower case, single spaces, trimmed: how entries and labels are compared. */
  static String normalise(String entry) {
    String nfc = Normalizer.normalize(entry, Normalizer.Form.NFC);
    return nfc.replace('\u00a0', ' ').trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
