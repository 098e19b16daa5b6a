package vn.qcdc.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

/** The example dossier's bytes, and variants with the same content but a different hash (trailing spaces). */
public final class ExampleBytes {

  public static final Path FILE = Path.of("examples/chi-minh-2025.json");
  private static final AtomicInteger VARIANTS = new AtomicInteger();

  private ExampleBytes() {}

  public static byte[] example() {
    try {
      return Files.readAllBytes(FILE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The example as the dossier of another commune (which the test registers), so that a test can take a commune-year
   * through its lifecycle without meeting the uploads of other tests.
   */
  public static byte[] forCommune(String code) {
    return new String(fresh(), java.nio.charset.StandardCharsets.UTF_8)
        .replace("\"code\": \"11095\"", "\"code\": \"" + code + "\"")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  /** The example with a new number of trailing spaces: same dossier, new hash, so each test can upload its own. */
  public static byte[] fresh() {
    byte[] bytes = example();
    int spaces = VARIANTS.incrementAndGet();
    byte[] out = Arrays.copyOf(bytes, bytes.length + spaces);
    Arrays.fill(out, bytes.length, out.length, (byte) ' ');
    return out;
  }
}
