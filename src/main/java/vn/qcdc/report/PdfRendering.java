package vn.qcdc.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Renders the report's XHTML to PDF with the shipped Liberation Serif faces, embedded as subsets. */
final class PdfRendering {

  private static final String FONTS = "/report/fonts/";
  private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

  private PdfRendering() {}

  static byte[] render(String xhtml) {
    RendererLog.install();
    ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.useUnicodeLineBreaker(new SpaceLineBreaker());
    // PDF/A-2u for the archive: every font embedded, text extractable, and no unembedded standard-14 fallbacks.
    builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_U);
    builder.useColorProfile(SRGB);
    builder.withHtmlContent(xhtml, ReportDocument.class.getResource("/report/").toExternalForm());
    font(builder, "LiberationSerif-Regular.ttf", 400, FontStyle.NORMAL);
    font(builder, "LiberationSerif-Bold.ttf", 700, FontStyle.NORMAL);
    font(builder, "LiberationSerif-Italic.ttf", 400, FontStyle.ITALIC);
    font(builder, "LiberationSerif-BoldItalic.ttf", 700, FontStyle.ITALIC);
    builder.toStream(out);
    try {
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void font(PdfRendererBuilder builder, String file, int weight, FontStyle style) {
    builder.useFont(() -> open(file), ReportDocument.FONT_FAMILY, weight, style, true);
  }

  private static InputStream open(String file) {
    InputStream in = PdfRendering.class.getResourceAsStream(FONTS + file);
    if (in == null) {
      throw new IllegalStateException("Missing font " + FONTS + file);
    }
    return in;
  }
}
