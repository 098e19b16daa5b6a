package vn.qcdc.ledger;

import java.util.List;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * At start, before the web server takes requests and before the demo data and the first administrator: brings the
 * checkpoint up to the chain's head (entries committed just before a crash), then chains the rows of the kinds the
 * ledger started covering in an upgrade ({@code ledger_adoption}, filled by migration V4), once.
 */
@Component
class LedgerStartup implements SmartLifecycle {

  /** Started first of all: before the demo accounts ({@code DemoData.ACCOUNTS_PHASE}) and the web server. */
  public static final int PHASE = 0;

  private static final Logger LOG = LoggerFactory.getLogger(LedgerStartup.class);

  private final Checkpoints checkpoints;
  private final Ledger ledger;
  private final LedgerRepository entries;
  private final List<ChainedRecords> tables;
  private final JdbcClient jdbc;
  private volatile boolean running;

  LedgerStartup(Checkpoints checkpoints, Ledger ledger, LedgerRepository entries, List<ChainedRecords> tables,
      JdbcClient jdbc) {
    this.checkpoints = checkpoints;
    this.ledger = ledger;
    this.entries = entries;
    this.tables = tables;
    this.jdbc = jdbc;
  }

  @Override
  public int getPhase() {
    return PHASE;
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  @Override
  public void stop() {
    running = false;
  }

  @Override
  public void start() {
    if (running) {
      return;
    }
    running = true;
    checkpoints.catchUp();
    List<String> pending = jdbc.sql("select kind from ledger_adoption order by kind").query(String.class).list();
    for (ChainedRecords table : tables) {
      if (pending.contains(table.kind())) {
        adopt(table);
      }
    }
  }

  /** Each row in its own transaction; interrupted, the next start goes on with the rows still unchained. */
  private void adopt(ChainedRecords table) {
    List<LongSupplier> rows = table.adoptions(entries.recordIds(table.kind()));
    for (LongSupplier row : rows) {
      ledger.record(table, row);
    }
    jdbc.sql("delete from ledger_adoption where kind = ?").param(table.kind()).update();
    if (!rows.isEmpty()) {
      LOG.warn("ledger: {} {} rows stored before the ledger covered them are now chained as found", rows.size(),
          table.kind());
    }
  }
}
