package cn.anjian.kernel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;

import cn.idev.excel.FastExcel;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SheetExportTests {

    @Test
    @DisplayName("text a spreadsheet would run as a formula is written as typed text; numbers stay numbers; rows stream past one batch")
    void neutralisesFormulas() {
        assertThat(SheetExport.cell("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(SheetExport.cell("+1")).isEqualTo("'+1");
        assertThat(SheetExport.cell("-1")).isEqualTo("'-1");
        assertThat(SheetExport.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SheetExport.cell("\tx")).isEqualTo("'\tx");
        assertThat(SheetExport.cell("泽州县")).isEqualTo("泽州县");
        assertThat(SheetExport.cell(null)).isEqualTo("");
        assertThat(SheetExport.cell(-3)).isEqualTo(-3);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SheetExport.write(out, "列表", List.of("名称", "数量"), rows -> {
            for (int i = 0; i < 2501; i++) {
                rows.add("单位" + i, i);
            }
        });
        List<Map<Integer, String>> read = FastExcel.read(new ByteArrayInputStream(out.toByteArray())).sheet(0).headRowNumber(1).doReadSync();
        assertThat(read).hasSize(2501);
        assertThat(read.get(2500)).containsEntry(0, "单位2500").containsEntry(1, "2500");
    }
}
