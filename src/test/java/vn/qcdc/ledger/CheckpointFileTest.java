package vn.qcdc.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.qcdc.ledger.CheckpointFile.State;

/** The signed checkpoint file: what it reads back, and every way it can be missing or forged. */
class CheckpointFileTest {

  @TempDir Path folder;
  CheckpointFile file;
  final Checkpoint at41 = new Checkpoint(41, "ab".repeat(32), Instant.parse("2026-12-07T01:00:00Z"));

  @BeforeEach
  void file() {
    file = new CheckpointFile(folder.resolve("data"));
  }

  @Test
  void readsBackTheCheckpointItSigned() throws Exception {
    file.createKey();
    file.write(at41);

    CheckpointFile.Reading reading = file.read();

    assertThat(reading.state()).isEqualTo(State.VALID);
    assertThat(reading.checkpoint()).isEqualTo(at41);
  }

  @Test
  void createsTheKeyReadableByTheServicesUserOnly() throws Exception {
    file.createKey();

    Path key = file.folder().resolve(CheckpointFile.KEY_NAME);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
    assertThat(Files.readString(key).strip()).hasSize(64);
  }

  @Test
  void aNewFolderHasNeitherCheckpointNorKey() {
    assertThat(file.read().state()).isEqualTo(State.NONE);
  }

  @Test
  void aDeletedCheckpointIsMissingOnceAKeyExists() throws Exception {
    file.createKey();
    file.write(at41);
    Files.delete(file.folder().resolve(CheckpointFile.NAME));

    assertThat(file.read().state()).isEqualTo(State.MISSING);
  }

  @Test
  void aCheckpointWhoseKeyWasDeletedCannotBeChecked() throws Exception {
    file.createKey();
    file.write(at41);
    Files.delete(file.folder().resolve(CheckpointFile.KEY_NAME));

    assertThat(file.read().state()).isEqualTo(State.KEY_MISSING);
  }

  @Test
  void aCheckpointEditedToAnEarlierEntryHasABadSignature() throws Exception {
    file.createKey();
    file.write(at41);
    Path checkpoint = file.folder().resolve(CheckpointFile.NAME);
    Files.writeString(checkpoint, Files.readString(checkpoint).replace("seq=41", "seq=40"), StandardCharsets.UTF_8);

    CheckpointFile.Reading reading = file.read();

    assertThat(reading.state()).isEqualTo(State.BAD_SIGNATURE);
    assertThat(reading.checkpoint()).isNull();
    assertThat(reading.problem()).contains("signature does not match");
  }

  @Test
  void aCheckpointSignedWithAnotherKeyHasABadSignature() throws Exception {
    file.createKey();
    file.write(at41);
    Files.delete(file.folder().resolve(CheckpointFile.KEY_NAME));
    file.createKey();

    assertThat(file.read().state()).isEqualTo(State.BAD_SIGNATURE);
  }

  @Test
  void aTruncatedCheckpointIsUnreadableNotAnError() throws Exception {
    file.createKey();
    file.write(at41);
    Files.writeString(file.folder().resolve(CheckpointFile.NAME), "seq=4", StandardCharsets.UTF_8);

    CheckpointFile.Reading reading = file.read();

    assertThat(reading.state()).isEqualTo(State.UNREADABLE);
    assertThat(reading.problem()).startsWith("the checkpoint file cannot be read");
  }
}
