package cn.anjian.kernel;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntSupplier;

import cn.idev.excel.ExcelReader;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import cn.idev.excel.FastExcel;
import cn.idev.excel.context.AnalysisContext;
import cn.idev.excel.event.AnalysisEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The all-or-nothing Excel import the modules share: sheets are streamed (SAX, one row in memory),
 * each row goes through the module's own domain methods inside one transaction, and any problem —
 * a bad cell, a domain refusal, a wrong header — is collected as (sheet, row, column, message); if
 * there is one, everything is rolled back and {@link ImportRejectedException} lists them.
 */
public final class SheetImport {

    /** How many errors the report lists (the total is counted anyway). */
    public static final int MAX_REPORTED = 500;

    /** The largest part of an .xlsx the import unpacks (the templates' sheets stay far below it). */
    static final long MAX_UNPACKED_BYTES = 64L * 1024 * 1024;

    private SheetImport() {
    }

    /** A sheet to read, by name or by position, and the listener for its rows. */
    public record Sheet(Integer index, String name, Rows rows) {
        public static Sheet named(String name, Rows rows) {
            return new Sheet(null, name, rows);
        }

        public static Sheet at(int index, Rows rows) {
            return new Sheet(index, null, rows);
        }
    }

    /**
     * Reads the sheets in one transaction and throws {@link ImportRejectedException} (after rolling
     * back) when anything was wrong.
     *
     * @param imported how many rows were applied so far (to tell "no data" from "broken file")
     * @param noData   the message when the file has no data row
     */
    public static void read(TransactionTemplate tx, InputStream in, Errors errors, IntSupplier imported, String noData,
                            Sheet... sheets) {
        tx.executeWithoutResult(status -> {
            try (ExcelReader reader = FastExcel.read(in).autoCloseStream(false).build()) {
                reader.read(java.util.Arrays.stream(sheets)
                        .map(s -> (s.index() != null ? FastExcel.readSheet(s.index()) : FastExcel.readSheet(s.name())).registerReadListener(s.rows()).headRowNumber(1).build())
                        .toList());
            } catch (Fatal f) {
                // already recorded
            } catch (RuntimeException e) {
                if (e.getCause() instanceof Fatal) {
                    // already recorded
                } else if (hostile(e) != null) {
                    errors.add("—", 0, "—", hostile(e));
                } else if (errors.count() == 0 && imported.getAsInt() == 0) {
                    errors.add("—", 0, "—", "文件不是有效的 Excel（.xlsx）文件，请使用下载的模板");
                } else {
                    errors.add("—", 0, "—", "文件读取中断：" + abbreviate(String.valueOf(e.getMessage())));
                }
            }
            if (errors.count() == 0 && imported.getAsInt() == 0) {
                errors.add("—", 0, "—", noData);
            }
            if (errors.count() > 0) {
                status.setRollbackOnly();
            }
        });
        if (errors.count() > 0) {
            throw new ImportRejectedException(errors.list(), errors.count());
        }
    }

    static {
        // a sheet's XML larger than this once unpacked is refused before it is parsed (POI's zip-bomb guard also
        // refuses entries that unpack more than 100 times their compressed size)
        ZipSecureFile.setMaxEntrySize(MAX_UNPACKED_BYTES);
    }

