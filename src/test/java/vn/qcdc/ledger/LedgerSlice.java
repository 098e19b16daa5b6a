package vn.qcdc.ledger;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/** The real ledger writer for repository slice tests whose repositories chain what they insert. */
@TestConfiguration
@Import({Ledger.class, LedgerRepository.class, Checkpoints.class})
@EnableConfigurationProperties(LedgerProperties.class)
public class LedgerSlice {}
