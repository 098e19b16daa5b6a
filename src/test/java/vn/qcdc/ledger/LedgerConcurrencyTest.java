package vn.qcdc.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;
import vn.qcdc.commune.Commune;
import vn.qcdc.commune.CommuneRepository;
import vn.qcdc.dossier.facts.UnitLevel;
import vn.qcdc.intake.DossierRepository;
import vn.qcdc.intake.StoredDossier;
import vn.qcdc.support.Api;
import vn.qcdc.support.ExampleBytes;
import vn.qcdc.support.ServiceTest;
import vn.qcdc.support.TestUsers;

/**
 * Uploads (whose ledger entry joins the intake's transaction) and evaluations (whose entry has its own) at the same
 * time: every one stored is chained once, with the year's steps (submitted, evaluated), in one chain that verifies.
 * Each upload is of a commune of its own, so that each is the submitted version its evaluation is of.
 */
@ServiceTest
class LedgerConcurrencyTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired LedgerVerifier verifier;
  @Autowired DossierRepository dossiers;
  @Autowired TransactionTemplate tx;
  @Autowired CommuneRepository communes;

  private static final AtomicInteger COMMUNES = new AtomicInteger();

  @Test
  void concurrentUploadsAndEvaluationsAllLandInOneIntactChain() throws Exception {
    Api api = new Api(mvc);
    List<byte[]> dossiers = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      String code = String.valueOf(41000 + COMMUNES.incrementAndGet());
      communes.insert(new Commune(code, "Xã " + code, "Hải Dương", UnitLevel.XA, false));
      dossiers.add(ExampleBytes.forCommune(code));
    }
    // counted after the communes, whose creations the ledger chains too
    long before = jdbc.sql("select count(*) from ledger_entry").query(Long.class).single();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Long>> evaluations = new ArrayList<>();
      for (byte[] d : dossiers) {
        evaluations.add(pool.submit((Callable<Long>) () -> api.evaluate(uploadRetryingOnConflict(d)).path("summary")
            .path("id").asLong()));
      }
      for (Future<Long> f : evaluations) {
        assertThat(f.get()).isPositive();
      }
    } finally {
      pool.shutdownNow();
    }

    // each: the dossier version, its submission, the evaluation, the year's step "evaluated"
    assertThat(jdbc.sql("select count(*) from ledger_entry").query(Long.class).single()).isEqualTo(before + 32);
    assertThat(verifier.verify().intact()).isTrue();
  }

  @Test
  void aRecordInsideALongerTransactionHoldsTheNextWriterUntilThatTransactionCommits() throws Exception {
    CountDownLatch recorded = new CountDownLatch(1);
    ExecutorService other = Executors.newSingleThreadExecutor();
    try {
      Future<Long> second = other.submit(() -> {
        recorded.await();
        return dossiers.insert(version(2016), new byte[] {'{', '}'});
      });
      tx.executeWithoutResult(status -> {
        dossiers.insert(version(2017), new byte[] {'{', '}'});
        recorded.countDown();
        sleep(300); // the caller's transaction goes on after its record: the other writer must wait for its commit
      });

      assertThat(second.get()).isPositive();
    } finally {
      other.shutdownNow();
    }
    assertThat(verifier.verify().intact()).isTrue();
  }

  private static StoredDossier version(int year) {
    return new StoredDossier(0, TestUsers.OTHER_COMMUNE, year, 1, null, String.valueOf(year).repeat(16), 2,
        "test", "test", Instant.now().truncatedTo(ChronoUnit.MILLIS));
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Versions of one commune and year are numbered in order: a concurrent upload may lose the race and retry (409). */
  private long uploadRetryingOnConflict(byte[] dossier) throws Exception {
    for (int attempt = 0; attempt < 50; attempt++) {
      MvcResult r = mvc.perform(post("/api/dossiers").with(TestUsers.auditor())
          .contentType(MediaType.APPLICATION_JSON).content(dossier)).andReturn();
      if (r.getResponse().getStatus() == 201) {
        return Api.json(r).path("id").asLong();
      }
      assertThat(Api.json(r).path("type").asText()).isEqualTo("urn:qcdc:problem:conflict");
    }
    throw new AssertionError("50 conflicts in a row");
  }
}
