package vn.qcdc.hostile;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Makes each hostile file once per test run, by name: the command-line, API and page tests share it (the zip bomb
 * and the 200,000-row workbook take a second or two to make).
 */
final class Memo {

  private static final Map<String, byte[]> MADE = new ConcurrentHashMap<>();

  private Memo() {}

  static Supplier<byte[]> of(String name, Supplier<byte[]> make) {
    return () -> MADE.computeIfAbsent(name, n -> make.get()).clone();
  }
}
