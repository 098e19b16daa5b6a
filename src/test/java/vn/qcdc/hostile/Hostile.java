package vn.qcdc.hostile;

import java.util.function.Supplier;

/**
 * One hostile input: an intention-revealing name, the file name it is uploaded as, its bytes (made when asked, so that
 * the large ones are not all held at once) and a piece of the message it must be refused with, on the command line
 * and in the API alike.
 */
public record Hostile(String name, String fileName, Supplier<byte[]> content, String expected) {

  public byte[] bytes() {
    return content.get();
  }

  @Override
  public String toString() {
    return name;
  }
}