    /**
     * Why a file was refused as hostile, in words, or null: a document type declaration (external entities,
     * XXE — the reader refuses every DOCTYPE) or a part that unpacks far beyond its size (a zip bomb).
     */
    static String hostile(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("DOCTYPE")) {
                return "文件含有不允许的文档类型声明（外部实体），已拒绝；请使用下载的模板";
            }
            if (m.contains("Zip bomb") || m.contains("zip bomb") || m.contains("exceeds the max entry size")
                    || m.contains("MaxEntrySize")) {
                return "文件解压后过大（疑似压缩炸弹），已拒绝；请使用下载的模板并分批导入";
            }
        }
        return null;
    }

    /** Every problem found, the first {@link #MAX_REPORTED} kept. */
    public static final class Errors {
        private final List<ImportError> list = new ArrayList<>();
        private int count;

        public void add(String sheet, int row, String column, String message) {
            count++;
            if (list.size() < MAX_REPORTED) {
                list.add(new ImportError(sheet, row, column, message));
            }
        }

        public int count() {
            return count;
        }

        public List<ImportError> list() {
            return list;
        }
    }

    /** Thrown from a listener to stop reading (too many rows, a wrong header, or a database error that aborts the transaction). */
    public static final class Fatal extends RuntimeException {
        Fatal() {
            super(null, null, false, false);
        }
    }

    /** Marks a row whose cells were wrong (already recorded). */
    static final class CellError extends RuntimeException {
        CellError() {
            super(null, null, false, false);
        }
    }

    /**
     * The rows of one sheet: checks the header, skips blank rows, bounds the row count, hands each
     * row's {@link Cells} to {@link #handle} and records what it refuses.
     */
    public abstract static class Rows extends AnalysisEventListener<Map<Integer, String>> {
        private final String sheet;
        private final List<String> columns;
        private final Errors errors;
        private final int maxRows;
        private final int maxLength;
        private int rows;

        /**
         * @param columns   the expected header titles (a trailing "*" marks required, and may be left out in the file)
         * @param maxLength the longest text a cell may hold
         */
        protected Rows(String sheet, List<String> columns, Errors errors, int maxRows, int maxLength) {
            this.sheet = sheet;
            this.columns = columns;
            this.errors = errors;
            this.maxRows = maxRows;
            this.maxLength = maxLength;
        }

        /** Applies one row through the module's domain methods; refusals ({@link BusinessException}) are recorded. */
        protected abstract void handle(Cells c);

        /** The column a domain refusal belongs to, by its code. */
        protected String columnOf(String code) {
            return "—";
        }

        @Override
        public void invokeHeadMap(Map<Integer, String> head, AnalysisContext context) {
            for (int i = 0; i < columns.size(); i++) {
                String got = head.get(i) == null ? "" : head.get(i).strip();
                if (!got.equals(columns.get(i)) && !got.equals(columns.get(i).replace("*", ""))) {
                    errors.add(sheet, 1, columns.get(i), "表头应为“" + columns.get(i) + "”，实际为“" + abbreviate(got)
                            + "”；请使用下载的模板");
                    throw new Fatal();
                }
            }
        }

        @Override
        public void invoke(Map<Integer, String> data, AnalysisContext context) {
            int row = context.readRowHolder().getRowIndex() + 1;
            if (data.values().stream().allMatch(v -> v == null || v.isBlank())) {
                return;
            }
            if (++rows > maxRows) {
                errors.add(sheet, row, "—", "每次最多导入 " + maxRows + " 行");
                throw new Fatal();
            }
            try {
                handle(new Cells(sheet, row, columns, data, errors, maxLength));
            } catch (CellError e) {
                // recorded by Cells
            } catch (BusinessException e) {
                errors.add(sheet, row, columnOf(e.code()), e.getMessage());
            } catch (RuntimeException e) {
                // a database error aborts the transaction: nothing more can be checked
                errors.add(sheet, row, "—", "该行无法保存，导入已中止");
                throw new Fatal();
            }
        }

        @Override
        public void doAfterAllAnalysed(AnalysisContext context) {
        }
    }

    /** Typed access to one row's cells; problems are recorded with the column title, and {@link #check} stops the row. */
    public static final class Cells {
        private static final DateTimeFormatter[] FORMATS = {DateTimeFormatter.ofPattern("uuuu-M-d"),
                DateTimeFormatter.ofPattern("uuuu/M/d"), DateTimeFormatter.ofPattern("uuuu.M.d"),
                DateTimeFormatter.ofPattern("uuuuMMdd")};
        private static final BigDecimal MAX_NUMBER = new BigDecimal("100000");
        private final String sheet;
        private final int row;
        private final List<String> columns;
        private final Map<Integer, String> data;
        private final Errors errors;
        private final int maxLength;
        private boolean failed;

        Cells(String sheet, int row, List<String> columns, Map<Integer, String> data, Errors errors, int maxLength) {
            this.sheet = sheet;
            this.row = row;
            this.columns = columns;
            this.data = data;
            this.errors = errors;
            this.maxLength = maxLength;
        }

        public void fail(int col, String message) {
            failed = true;
            errors.add(sheet, row, columns.get(col), message);
        }

        /** Stops the row when any cell was wrong. */
        public void check() {
            if (failed) {
                throw new CellError();
            }
        }

        public String text(int col, boolean required) {
            String v = data.get(col);
            v = v == null ? null : v.strip();
            if (v == null || v.isEmpty()) {
                if (required) {
                    fail(col, "必填，不能为空");
                }
                return null;
            }
            if (v.length() > maxLength) {
                fail(col, "内容过长（最多 " + maxLength + " 个字）");
                return null;
            }
            return v;
        }

        /** One of {@code values}, by its label as the template shows it. */
        public <T> T choice(int col, boolean required, List<T> values, Function<T, String> label) {
            String v = text(col, required);
            if (v == null) {
                return null;
            }
            for (T t : values) {
                if (label.apply(t).equals(v)) {
                    return t;
                }
            }
            fail(col, "“" + abbreviate(v) + "”不是可选值，应为：" + String.join("、", values.stream().map(label).toList()));
            return null;
        }

        /** A number of at most 100,000 in absolute value. */
        public BigDecimal decimal(int col, boolean required) {
            String v = text(col, required);
            if (v == null) {
                return null;
            }
            try {
                BigDecimal d = new BigDecimal(v.length() > 30 ? "x" : v);
                if (d.abs().compareTo(MAX_NUMBER) > 0) {
                    fail(col, "数值过大");
                    return null;
                }
                return d;
            } catch (NumberFormatException e) {
                fail(col, "“" + abbreviate(v) + "”不是数字");
                return null;
            }
        }

        /** A date as typed (2024-03-01, 2024/3/1, 2024.3.1, 20240301) or an Excel date serial. */
        public LocalDate date(int col, boolean required) {
            String v = text(col, required);
            if (v == null) {
                return null;
            }
            String s = v.length() > 10 && v.charAt(10) == ' ' ? v.substring(0, 10) : v;
            if (s.matches("\\d{1,5}(\\.0+)?")) {
                // an Excel date serial without a date format
                int serial = Integer.parseInt(s.replaceAll("\\.0+$", ""));
                if (serial > 0 && serial < 80000) {
                    return LocalDate.of(1899, 12, 30).plusDays(serial);
                }
            }
            for (DateTimeFormatter f : FORMATS) {
                try {
                    return LocalDate.parse(s, f.withResolverStyle(ResolverStyle.STRICT));
                } catch (DateTimeParseException e) {
                    // next
                }
            }
            fail(col, "“" + abbreviate(v) + "”不是有效日期，应为 2024-03-01 这样的格式");
            return null;
        }
    }

    public static String abbreviate(String s) {
        return s.length() > 30 ? s.substring(0, 30) + "…" : s;
    }
}
