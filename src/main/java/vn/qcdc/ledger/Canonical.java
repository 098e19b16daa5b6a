package vn.qcdc.ledger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import vn.qcdc.dossier.Hashes;

/**
 * The canonical serialisation hashed by the ledger: a flat JSON object with keys in code-point order, no spaces,
 * decimals as plain strings with their scale, instants as ISO-8601 UTC strings, absent values as {@code null}.
 */
public final class Canonical {

  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
      .build();

  private Canonical() {}

  public static String json(Map<String, ?> fields) {
    Map<String, Object> canonical = new TreeMap<>();
    fields.forEach((k, v) -> canonical.put(k, value(v)));
    try {
      return JSON.writeValueAsString(canonical);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("flat values always serialise", e);
    }
  }

  public static String sha256(Map<String, ?> fields) {
    return Hashes.sha256(json(fields).getBytes(StandardCharsets.UTF_8));
  }

  private static Object value(Object v) {
    if (v == null || v instanceof String || v instanceof Long || v instanceof Integer || v instanceof Boolean) {
      return v;
    }
    if (v instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (v instanceof Instant i) {
      return i.toString();
    }
    if (v instanceof Enum<?> e) {
      return e.name();
    }
    throw new IllegalArgumentException("not a canonical value: " + v.getClass().getName());
  }
}
