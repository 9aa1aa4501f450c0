package cn.anjian.personnel.officers;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.org.Agencies;
import cn.anjian.org.OrgUnit;
import cn.anjian.personnel.Education;
import cn.anjian.personnel.ExamResult;
import cn.anjian.personnel.NewOfficer;
import cn.anjian.personnel.NewPerson;
import cn.anjian.personnel.NewTraining;
import cn.anjian.personnel.Officers;
import cn.anjian.personnel.People;
import cn.anjian.personnel.PersonView;
import cn.anjian.personnel.PostStatus;
import cn.anjian.personnel.TrainingKind;
import cn.idev.excel.FastExcel;
import cn.idev.excel.ExcelReader;
import cn.idev.excel.context.AnalysisContext;
import cn.idev.excel.event.AnalysisEventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Excel import of officers (sheet 执法人员) and trainings (sheet 培训记录), all-or-nothing: rows are
 * streamed (SAX, one row in memory at a time) and applied through the same {@link People} and
 * {@link Officers} methods as the pages and API, inside one transaction; any bad row rolls everything
 * back and the caller gets every (sheet, row, column, message) found.
 */
@Service
class OfficerImport {

    static final String OFFICER_SHEET = "执法人员";
    static final String TRAINING_SHEET = "培训记录";
    static final List<String> OFFICER_COLUMNS = List.of("姓名*", "身份证号码*", "联系电话", "学历", "专业", "内设机构",
            "入职日期", "岗位状态*", "岗位变动日期");
    static final List<String> TRAINING_COLUMNS = List.of("身份证号码*", "课程名称*", "培训类别*", "学时*", "开始日期*",
            "结束日期*", "集中脱产*", "考试结果");
    static final int MAX_ROWS = 50_000;
    static final int MAX_REPORTED = 500;

    private final People people;
    private final OfficerService officers;
    private final Agencies agencies;
    private final TransactionTemplate tx;

    OfficerImport(People people, OfficerService officers, Agencies agencies, PlatformTransactionManager txManager) {
        this.people = people;
        this.officers = officers;
        this.agencies = agencies;
        this.tx = new TransactionTemplate(txManager);
    }

    /** Writes the template workbook (both sheets with their header rows and one example row each). */
    void writeTemplate(OutputStream out) {
        try (var writer = FastExcel.write(out).build()) {
            writer.write(List.of(List.of("张三", "140525198501010015", "13800000000", "大学本科", "安全工程", "安全生产执法监督股",
                    "2020-07-01", "在岗", "2020-09-01")), FastExcel.writerSheet(0, OFFICER_SHEET).head(head(OFFICER_COLUMNS)).build());
            writer.write(List.of(List.of("140525198501010015", "安全生产监察员岗前培训", "岗前培训", "80", "2020-07-06", "2020-07-17",
                    "是", "合格")), FastExcel.writerSheet(1, TRAINING_SHEET).head(head(TRAINING_COLUMNS)).build());
        }
    }

    private static List<List<String>> head(List<String> columns) {
        return columns.stream().map(List::of).toList();
    }

    ImportResult importFile(Actor actor, InputStream in) {
        OfficerService.requireManage(actor);
        Errors errors = new Errors();
        int[] counts = new int[3];
        Map<String, Long> unitsByName = new HashMap<>();
        for (OrgUnit u : agencies.units(actor.agencyId())) {
            if (u.active()) {
                unitsByName.put(u.name(), u.id());
            }
        }
        tx.executeWithoutResult(status -> {
            OfficerListener officerRows = new OfficerListener(actor, errors, counts, unitsByName);
            TrainingListener trainingRows = new TrainingListener(actor, errors, counts);
            try (ExcelReader reader = FastExcel.read(in).autoCloseStream(false).build()) {
                reader.read(FastExcel.readSheet(OFFICER_SHEET).registerReadListener(officerRows).headRowNumber(1).build(),
                        FastExcel.readSheet(TRAINING_SHEET).registerReadListener(trainingRows).headRowNumber(1).build());
            } catch (Fatal f) {
                // already recorded
            } catch (RuntimeException e) {
                if (e.getCause() instanceof Fatal) {
                    // already recorded
                } else if (errors.count == 0 && counts[0] + counts[2] == 0) {
                    errors.add("—", 0, "—", "文件不是有效的 Excel（.xlsx）文件，请使用下载的模板");
                } else {
                    errors.add("—", 0, "—", "文件读取中断：" + abbreviate(String.valueOf(e.getMessage())));
                }
            }
            if (errors.count == 0 && counts[0] + counts[2] == 0) {
                errors.add("—", 0, "—", "文件中没有数据行：请在“执法人员”或“培训记录”工作表的表头下填写数据");
            }
            if (errors.count > 0) {
                status.setRollbackOnly();
            }
        });
        if (errors.count > 0) {
            throw new ImportRejectedException(errors.list, errors.count);
        }
        return new ImportResult(counts[0], counts[1], counts[2]);
    }

