package vn.qcdc.rulebase;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.kie.api.KieBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The compiled rule-set cache: compiling the rules is the slowest step of a run, so the compiled packages are kept in
 * a private folder under a key that binds the exact DRL the sandbox check passed ({@link RuleCacheKey}). The check
 * itself always runs first (it is fast); only the compile is skipped. An entry is code: it is signed with a secret of
 * the folder (HMAC-SHA256), and one that is corrupted, foreign (signed elsewhere), of another key or not private is
 * ignored with a warning and compiled again. Read entries are loaded under the {@code SandboxClassLoader}.
 */
public final class RuleCache {

  /** What the last {@code compile} did: for the log and the tests. */
  public enum Outcome { OFF, HIT, STORED, REBUILT }

  private static final Logger LOG = LoggerFactory.getLogger(RuleCache.class);
  private static final byte[] MAGIC = "QCDC-RULES-1\n".getBytes(StandardCharsets.US_ASCII);
  private static final int KEY_LENGTH = 64;
  private static final int MAC_LENGTH = 32;
  private static final String SUFFIX = ".rules";
  /** Entries kept: each candidate an editor checks makes one, so the oldest go (about 2 MB each). */
  private static final int KEEP = 16;

  private final RuleCacheFolder folder;
  private volatile Outcome last = Outcome.OFF;

  private RuleCache(RuleCacheFolder folder) {
    this.folder = folder;
  }

  /** No cache: every load compiles. */
  public static RuleCache none() {
    return new RuleCache(null);
  }

  /** A cache in {@code dir}; if the folder cannot be trusted (see {@link RuleCacheFolder}), none, with a warning. */
  public static RuleCache in(Path dir) {
    try {
      return new RuleCache(RuleCacheFolder.open(dir));
    } catch (RuleCacheFolder.UntrustedException | IOException | RuntimeException e) {
      LOG.warn("compiled rule-set cache off: {}", e.getMessage());
      return none();
    }
  }

  public Outcome lastOutcome() {
    return last;
  }

  /** The folder in use, if any. */
  public Optional<Path> folder() {
    return Optional.ofNullable(folder).map(RuleCacheFolder::path);
  }

  /** The KieBase of DRL that {@code RuleCode.check} passed: from the cache if it holds it, else compiled (and kept). */
  KieBase compile(Map<String, String> checkedDrl, List<RuleSetProblem> problems) {
    if (folder == null) {
      last = Outcome.OFF;
      return DrlCompiler.compile(checkedDrl, problems);
    }
    String key = RuleCacheKey.of(checkedDrl);
    Path file = folder.path().resolve(key + SUFFIX);
    boolean rebuilt = false;
    try {
      byte[] secret = folder.secret();
      Optional<byte[]> entry = folder.read(file);
      if (entry.isPresent()) {
        KieBase kieBase = CompiledPackages.read(verified(entry.get(), key, secret), DrlCompiler.SANDBOX);
        folder.touch(file);
        last = Outcome.HIT;
        return kieBase;
      }
    } catch (RuleCacheFolder.UntrustedException | IOException | RuntimeException e) {
      LOG.warn("compiled rule set {} ignored ({}); compiling the rules again", file, e.getMessage());
      rebuilt = true;
    }
    KieBase kieBase = DrlCompiler.compile(checkedDrl, problems);
    if (kieBase != null) {
      store(file, key, kieBase);
    }
    last = rebuilt ? Outcome.REBUILT : Outcome.STORED;
    return kieBase;
  }

  private void store(Path file, String key, KieBase kieBase) {
    try {
      byte[] payload = CompiledPackages.write(kieBase);
      ByteBuffer entry = ByteBuffer.allocate(MAGIC.length + KEY_LENGTH + payload.length + MAC_LENGTH);
      entry.put(MAGIC).put(key.getBytes(StandardCharsets.US_ASCII)).put(payload);
      entry.put(mac(folder.secret(), entry.array(), entry.position()));
      folder.write(file, entry.array());
      folder.prune(SUFFIX, KEEP);
    } catch (RuleCacheFolder.UntrustedException | IOException | RuntimeException e) {
      LOG.warn("compiled rule set not cached in {}: {}", folder.path(), e.getMessage());
    }
  }

  /** The payload of an entry whose magic, key and signature are right; otherwise why not. */
  private static byte[] verified(byte[] entry, String key, byte[] secret) throws RuleCacheFolder.UntrustedException {
    int header = MAGIC.length + KEY_LENGTH;
    if (entry.length < header + MAC_LENGTH || !Arrays.equals(entry, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
      throw new RuleCacheFolder.UntrustedException("not an entry of this cache format");
    }
    int signed = entry.length - MAC_LENGTH;
    byte[] expected = mac(secret, entry, signed);
    if (!MessageDigest.isEqual(expected, Arrays.copyOfRange(entry, signed, entry.length))) {
      throw new RuleCacheFolder.UntrustedException("checksum does not match: corrupted, or written by another cache");
    }
    if (!key.equals(new String(entry, MAGIC.length, KEY_LENGTH, StandardCharsets.US_ASCII))) {
      throw new RuleCacheFolder.UntrustedException("it holds other rules than its name says");
    }
    return Arrays.copyOfRange(entry, header, signed);
  }

  private static byte[] mac(byte[] secret, byte[] bytes, int length) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      mac.update(bytes, 0, length);
      return mac.doFinal();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }
}
