package vn.qcdc.i18n;

/** An exception whose words come from the message bundles, so that a page can write them in its own language. */
public interface Worded {

  Message text();
}
