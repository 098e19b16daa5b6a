package vn.qcdc.ledger;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The ledger's newest entry kept outside the database: {@code ledger-checkpoint.properties}, signed with HMAC-SHA256
 * under a key generated once next to it ({@code ledger-checkpoint.key}, readable by the service's user only). Whoever
 * can change the database but not this folder cannot delete the newest entries unseen.
 */
final class CheckpointFile {

  static final String NAME = "ledger-checkpoint.properties";
  static final String KEY_NAME = "ledger-checkpoint.key";
  private static final String DOMAIN = "qcdc-ledger-checkpoint/1";

  /** What the folder holds. {@code checkpoint} is set only when {@code state} is {@link State#VALID}. */
  record Reading(State state, Checkpoint checkpoint, String problem) {}

  enum State { VALID, NONE, MISSING, KEY_MISSING, UNREADABLE, BAD_SIGNATURE }

  private final Path folder;

  CheckpointFile(Path folder) {
    this.folder = folder.toAbsolutePath().normalize();
  }

  Path folder() {
    return folder;
  }

  Reading read() {
    Path file = folder.resolve(NAME);
    Path keyFile = folder.resolve(KEY_NAME);
    boolean hasFile = Files.exists(file);
    boolean hasKey = Files.exists(keyFile);
    if (!hasFile && !hasKey) {
      return new Reading(State.NONE, null, "no checkpoint and no key in " + folder);
    }
    if (!hasFile) {
      return new Reading(State.MISSING, null, "the checkpoint file " + file + " is missing");
    }
    if (!hasKey) {
      return new Reading(State.KEY_MISSING, null, "the checkpoint's key " + keyFile + " is missing: the checkpoint "
          + "cannot be checked");
    }
    try {
      Properties p = new Properties();
      p.load(new java.io.StringReader(Files.readString(file, StandardCharsets.UTF_8)));
      Checkpoint c = new Checkpoint(Long.parseLong(p.getProperty("seq")), p.getProperty("entryHash"),
          Instant.parse(p.getProperty("writtenAt")));
      byte[] expected = mac(key(), c);
      byte[] found = HexFormat.of().parseHex(p.getProperty("mac"));
      if (!MessageDigest.isEqual(expected, found)) {
        return new Reading(State.BAD_SIGNATURE, null, "the checkpoint's signature does not match its content: the "
            + "file was edited or signed with another key");
      }
      return new Reading(State.VALID, c, null);
    } catch (IOException | RuntimeException e) {
      return new Reading(State.UNREADABLE, null, "the checkpoint file cannot be read: " + e.getMessage());
    }
  }

  /** Creates the key; only when there is none (a lost key is reported, never silently replaced). */
  void createKey() throws IOException {
    Files.createDirectories(folder);
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    Path keyFile = folder.resolve(KEY_NAME);
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      Files.createFile(keyFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } else {
      Files.createFile(keyFile);
    }
    Files.writeString(keyFile, HexFormat.of().formatHex(key) + "\n", StandardCharsets.US_ASCII);
  }

  /** Replaces the checkpoint atomically: written and forced to disk under a temporary name, then renamed. */
  void write(Checkpoint c) throws IOException {
    String text = "# The ledger's newest entry, kept outside the database (issue #16). Do not edit: signed.\n"
        + "seq=" + c.seq() + "\nentryHash=" + c.entryHash() + "\nwrittenAt=" + c.writtenAt() + "\nmac="
        + HexFormat.of().formatHex(mac(key(), c)) + "\n";
    Path temp = folder.resolve(NAME + ".tmp");
    try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING)) {
      out.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)));
      out.force(true);
    }
    Files.move(temp, folder.resolve(NAME), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private byte[] key() throws IOException {
    Path keyFile = folder.resolve(KEY_NAME);
    List<String> lines = Files.readAllLines(keyFile, StandardCharsets.US_ASCII);
    if (lines.isEmpty() || lines.get(0).strip().length() != 64) {
      throw new IOException(keyFile + " does not hold a 256-bit key in hex");
    }
    return HexFormat.of().parseHex(lines.get(0).strip());
  }

  private static byte[] mac(byte[] key, Checkpoint c) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal((DOMAIN + "\n" + c.seq() + "\n" + c.entryHash() + "\n" + c.writtenAt())
          .getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }
}
