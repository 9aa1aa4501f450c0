import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.time.LocalDateTime;
import java.util.List;

/** Writes N synthetic case rows through kernel.SheetExport to a null stream; live heap (after a full GC) sampled. */
public class HeapProbe {
    static long live() {
        for (int i = 0; i < 3; i++) { System.gc(); }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
    public static void main(String[] a) throws Exception {
        int n = Integer.parseInt(a[0]);
        List<String> header = List.of("案号", "案件名称", "类型", "阶段", "来源", "当事人", "承办科室", "立案时间", "办理期限", "是否逾期");
        // warm-up: classes and the writer's static caches
        cn.anjian.kernel.SheetExport.write(OutputStream.nullOutputStream(), "w", header, rows -> { for (int i = 0; i < 2000; i++) { rows.add("x" + i); } });
        long before = live();
        long[] peak = {0};
        cn.anjian.kernel.SheetExport.write(OutputStream.nullOutputStream(), "执法案件", header, rows -> {
            for (int i = 0; i < n; i++) {
                rows.add("晋城泽应急罚〔2026〕" + i + "号", "某某煤业有限公司未按规定开展安全生产教育培训案" + i, "行政处罚", "调查取证", "年度监督检查计划",
                        "山西某某煤业有限公司" + (i % 977), "执法一科", LocalDateTime.of(2026, 1, 1, 8, 0).plusMinutes(i).toString(),
                        null, (i % 3 == 0) ? "是" : "否");
                if (i % (n / 5) == n / 10) { peak[0] = Math.max(peak[0], live()); }
            }
        });
        long after = live();
        System.out.printf("rows %d: live before %.1f MB, max during %.1f MB (+%.1f), after %.1f MB%n", n, before / 1e6, peak[0] / 1e6,
                (peak[0] - before) / 1e6, after / 1e6);
    }
}
