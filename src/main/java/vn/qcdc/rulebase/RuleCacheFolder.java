package vn.qcdc.rulebase;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.FileTime;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The folder of the compiled rule-set cache, trusted only if nobody but this process's user can change it: it and its
 * key are created readable and writable by the user alone, and a folder that another user owns or may write (or
 * whose parent folders another user may rename it in) is refused. A cache entry is code, so it must never come from a
 * place others can write. Files are written whole or not at all (a temporary file, forced to disk, then renamed).
 */
final class RuleCacheFolder {

  /** The largest entry read: the shipped rules take about 2 MB. */
  static final int MAX_ENTRY_BYTES = 64 << 20;
  private static final String KEY_FILE = "cache.key";
  private static final int STICKY = 01000;
  private static final int GROUP_OR_OTHERS_WRITE = 0022;
  private static final int GROUP_OR_OTHERS_ANY = 0077;
  private static final int TYPE_MASK = 0170000;
  private static final int REGULAR_FILE = 0100000;

  private final Path folder;
  private final long uid;

  private RuleCacheFolder(Path folder, long uid) {
    this.folder = folder;
    this.uid = uid;
  }

  /** The folder, created if missing (mode 700), or why it cannot be trusted. */
  static RuleCacheFolder open(Path folder) throws UntrustedException, IOException {
    Path dir = folder.toAbsolutePath().normalize();
    long uid = currentUid();
    createPrivately(dir);
    if (Files.isSymbolicLink(dir) || !Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
      throw new UntrustedException(dir + " is not a plain folder");
    }
    if (owner(dir) != uid || (mode(dir) & GROUP_OR_OTHERS_ANY) != 0) {
      throw new UntrustedException(dir + " must belong to this user and be closed to others (chmod 700)");
    }
    for (Path p = dir.getParent(); p != null; p = p.getParent()) {
      int mode = mode(p);
      boolean othersMayRename = (mode & GROUP_OR_OTHERS_WRITE) != 0 && (mode & STICKY) == 0;
      if (othersMayRename || owner(p) != uid && owner(p) != 0) {
        throw new UntrustedException(p + " may be changed by another user, so " + dir + " cannot be trusted");
      }
    }
    return new RuleCacheFolder(dir, uid);
  }

  /** Creates the folder and any missing parent with mode 700 (an existing one is checked, never changed). */
  private static void createPrivately(Path dir) throws IOException {
    if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    if (dir.getParent() != null) {
      createPrivately(dir.getParent());
    }
    try {
      Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    } catch (FileAlreadyExistsException raced) {
      // another process created it first: checked like any existing folder
    }
  }

  Path path() {
    return folder;
  }

  /** The secret the entries are signed with, made on first use; an entry signed with another one is foreign. */
  byte[] secret() throws IOException, UntrustedException {
    Path file = folder.resolve(KEY_FILE);
    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      byte[] key = new byte[32];
      new SecureRandom().nextBytes(key);
      write(file, key);
    }
    byte[] key = read(file).orElseThrow(() -> new UntrustedException(file + " disappeared"));
    if (key.length != 32) {
      throw new UntrustedException(file + " is not a key this cache wrote");
    }
    return key;
  }

  /** The bytes of an entry, if there is one that is a private regular file of this user; empty otherwise. */
  Optional<byte[]> read(Path file) throws IOException, UntrustedException {
    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    int mode = mode(file);
    if ((mode & TYPE_MASK) != REGULAR_FILE || owner(file) != uid || (mode & GROUP_OR_OTHERS_ANY) != 0) {
      throw new UntrustedException(file + " is not a private file of this user");
    }
    if (Files.size(file) > MAX_ENTRY_BYTES) {
      throw new UntrustedException(file + " is larger than any entry this cache writes");
    }
    return Optional.of(Files.readAllBytes(file));
  }

  /** Writes the bytes as {@code file} (mode 600) atomically: readers see the old file or the whole new one. */
  void write(Path file, byte[] bytes) throws IOException {
    Path tmp = folder.resolve(".tmp-" + UUID.randomUUID());
    try {
      try (FileChannel out = FileChannel.open(tmp, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          out.write(buffer);
        }
        out.force(true);
      }
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** Keeps the {@code keep} entries used most recently, removing the others. */
  void prune(String suffix, int keep) {
    try (var files = Files.list(folder)) {
      List<Path> entries = files.filter(p -> p.getFileName().toString().endsWith(suffix))
          .sorted(Comparator.comparing(RuleCacheFolder::modified).reversed()).toList();
      for (Path old : entries.subList(Math.min(keep, entries.size()), entries.size())) {
        Files.deleteIfExists(old);
      }
    } catch (IOException e) {
      // an entry in use elsewhere, or removed meanwhile: the next store tries again
    }
  }

  /** Marks an entry as just used, so that pruning keeps it. */
  void touch(Path file) {
    try {
      Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
    } catch (IOException e) {
      // only the order of pruning depends on it
    }
  }

  private static FileTime modified(Path p) {
    try {
      return Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException e) {
      return FileTime.fromMillis(0);
    }
  }

  private static int mode(Path p) throws IOException {
    return (Integer) Files.getAttribute(p, "unix:mode", LinkOption.NOFOLLOW_LINKS);
  }

  private static long owner(Path p) throws IOException {
    return ((Number) Files.getAttribute(p, "unix:uid", LinkOption.NOFOLLOW_LINKS)).longValue();
  }

  /** This process's user id (a Unix system: elsewhere there is no cache). */
  private static long currentUid() throws UntrustedException {
    try {
      return new com.sun.security.auth.module.UnixSystem().getUid();
    } catch (LinkageError | RuntimeException e) {
      throw new UntrustedException("this system does not tell file owners (no Unix user id)");
    }
  }

  /** The folder or a file in it could be changed by someone else, so nothing in it is used. */
  static final class UntrustedException extends Exception {
    UntrustedException(String message) {
      super(message);
    }
  }
}
