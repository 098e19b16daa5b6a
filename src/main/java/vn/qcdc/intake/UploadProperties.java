package vn.qcdc.intake;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** The largest dossier accepted as a raw JSON body ({@code qcdc.upload.max-dossier-size}). */
@ConfigurationProperties("qcdc.upload")
public record UploadProperties(@DefaultValue("20MB") DataSize maxDossierSize) {}
