package vn.qcdc.lifecycle;

import vn.qcdc.official.OfficialResults;

/** Test fixture, never loaded: the lifecycle using the official results, which use the lifecycle: a cycle. */
final class CycleFixture {

  OfficialResults results;
}
