package vn.qcdc.storage;

import vn.qcdc.support.ServiceTest;
import vn.qcdc.support.StorageContract;

/** The storage contract on H2 in PostgreSQL mode (the default database). */
@ServiceTest
class H2StorageTest extends StorageContract {}
