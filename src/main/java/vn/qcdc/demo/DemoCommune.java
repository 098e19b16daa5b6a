package vn.qcdc.demo;

import java.util.List;

/**
 * A generated demo commune: code (90001 and up, outside the official range), name, the years it has dossiers for,
 * and how weak it is (0 = like the example; higher = more shortfalls).
 */
record DemoCommune(String code, String name, List<Integer> years, int weakness) {

  static final String PROVINCE = "Hải Dương";
  static final List<Integer> ALL_YEARS = List.of(2023, 2024, 2025);

  /** Twelve communes; the first three merged into the thirteenth on 1 July 2025 (demo of the 2025 reorganisation). */
  static List<DemoCommune> all() {
    List<Integer> beforeMerger = List.of(2023, 2024);
    return List.of(
        new DemoCommune("90001", "Ngọc Sơn (demo)", beforeMerger, 1),
        new DemoCommune("90002", "Đại Sơn (demo)", beforeMerger, 3),
        new DemoCommune("90003", "Quang Khải (demo)", beforeMerger, 5),
        new DemoCommune("90004", "Bình Lãng (demo)", ALL_YEARS, 0),
        new DemoCommune("90005", "Tân Kỳ (demo)", ALL_YEARS, 2),
        new DemoCommune("90006", "Dân Chủ (demo)", ALL_YEARS, 4),
        new DemoCommune("90007", "Tiên Động (demo)", ALL_YEARS, 6),
        new DemoCommune("90008", "Nguyên Giáp (demo)", ALL_YEARS, 1),
        new DemoCommune("90009", "Hà Kỳ (demo)", ALL_YEARS, 3),
        new DemoCommune("90010", "Văn Tố (demo)", ALL_YEARS, 5),
        new DemoCommune("90011", "Phượng Kỳ (demo)", ALL_YEARS, 2),
        new DemoCommune("90012", "Tứ Xuyên (demo)", ALL_YEARS, 7),
        new DemoCommune("90013", "Tứ Kỳ mới (demo, sáp nhập 2025)", List.of(2025), 2));
  }

  /** The predecessors of the merged demo commune. */
  static List<String> mergedInto90013() {
    return List.of("90001", "90002", "90003");
  }
}
