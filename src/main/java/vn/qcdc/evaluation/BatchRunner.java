package vn.qcdc.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

/**
 * Many dossiers on all cores with one shared rule set: the command line's batch {@code evaluate} and the service's
 * re-evaluations of stored dossiers (impact preview) go through here. Each item is one task (read, evaluate, write or
 * compare); tasks run on a fixed pool, results come back in the order of the items, and a task that fails is
 * recorded with its failure while the others go on, unless the failure is fatal (a rule set that runs away), which
 * stops the items not yet started. Keep results small: a batch of thousands must not hold thousands of evaluations.
 */
public final class BatchRunner {

  /** The work on one item. */
  public interface Task<T, R> {
    R run(T item) throws Exception;
  }

  /** Told after each item, from the thread that did it. */
  public interface Progress<T, R> {
    void done(Outcome<T, R> outcome, int done, int total);
  }

  /** One item with its result, or the failure of its task. */
  public record Outcome<T, R>(T item, R result, Exception failure) {}

  private BatchRunner() {}

  /** All the cores of this machine. */
  public static int cores() {
    return Runtime.getRuntime().availableProcessors();
  }

  /**
   * Runs {@code task} on every item with {@code threads} threads; returns the outcomes in the order of the items.
   *
   * @throws RuntimeException the first failure {@code fatal} accepts, once the running tasks have ended
   */
  public static <T, R> List<Outcome<T, R>> run(List<T> items, int threads, Task<T, R> task, Progress<T, R> progress,
      Predicate<Exception> fatal) {
    AtomicInteger done = new AtomicInteger();
    AtomicReference<Exception> stop = new AtomicReference<>();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, items.size())), r -> {
      Thread t = new Thread(r, "batch-evaluate");
      t.setDaemon(true);
      return t;
    });
    List<Future<Outcome<T, R>>> futures = new ArrayList<>();
    try {
      for (T item : items) {
        futures.add(pool.submit(() -> {
          Outcome<T, R> outcome = stop.get() != null ? null : attempt(item, task);
          if (outcome != null && outcome.failure() != null && fatal.test(outcome.failure())) {
            stop.compareAndSet(null, outcome.failure());
          }
          if (outcome != null) {
            progress.done(outcome, done.incrementAndGet(), items.size());
          }
          return outcome;
        }));
      }
      List<Outcome<T, R>> outcomes = new ArrayList<>(items.size());
      for (Future<Outcome<T, R>> f : futures) {
        outcomes.add(f.get());
      }
      if (stop.get() != null) {
        throw stop.get() instanceof RuntimeException r ? r : new IllegalStateException(stop.get());
      }
      return outcomes;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("the batch was interrupted");
    } catch (ExecutionException e) {
      throw new IllegalStateException("a batch task failed outside its item", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static <T, R> Outcome<T, R> attempt(T item, Task<T, R> task) {
    try {
      return new Outcome<>(item, task.run(item), null);
    } catch (Exception e) {
      return new Outcome<>(item, null, e);
    }
  }
}
