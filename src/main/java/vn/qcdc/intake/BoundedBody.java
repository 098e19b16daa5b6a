package vn.qcdc.intake;

import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import vn.qcdc.i18n.Message;
import vn.qcdc.web.ApiException;

/** Reads a raw request body up to a limit, refusing larger ones with 413 before they fill the memory. */
final class BoundedBody {

  private BoundedBody() {}

  static byte[] read(InputStream body, long declaredLength, DataSize limit) throws IOException {
    check(declaredLength, limit);
    long max = limit.toBytes();
    byte[] bytes = body.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 8));
    if (bytes.length > max) {
      throw tooLarge(-1, limit);
    }
    return bytes;
  }

  static void check(long length, DataSize limit) {
    if (length > limit.toBytes()) {
      throw tooLarge(length, limit);
    }
  }

  private static ApiException tooLarge(long length, DataSize limit) {
    return ApiException.of(HttpStatus.PAYLOAD_TOO_LARGE, "too-large", Message.of("intake.tooLarge.title"),
        length >= 0 ? Message.of("intake.tooLarge", length, limit.toMegabytes())
            : Message.of("intake.tooLarge.unknown", limit.toBytes(), limit.toMegabytes()));
  }
}
