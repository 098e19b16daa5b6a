package vn.qcdc.rulebase;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.drools.base.util.Drools;
import vn.qcdc.dossier.Hashes;
import vn.qcdc.rulebase.sandbox.Vocabulary;

/**
 * What a compiled rule set depends on, as one SHA-256: the exact DRL texts the sandbox check passed (after DSL
 * expansion), the vocabulary they were checked against (its allow-list and the class files of its own types), the
 * Drools and Java versions, and the cache format. Any change of one of them gives another key, so a rule edit, a new
 * build of the evaluator or another engine never reuses an entry.
 */
final class RuleCacheKey {

  /** Raised when what is written, or how it is read, changes. */
  static final int FORMAT = 1;

  private static final String ENVIRONMENT = environment();

  private RuleCacheKey() {}

  /** The key of DRL texts (relative name → text) as {@code RuleCode.check} returned them. */
  static String of(Map<String, String> checkedDrl) {
    MessageDigest digest = Hashes.digest();
    update(digest, ENVIRONMENT);
    new TreeMap<>(checkedDrl).forEach((name, text) -> {
      update(digest, name);
      update(digest, text);
    });
    return HexFormat.of().formatHex(digest.digest());
  }

  private static void update(MessageDigest digest, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
    digest.update((byte) ':');
    digest.update(bytes);
  }

  /** The cache format, the engine, the Java runtime and the vocabulary, as one fingerprint. */
  private static String environment() {
    MessageDigest digest = Hashes.digest();
    update(digest, "format " + FORMAT);
    update(digest, "drools " + Drools.getFullVersion());
    update(digest, "java " + Runtime.version() + " " + System.getProperty("java.vendor"));
    Vocabulary vocabulary = Vocabulary.get();
    new TreeMap<>(vocabulary.methods().entrySet().stream().collect(java.util.stream.Collectors.toMap(
        e -> e.getKey().getName(), e -> new java.util.TreeSet<>(e.getValue()).toString()))).forEach((type, methods) -> {
          update(digest, type);
          update(digest, methods);
          if (type.startsWith("vn.qcdc.")) {
            digest.update(classFile(type));
          }
        });
    return HexFormat.of().formatHex(digest.digest());
  }

  private static byte[] classFile(String type) {
    String resource = "/" + type.replace('.', '/') + ".class";
    try (InputStream in = RuleCacheKey.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("vocabulary type " + type + " has no class file");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
