package vn.qcdc.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import vn.qcdc.assessment.EvaluationService;
import vn.qcdc.assessment.StoredEvaluation;
import vn.qcdc.commune.Commune;
import vn.qcdc.commune.CommuneLink;
import vn.qcdc.commune.CommuneRepository;
import vn.qcdc.dossier.facts.UnitLevel;
import vn.qcdc.intake.DossierIntake;
import vn.qcdc.intake.StoredDossier;
import vn.qcdc.lifecycle.Lifecycle;
import vn.qcdc.security.AppUser;
import vn.qcdc.security.Role;
import vn.qcdc.security.UserRepository;

/**
 * At first start on an empty database (no commune yet) and with {@code qcdc.demo.enabled}: creates the demo
 * communes and users at once, then imports the example and the generated dossiers as submitted by their communes,
 * evaluates each with the active rule set and signs off the years before 2025 (2025 is left evaluated, awaiting
 * appraisal), in the background after start-up ({@code qcdc.demo.background}; the sign-in page says so meanwhile).
 *
 * <p>The communes and users are made, and the import announced, before the web server takes its first request (a
 * lifecycle phase before the server's, after the ledger's start-up): nobody meets a sign-in page that neither knows
 * the demo users nor says that the demo data is loading.
 */
@Component
@Order(50)
class DemoData implements SmartLifecycle, ApplicationRunner {

  /** After the ledger has caught up ({@code LedgerStartup.PHASE} 0), long before the web server starts. */
  static final int ACCOUNTS_PHASE = 1;

  private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
  static final String LOADER = "demo-loader";
  /** Demo years before this one are signed off; this one is evaluated and open to appraisal. */
  static final int SIGNED_OFF_BEFORE = 2025;

  /** A demo user and their password in clear (documented in docs/api.md; demo data only). */
  record DemoUser(String username, String password, Role role, String communeCode) {}

  /** One demo user per role; the chairman and the officer are Chí Minh's. */
  static final List<DemoUser> USERS = List.of(
      new DemoUser("auditor", "auditor-demo", Role.AUDITOR, null),
      new DemoUser("legal", "legal-demo", Role.LEGAL, null),
      new DemoUser("chairman", "chairman-demo", Role.CHAIRMAN, "11095"),
      new DemoUser("officer", "officer-demo", Role.OFFICER, "11095"),
      new DemoUser("admin", "admin-demo", Role.ADMIN, null));

  private final DemoProperties properties;
  private final CommuneRepository communes;
  private final UserRepository users;
  private final PasswordEncoder encoder;
  private final DossierIntake intake;
  private final EvaluationService evaluations;
  private final Lifecycle lifecycle;
  private final DemoImport status;
  /** The dossiers still to import, from the accounts phase to the runner; null when there is nothing to load. */
  private volatile List<Demo> pending;
  private volatile boolean running;

  DemoData(DemoProperties properties, CommuneRepository communes, UserRepository users, PasswordEncoder encoder,
      DossierIntake intake, EvaluationService evaluations, Lifecycle lifecycle, DemoImport status) {
    this.properties = properties;
    this.communes = communes;
    this.users = users;
    this.encoder = encoder;
    this.intake = intake;
    this.evaluations = evaluations;
    this.lifecycle = lifecycle;
    this.status = status;
  }

  @Override
  public int getPhase() {
    return ACCOUNTS_PHASE;
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  @Override
  public void stop() {
    running = false;
  }

  /** The demo communes and users, and the import announced: before the first request. */
  @Override
  public void start() {
    if (running) {
      return;
    }
    running = true;
    if (!properties.enabled() || !communes.findAll().isEmpty()) {
      return;
    }
    byte[] example;
    try {
      example = read();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    createCommunesAndUsers();
    DemoDossiers generator = new DemoDossiers(example);
    List<Demo> dossiers = new ArrayList<>();
    dossiers.add(new Demo(() -> example, "demo: examples/chi-minh-2025.json"));
    for (DemoCommune c : DemoCommune.all()) {
      for (int year : c.years()) {
        dossiers.add(new Demo(() -> generator.generate(c, year), "demo: generated from the example for " + year));
      }
    }
    status.started(dossiers.size());
    pending = dossiers;
  }

  /** The dossiers, once the service has started: in the background unless {@code qcdc.demo.background=false}. */
  @Override
  public void run(ApplicationArguments args) {
    List<Demo> dossiers = pending;
    pending = null;
    if (dossiers == null) {
      return;
    }
    if (properties.background()) {
      Thread importer = new Thread(() -> importAll(dossiers), "demo-import");
      importer.setDaemon(true);
      importer.start();
    } else {
      importAll(dossiers);
    }
  }

  /** One demo dossier, made when it is imported. */
  private record Demo(Supplier<byte[]> bytes, String source) {}

  /** The communes, their merger and the demo users: quick, and done before the first request. */
  private void createCommunesAndUsers() {
    communes.insert(new Commune("11095", "Chí Minh", DemoCommune.PROVINCE, UnitLevel.XA, true));
    for (DemoCommune c : DemoCommune.all()) {
      communes.insert(new Commune(c.code(), c.name(), DemoCommune.PROVINCE, UnitLevel.XA, true));
    }
    for (String predecessor : DemoCommune.mergedInto90013()) {
      communes.link(new CommuneLink(predecessor, "90013", LocalDate.of(2025, 7, 1)));
    }
    for (DemoUser u : USERS) {
      if (users.find(u.username()).isEmpty()) {
        users.insert(new AppUser(u.username(), encoder.encode(u.password()), u.role(), u.communeCode(), true));
      }
    }
  }

  private void importAll(List<Demo> dossiers) {
    long start = System.currentTimeMillis();
    SecurityContextHolder.getContext().setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(LOADER, null, List.of()));
    try {
      for (Demo d : dossiers) {
        importAndEvaluate(d.bytes().get(), d.source());
        status.imported();
      }
      LOG.info("demo data loaded communes={} users={} dossiers={} ms={} (turn off with qcdc.demo.enabled=false)",
          communes.findAll().size(), USERS.size(), dossiers.size(), System.currentTimeMillis() - start);
    } catch (Exception e) {
      LOG.error("the demo import stopped after {} of {} dossiers", status.done(), dossiers.size(), e);
    } finally {
      SecurityContextHolder.clearContext();
      status.finished();
    }
  }

  private void importAndEvaluate(byte[] bytes, String source) throws Exception {
    StoredDossier d = intake.store(bytes, source).dossier();
    lifecycle.submit(d.communeCode(), d.year(), d.id(), "Dữ liệu mẫu: xã nộp hồ sơ.");
    StoredEvaluation e = evaluations.evaluate(d.id());
    if (d.year() < SIGNED_OFF_BEFORE) {
      lifecycle.signOff(d.communeCode(), d.year(), e.id(), "Dữ liệu mẫu: kết quả các năm trước đã được công nhận.");
    }
  }

  private byte[] read() throws IOException {
    if (!Files.isRegularFile(properties.example())) {
      throw new IllegalStateException("Demo data is on but the example dossier " + properties.example()
          .toAbsolutePath() + " is missing; set qcdc.demo.example or qcdc.demo.enabled=false");
    }
    return Files.readAllBytes(properties.example());
  }
}
