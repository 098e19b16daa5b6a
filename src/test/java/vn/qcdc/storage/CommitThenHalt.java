package vn.qcdc.storage;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;

/**
 * Run in a child JVM by {@link H2DurabilityTest}: commits rows one by one on the given database URL, then halts the
 * JVM at once, as {@code kill -9} would (no shutdown hook, no database close).
 */
final class CommitThenHalt {

  private CommitThenHalt() {}

  public static void main(String[] args) throws Exception {
    String url = args[0];
    int rows = Integer.parseInt(args[1]);
    Connection c = DriverManager.getConnection(url, "sa", "");
    c.createStatement().execute("create table acknowledged (id integer primary key, content bytea not null)");
    PreparedStatement insert = c.prepareStatement("insert into acknowledged (id, content) values (?, ?)");
    for (int i = 1; i <= rows; i++) {
      insert.setInt(1, i);
      insert.setBytes(2, new byte[4096]);
      insert.executeUpdate();
    }
    System.out.println("committed " + rows);
    System.out.flush();
    Runtime.getRuntime().halt(137);
  }
}
