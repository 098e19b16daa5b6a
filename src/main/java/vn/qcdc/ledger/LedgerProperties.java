package vn.qcdc.ledger;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the ledger keeps what must live outside the database ({@code qcdc.ledger.*}).
 *
 * @param checkpointDir the folder of the signed checkpoint and its key: the data folder, writable by the service's
 *     user only, and not reachable through the database's own access
 */
@ConfigurationProperties("qcdc.ledger")
public record LedgerProperties(@DefaultValue("./data") Path checkpointDir) {}
