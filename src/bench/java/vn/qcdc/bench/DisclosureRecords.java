package vn.qcdc.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;

/**
 * Public disclosures (format §5.5): posted at the headquarters and in the villages, published on the website and
 * sometimes broadcast, mostly promptly after the decision and sometimes late or briefly.
 */
final class DisclosureRecords {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final List<String> TITLES = List.of("Dự toán ngân sách xã", "Tình hình thực hiện dự toán ngân sách",
      "Danh sách hộ nghèo, hộ cận nghèo", "Kế hoạch sử dụng đất", "Danh sách đối tượng được hỗ trợ",
      "Kết quả giải quyết khiếu nại, tố cáo", "Quyết toán công trình xây dựng cơ bản");

  private final Dates dates;

  DisclosureRecords(Dates dates) {
    this.dates = dates;
  }

  ArrayNode generate(int count) {
    ArrayNode out = JSON.arrayNode(count);
    for (int i = 1; i <= count; i++) {
      LocalDate decided = dates.anyWorkingDay();
      LocalDate start = Dates.plusWorkingDays(decided, dates.chance(0.9) ? dates.between(1, 5) : dates.between(6, 15));
      ArrayNode channels = JSON.arrayNode();
      channels.add(channel("POSTING_HQ", start, start.plusDays(dates.between(20, 60))));
      channels.add(channel("POSTING_VILLAGE", start.plusDays(dates.between(0, 2)), start.plusDays(dates.between(25, 60))));
      channels.add(channel("WEBSITE", start, null));
      if (dates.chance(0.2)) {
        channels.add(channel("RADIO", start, start.plusDays(dates.between(1, 3))));
      }
      out.add(JSON.objectNode().put("id", String.format("B-DS-%05d", i)).put("art11Item", dates.between(1, 14))
          .put("title", dates.pick(TITLES)).put("sourceDecisionDate", decided.toString()).set("channels", channels));
    }
    return out;
  }

  private static ObjectNode channel(String kind, LocalDate start, LocalDate end) {
    ObjectNode c = JSON.objectNode().put("channel", kind).put("startDate", start.toString());
    if (end != null) {
      c.put("endDate", end.toString());
    }
    return c;
  }
}