    /** Thrown from a listener to stop reading (too many rows, or a database error that aborts the transaction). */
    static final class Fatal extends RuntimeException {
        Fatal() {
            super(null, null, false, false);
        }
    }

    static final class Errors {
        final List<ImportError> list = new ArrayList<>();
        int count;

        void add(String sheet, int row, String column, String message) {
            count++;
            if (list.size() < MAX_REPORTED) {
                list.add(new ImportError(sheet, row, column, message));
            }
        }
    }

    private abstract class RowListener extends AnalysisEventListener<Map<Integer, String>> {
        final String sheet;
        final List<String> columns;
        final Errors errors;
        int rows;

        RowListener(String sheet, List<String> columns, Errors errors) {
            this.sheet = sheet;
            this.columns = columns;
            this.errors = errors;
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
            if (++rows > MAX_ROWS) {
                errors.add(sheet, row, "—", "每次最多导入 " + MAX_ROWS + " 行");
                throw new Fatal();
            }
            Cells cells = new Cells(sheet, row, columns, data, errors);
            try {
                handle(cells);
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

        abstract void handle(Cells c);

        String columnOf(String code) {
            return "—";
        }

        @Override
        public void doAfterAllAnalysed(AnalysisContext context) {
        }
    }

    private final class OfficerListener extends RowListener {
        private final Actor actor;
        private final int[] counts;
        private final Map<String, Long> units;

        OfficerListener(Actor actor, Errors errors, int[] counts, Map<String, Long> units) {
            super(OFFICER_SHEET, OFFICER_COLUMNS, errors);
            this.actor = actor;
            this.counts = counts;
            this.units = units;
        }

        @Override
        void handle(Cells c) {
            String name = c.text(0, true);
            String idCard = c.text(1, true);
            String phone = c.text(2, false);
            Education edu = c.choice(3, false, Arrays.stream(Education.values()).toList(), Education::label);
            String major = c.text(4, false);
            String unitName = c.text(5, false);
            LocalDate hired = c.date(6, false);
            PostStatus post = c.choice(7, true, List.of(PostStatus.ON_POST, PostStatus.OFF_POST),
                    p -> p == PostStatus.ON_POST ? "在岗" : "不在岗");
            LocalDate since = c.date(8, false);
            Long unitId = null;
            if (unitName != null) {
                unitId = units.get(unitName);
                if (unitId == null) {
                    c.fail(5, "本机构没有名为“" + abbreviate(unitName) + "”的内设机构");
                }
            }
            c.check();
            Optional<PersonView> existing = people.findByIdCard(actor, idCard);
            long personId;
            if (existing.isPresent()) {
                personId = existing.get().id();
            } else {
                personId = people.create(actor, new NewPerson(name, null, idCard, phone, edu, major, false, false, 0,
                        false, null, List.of(), List.of())).id();
                counts[1]++;
            }
            officers.registerOnly(actor, personId, new NewOfficer(unitId, hired, post, since));
            counts[0]++;
        }

        @Override
        String columnOf(String code) {
            if (code.startsWith("PERSON-ID-CARD") || code.equals("PERSON-DUPLICATE") || code.equals("PERSON-GENDER")) {
                return "身份证号码*";
            }
            if (code.equals("PERSON-PHONE")) {
                return "联系电话";
            }
            if (code.equals("OFF-DUPLICATE")) {
                return "身份证号码*";
            }
            if (code.equals("OFF-DATE") || code.equals("OFF-POST")) {
                return "岗位变动日期";
            }
            return code.startsWith("PERSON-") ? "姓名*" : "—";
        }
    }

    private final class TrainingListener extends RowListener {
        private final Actor actor;
        private final int[] counts;

        TrainingListener(Actor actor, Errors errors, int[] counts) {
            super(TRAINING_SHEET, TRAINING_COLUMNS, errors);
            this.actor = actor;
            this.counts = counts;
        }

        @Override
        void handle(Cells c) {
            String idCard = c.text(0, true);
            String course = c.text(1, true);
            TrainingKind kind = c.choice(2, true, Arrays.stream(TrainingKind.values()).toList(), TrainingKind::label);
            BigDecimal hours = c.decimal(3, true);
            LocalDate start = c.date(4, true);
            LocalDate end = c.date(5, true);
            Boolean central = c.choice(6, true, List.of(Boolean.TRUE, Boolean.FALSE), b -> b ? "是" : "否");
            ExamResult exam = c.choice(7, false, Arrays.stream(ExamResult.values()).toList(), ExamResult::label);
            c.check();
            PersonView person = people.findByIdCard(actor, idCard).orElse(null);
            if (person == null || !officers.isOfficer(person.id())) {
                c.fail(0, "未找到该身份证号码的执法人员（请先在“执法人员”工作表中登记）");
                c.check();
            }
            officers.addTraining(actor, person.id(), new NewTraining(course, kind, hours, start, end, central, exam));
            counts[2]++;
        }

        @Override
        String columnOf(String code) {
            return switch (code) {
                case "PERSON-ID-CARD" -> "身份证号码*";
                case "OFF-HOURS" -> "学时*";
                case "OFF-TRAINING-DATES", "OFF-DATE" -> "结束日期*";
                case "OFF-TOO-LONG", "OFF-CONTROL" -> "课程名称*";
                default -> "—";
            };
        }
    }

    /** Marks a row whose cells were wrong (already recorded). */
    static final class CellError extends RuntimeException {
        CellError() {
            super(null, null, false, false);
        }
    }

    /** Typed access to one row's cells; problems are recorded with the column title, and {@link #check} stops the row. */
    static final class Cells {
        private static final DateTimeFormatter[] FORMATS = {DateTimeFormatter.ofPattern("uuuu-M-d"),
                DateTimeFormatter.ofPattern("uuuu/M/d"), DateTimeFormatter.ofPattern("uuuu.M.d"),
                DateTimeFormatter.ofPattern("uuuuMMdd")};
        private final String sheet;
        private final int row;
        private final List<String> columns;
        private final Map<Integer, String> data;
        private final Errors errors;
        private boolean failed;

        Cells(String sheet, int row, List<String> columns, Map<Integer, String> data, Errors errors) {
            this.sheet = sheet;
            this.row = row;
            this.columns = columns;
            this.data = data;
            this.errors = errors;
        }

        void fail(int col, String message) {
            failed = true;
            errors.add(sheet, row, columns.get(col), message);
        }

        void check() {
            if (failed) {
                throw new CellError();
            }
        }

        String text(int col, boolean required) {
            String v = data.get(col);
            v = v == null ? null : v.strip();
            if (v == null || v.isEmpty()) {
                if (required) {
                    fail(col, "必填，不能为空");
                }
                return null;
            }
            if (v.length() > 200) {
                fail(col, "内容过长（最多 200 个字）");
                return null;
            }
            return v;
        }

        <T> T choice(int col, boolean required, List<T> values, java.util.function.Function<T, String> label) {
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

        BigDecimal decimal(int col, boolean required) {
            String v = text(col, required);
            if (v == null) {
                return null;
            }
            try {
                BigDecimal d = new BigDecimal(v);
                if (d.abs().compareTo(new BigDecimal("100000")) > 0) {
                    fail(col, "数值过大");
                    return null;
                }
                return d;
            } catch (NumberFormatException e) {
                fail(col, "“" + abbreviate(v) + "”不是数字");
                return null;
            }
        }

        LocalDate date(int col, boolean required) {
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
                    return LocalDate.parse(s, f.withResolverStyle(java.time.format.ResolverStyle.STRICT));
                } catch (DateTimeParseException e) {
                    // next
                }
            }
            fail(col, "“" + abbreviate(v) + "”不是有效日期，应为 2024-03-01 这样的格式");
            return null;
        }
    }

    static String abbreviate(String s) {
        return s.length() > 30 ? s.substring(0, 30) + "…" : s;
    }

    static void close(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // nothing to do
        }
    }
}
