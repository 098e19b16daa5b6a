package vn.qcdc.assessment;

import vn.qcdc.cli.ExitCode;

/** Test fixture, never loaded: a class of stored results that uses the command line, which the rules must refuse. */
final class CommandLineLeakFixture {

  ExitCode exit;
}
