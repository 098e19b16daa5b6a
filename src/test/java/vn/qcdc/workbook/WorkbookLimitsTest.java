package vn.qcdc.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Semaphore;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The workbook limits: one set of defaults everywhere, counted in every part, and a bound on readers at once. */
class WorkbookLimitsTest {

  @Test
  void theServiceSettingsAndTheBoundDefaultsAreTheCommandLinesDefaults() throws IOException {
    Properties settings = new Properties();
    try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
      settings.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    }

    WorkbookLimits configured = new Binder(new MapConfigurationPropertySource(settings))
        .bindOrCreate("qcdc.workbook", WorkbookLimits.class);
    WorkbookLimits unset = new Binder(new MapConfigurationPropertySource(Map.of()))
        .bindOrCreate("qcdc.workbook", WorkbookLimits.class);

    assertThat(configured).isEqualTo(WorkbookLimits.DEFAULTS);
    assertThat(unset).isEqualTo(WorkbookLimits.DEFAULTS);
  }

  @Test
  void rowsAreCountedInEveryPartWhateverItsNameSoThatRenamingASheetDoesNotEscapeTheLimit() throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    StringBuilder sheet = new StringBuilder("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/"
        + "main\"><sheetData>");
    for (int r = 1; r <= 25_001; r++) {
      sheet.append("<row r=\"").append(r).append("\"/>");
    }
    sheet.append("</sheetData></worksheet>");
    entries.put("xl/media/picture.png", sheet.toString().getBytes(StandardCharsets.UTF_8));

    var refusal = new WorkbookGuard(WorkbookLimits.DEFAULTS).refusal(zip(entries));

    assertThat(refusal).hasValueSatisfying(r -> assertThat(r).startsWith("bảng tính có hơn 25.000 dòng"));
  }

  @Test
  void aWorkbookWaitsForAFreeSlotAndIsRefusedAsBusyWhenNoneFreesInTime() {
    Semaphore one = new Semaphore(1);
    ConversionSlots slots = new ConversionSlots(one, Duration.ofMillis(50));
    slots.acquire();

    assertThatThrownBy(slots::acquire).isInstanceOf(ConversionSlots.WorkbookBusyException.class)
        .hasMessageStartingWith("máy chủ đang đọc các bảng tính khác");
    slots.release();
    slots.acquire();
    assertThat(one.availablePermits()).isZero();
  }

  private static byte[] zip(Map<String, byte[]> entries) throws IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (var e : entries.entrySet()) {
        out.putNextEntry(new ZipEntry(e.getKey()));
        out.write(e.getValue());
        out.closeEntry();
      }
    }
    return bytes.toByteArray();
  }
}
