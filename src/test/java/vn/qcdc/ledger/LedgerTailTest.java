package vn.qcdc.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.qcdc.support.Api;
import vn.qcdc.support.ExampleBytes;
import vn.qcdc.support.Rows;
import vn.qcdc.support.ServiceTest;
import vn.qcdc.support.TestUsers;

/**
 * The newest entries deleted together with their records leave a consistent but shorter chain; the signed
 * checkpoint outside the database names them. A checkpoint behind the chain (a crash between commit and checkpoint)
 * is accepted; one deleted, forged or naming another entry is reported, never repaired by the next write.
 */
@ServiceTest
class LedgerTailTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired LedgerProperties properties;
  @Autowired Checkpoints checkpoints;
  CheckpointFile file;
  Path checkpoint;
  byte[] saved;

  @BeforeEach
  void saveTheCheckpoint() throws Exception {
    file = new CheckpointFile(properties.checkpointDir());
    checkpoint = file.folder().resolve(CheckpointFile.NAME);
    saved = Files.readAllBytes(checkpoint);
  }

  @AfterEach
  void restoreTheCheckpoint() throws Exception {
    Files.write(checkpoint, saved);
    checkpoints.catchUp();
  }

  @Test
  void everyCommittedEntryMovesTheCheckpoint() throws Exception {
    new Api(mvc).upload(ExampleBytes.fresh());

    JsonNode v = verify();
    assertThat(v.path("intact").asBoolean()).isTrue();
    assertThat(v.path("checkpoint").path("status").asText()).isEqualTo("HELD");
    assertThat(v.path("checkpoint").path("seq").asLong()).isEqualTo(newestSeq());
    assertThat(v.path("checkpoint").path("entriesAfter").asLong()).isZero();
  }

  @Test
  void verificationNamesTheNewestEntryDeletedWithItsRecord() throws Exception {
    new Api(mvc).upload(ExampleBytes.fresh());
    long seq = newestSeq();
    // an auditor's upload is submitted as it is stored: the newest entry is that step of the year
    long step = jdbc.sql("select record_id from ledger_entry where seq = ? and kind = 'YEAR_EVENT'").param(seq)
        .query(Long.class).single();
    Rows rows = new Rows(jdbc);

    Map<String, Object> entry = rows.delete("ledger_entry", "seq", seq);
    Map<String, Object> record = rows.delete("commune_year_event", "id", step);
    try {
      JsonNode broken = verify();

      assertThat(broken.path("intact").asBoolean()).isFalse();
      assertThat(broken.path("entries").asLong()).isEqualTo(seq - 1);
      assertThat(broken.path("firstMismatch").path("kind").asText()).isEqualTo("LEDGER");
      assertThat(broken.path("firstMismatch").path("seq").asLong()).isEqualTo(seq);
      assertThat(broken.path("firstMismatch").path("reason").asText()).contains("ends at entry " + (seq - 1))
          .contains("the newest entries were deleted");
      assertThat(broken.path("checkpoint").path("status").asText()).isEqualTo("AHEAD_OF_LEDGER");
    } finally {
      rows.restore("commune_year_event", record);
      rows.restore("ledger_entry", entry);
    }
    assertThat(verify().path("intact").asBoolean()).isTrue();
  }

  @Test
  void aCheckpointBehindTheChainIsAcceptedAndCaughtUpAtStart() throws Exception {
    new Api(mvc).upload(ExampleBytes.fresh());
    new Api(mvc).upload(ExampleBytes.fresh());
    long head = newestSeq();
    String hash = jdbc.sql("select entry_hash from ledger_entry where seq = ?").param(head - 2).query(String.class)
        .single();
    file.write(new Checkpoint(head - 2, hash, Instant.now()));

    JsonNode behind = verify();
    checkpoints.catchUp();

    assertThat(behind.path("intact").asBoolean()).isTrue();
    assertThat(behind.path("checkpoint").path("entriesAfter").asLong()).isEqualTo(2);
    assertThat(verify().path("checkpoint").path("seq").asLong()).isEqualTo(head);
  }

  @Test
  void aCheckpointEditedByHandIsReportedAsNotSigned() throws Exception {
    Files.writeString(checkpoint, new String(saved, StandardCharsets.UTF_8).replaceFirst("seq=\\d+", "seq=1"));

    JsonNode broken = verify();

    assertThat(broken.path("intact").asBoolean()).isFalse();
    assertThat(broken.path("firstMismatch").path("kind").asText()).isEqualTo("CHECKPOINT");
    assertThat(broken.path("checkpoint").path("status").asText()).isEqualTo("BAD_SIGNATURE");
    assertThat(broken.path("checkpoint").path("problem").asText()).contains("signature does not match");
  }

  @Test
  void aDeletedCheckpointIsReportedAndNotRecreatedByTheNextWrite() throws Exception {
    Files.delete(checkpoint);

    new Api(mvc).upload(ExampleBytes.fresh());
    JsonNode broken = verify();

    assertThat(Files.exists(checkpoint)).isFalse();
    assertThat(broken.path("intact").asBoolean()).isFalse();
    assertThat(broken.path("checkpoint").path("status").asText()).isEqualTo("MISSING");
  }

  @Test
  void aSignedCheckpointNamingAnotherEntryIsReportedAndNeverMovedPast() throws Exception {
    long head = newestSeq();
    file.write(new Checkpoint(head, "f".repeat(64), Instant.now()));

    new Api(mvc).upload(ExampleBytes.fresh());
    checkpoints.catchUp();
    JsonNode broken = verify();

    assertThat(broken.path("intact").asBoolean()).isFalse();
    assertThat(broken.path("firstMismatch").path("seq").asLong()).isEqualTo(head);
    assertThat(broken.path("checkpoint").path("status").asText()).isEqualTo("NOT_HELD");
    assertThat(broken.path("checkpoint").path("seq").asLong()).isEqualTo(head);
  }

  private long newestSeq() {
    return jdbc.sql("select max(seq) from ledger_entry").query(Long.class).single();
  }

  private JsonNode verify() throws Exception {
    return Api.json(mvc.perform(get("/api/ledger/verification").with(TestUsers.admin()))
        .andExpect(status().isOk()).andReturn());
  }
}
