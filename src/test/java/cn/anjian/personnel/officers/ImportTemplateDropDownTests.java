package cn.anjian.personnel.officers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 12 defect 11: the officer import template offers drop-down lists for its enumerated columns. */
class ImportTemplateDropDownTests {

    @Test
    @DisplayName("Issue 12 defect 11: 学历, 岗位状态, 培训类别, 集中脱产, 考试结果 and 出勤情况 are drop-down lists in the template")
    void templateHasDropDowns() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new OfficerImport(null, null, null, null).writeTemplate(out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet officers = wb.getSheet(OfficerImport.OFFICER_SHEET);
            assertThat(listColumns(officers)).containsExactlyInAnyOrder(3, 7);
            assertThat(values(officers, 7)).containsExactly("在岗", "不在岗");
            XSSFSheet trainings = wb.getSheet(OfficerImport.TRAINING_SHEET);
            assertThat(listColumns(trainings)).containsExactlyInAnyOrder(2, 6, 7, 10);
            assertThat(values(trainings, 6)).containsExactly("是", "否");
        }
    }

    private static List<Integer> listColumns(XSSFSheet sheet) {
        return sheet.getDataValidations().stream()
                .map(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn()).toList();
    }

    private static List<String> values(XSSFSheet sheet, int col) {
        DataValidation v = sheet.getDataValidations().stream()
                .filter(d -> d.getRegions().getCellRangeAddress(0).getFirstColumn() == col).findFirst().orElseThrow();
        return List.of(v.getValidationConstraint().getExplicitListValues());
    }
}
