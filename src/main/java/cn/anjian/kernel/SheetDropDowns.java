package cn.anjian.kernel;

import java.util.List;
import java.util.Map;

import cn.idev.excel.write.handler.SheetWriteHandler;
import cn.idev.excel.write.handler.context.SheetWriteHandlerContext;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;

/**
 * Drop-down lists (Excel data validation) for an import template's enumerated columns (issue 12 defect 11): the
 * clerk picks "在岗" instead of typing it, and Excel refuses anything else. Register on the template's sheet:
 * {@code FastExcel.writerSheet(0, name).registerWriteHandler(SheetDropDowns.of(Map.of(3, labels)))}.
 */
public final class SheetDropDowns {

    /** Rows below the header that carry the list (the import's own limit is larger, the template's use is not). */
    public static final int ROWS = 10_000;

    private SheetDropDowns() {
    }

    /** Column index (0-based) → the allowed values, in the order offered. */
    public static SheetWriteHandler of(Map<Integer, List<String>> columns) {
        return new SheetWriteHandler() {
            @Override
            public void afterSheetCreate(SheetWriteHandlerContext context) {
                Sheet sheet = context.getWriteSheetHolder().getSheet();
                DataValidationHelper helper = sheet.getDataValidationHelper();
                columns.forEach((col, values) -> {
                    DataValidation v = helper.createValidation(helper.createExplicitListConstraint(values.toArray(String[]::new)),
                            new CellRangeAddressList(1, ROWS, col, col));
                    v.setShowErrorBox(true);
                    v.setErrorStyle(DataValidation.ErrorStyle.STOP);
                    v.createErrorBox("输入有误", "请从下拉列表中选择");
                    v.setEmptyCellAllowed(true);
                    sheet.addValidationData(v);
                });
            }
        };
    }
}
