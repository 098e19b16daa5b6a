package vn.qcdc.rulebase;

import java.time.Duration;

/**
 * The limits one run of a rule set cannot pass: firings, wall-clock time, facts the rules insert, and bytes the run
 * allocates. The last two grow with the dossier, so that the largest real dossier stays well inside them while a rule
 * that feeds itself is stopped long before it fills the memory.
 *
 * @param maxFirings rule firings
 * @param timeout wall-clock time of the run
 * @param baseInsertions facts the rules may insert, plus {@code insertionsPerFact} for each fact of the dossier
 * @param baseBytes bytes the run may allocate, plus {@code bytesPerFact} for each fact of the dossier
 */
public record RunLimits(int maxFirings, Duration timeout, long baseInsertions, long insertionsPerFact, long baseBytes,
    long bytesPerFact) {

  /** Measured: 4.5 KB allocated and under one derived fact per dossier fact (100,000 records: 449 MB, 8 s). */
  public static final RunLimits EVALUATION = new RunLimits(5_000_000, Duration.ofSeconds(60), 200_000, 20,
      512L << 20, 100L << 10);

  /** A scenario case is a small dossier: a candidate rule set gets seconds, not a minute, per case. */
  public static final RunLimits SCENARIO = new RunLimits(1_000_000, Duration.ofSeconds(10), 100_000, 20,
      256L << 20, 100L << 10);

  long maxInsertions(int facts) {
    return baseInsertions + insertionsPerFact * facts;
  }

  long maxBytes(int facts) {
    return baseBytes + bytesPerFact * facts;
  }

  /** The same limits with another firing limit and time (tests, tools). */
  public RunLimits with(int firings, Duration time) {
    return new RunLimits(firings, time, baseInsertions, insertionsPerFact, baseBytes, bytesPerFact);
  }
}
