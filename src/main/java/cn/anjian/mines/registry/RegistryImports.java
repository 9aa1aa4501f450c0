package cn.anjian.mines.registry;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Params;
import cn.anjian.kernel.SheetDropDowns;
import cn.anjian.kernel.SheetImport;
import cn.idev.excel.FastExcel;
import org.springframework.transaction.support.TransactionTemplate;

/** Cell checks the mine and commissioner imports share (the same text rules as a form field: {@link Params#text}). */
final class RegistryImports {

    private RegistryImports() {
    }

    /** An import template: the header row, one example row, drop-down lists for the enumerated columns (by column index). */
    static void template(OutputStream out, String sheet, List<String> columns, List<String> example,
                         Map<Integer, List<String>> dropDowns) {
        try (var writer = FastExcel.write(out).build()) {
            writer.write(List.of(example), FastExcel.writerSheet(0, sheet).head(columns.stream().map(List::of).toList())
                    .registerWriteHandler(SheetDropDowns.of(dropDowns)).build());
        }
    }

    /** Reads the first sheet in one transaction, every row or nothing ({@link SheetImport}); returns how many rows were taken. */
    static int read(TransactionTemplate tx, InputStream in, BiFunction<SheetImport.Errors, int[], SheetImport.Rows> rows) {
        SheetImport.Errors errors = new SheetImport.Errors();
        int[] count = {0};
        SheetImport.read(tx, xlsx(in), errors, () -> count[0], "文件中没有数据行：请在表头下填写数据",
                SheetImport.Sheet.at(0, rows.apply(errors, count)));
        return count[0];
    }

    /** The stream, refused (400) unless it starts as an .xlsx (a zip) does: a text, PDF or NUL-filled file never reaches the reader. */
    static InputStream xlsx(InputStream in) {
        BufferedInputStream b = new BufferedInputStream(in);
        try {
            b.mark(4);
            byte[] head = b.readNBytes(4);
            b.reset();
            if (head.length < 4 || head[0] != 'P' || head[1] != 'K' || head[2] != 3 || head[3] != 4) {
                throw BusinessException.badInput("IMPORT-FILE", "文件不是 Excel（.xlsx）文件，请使用下载的模板");
            }
            return b;
        } catch (IOException e) {
            throw BusinessException.badInput("IMPORT-FILE", "文件读取失败，请重新上传");
        }
    }

    /** A text cell under the form's rules (length, no control or direction characters); a refusal is that cell's error. */
    static String text(SheetImport.Cells c, int col, boolean required, int max) {
        String v = c.text(col, required);
        try {
            return Params.text("IMPORT-CELL", "该单元格", v, max, false);
        } catch (BusinessException e) {
            c.fail(col, e.getMessage());
            return null;
        }
    }

    /** A whole non-negative number of at most 12 digits (tonnes), or null when blank. */
    static Long whole(SheetImport.Cells c, int col) {
        String v = text(c, col, false, 20);
        if (v == null) {
            return null;
        }
        String s = v.replace(",", "").replaceAll("\\.0+$", "");
        if (!s.matches("\\d{1,12}")) {
            c.fail(col, "“" + SheetImport.abbreviate(v) + "”不是不超过 12 位的整数");
            return null;
        }
        return Long.parseLong(s);
    }

    /** Several entries separated by "；", ";", "、" or line breaks, stored one per line as the form stores them. */
    static String lines(SheetImport.Cells c, int col) {
        String v = text(c, col, false, 2000);
        if (v == null) {
            return "";
        }
        return Arrays.stream(v.split("[；;、\\r\\n]+")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.joining("\n"));
    }
}
