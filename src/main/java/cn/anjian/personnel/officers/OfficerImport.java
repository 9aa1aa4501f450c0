package cn.anjian.personnel.officers;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.SheetDropDowns;
import cn.anjian.kernel.SheetImport;
import cn.anjian.org.Agencies;
import cn.anjian.org.OrgUnit;
import cn.anjian.personnel.Education;
import cn.anjian.personnel.NewPerson;
import cn.anjian.personnel.People;
import cn.anjian.personnel.PersonView;
import cn.anjian.personnel.PostStatus;
import cn.idev.excel.FastExcel;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Excel import of officers (sheet 执法人员) and trainings (sheet 培训记录), all-or-nothing: rows are
 * streamed (SAX, one row in memory at a time) and applied through the same {@link People} and
 * {@link OfficerService} methods as the pages and API, inside one transaction; any bad row rolls everything
 * back and the caller gets every (sheet, row, column, message) found.
 */
@Service
class OfficerImport {

    static final String OFFICER_SHEET = "执法人员";
    static final String TRAINING_SHEET = "培训记录";
    static final List<String> OFFICER_COLUMNS = List.of("姓名*", "身份证号码*", "联系电话", "学历", "专业", "内设机构",
            "入职日期", "岗位状态*", "岗位变动日期");
    static final List<String> TRAINING_COLUMNS = List.of("身份证号码*", "课程名称*", "培训类别*", "学时*", "开始日期*",
            "结束日期*", "集中脱产*", "考试结果", "考试日期", "考试成绩", "出勤情况");
    static final int MAX_ROWS = 50_000;

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
                    "2020-07-01", "在岗", "2020-09-01")), FastExcel.writerSheet(0, OFFICER_SHEET).head(head(OFFICER_COLUMNS))
                    .registerWriteHandler(SheetDropDowns.of(Map.of(
                            3, Arrays.stream(Education.values()).map(Education::label).toList(),
                            7, List.of("在岗", "不在岗")))).build());
            writer.write(List.of(List.of("140525198501010015", "安全生产监察员岗前培训", "岗前培训", "80", "2020-07-06", "2020-07-17",
                    "是", "合格", "2020-07-17", "86", "正常参加")), FastExcel.writerSheet(1, TRAINING_SHEET).head(head(TRAINING_COLUMNS))
                    .registerWriteHandler(SheetDropDowns.of(Map.of(
                            2, Arrays.stream(TrainingKind.values()).map(TrainingKind::label).toList(),
                            6, List.of("是", "否"),
                            7, Arrays.stream(ExamResult.values()).map(ExamResult::label).toList(),
                            10, Arrays.stream(Attendance.values()).map(Attendance::label).toList()))).build());
        }
    }

    private static List<List<String>> head(List<String> columns) {
        return columns.stream().map(List::of).toList();
    }

    ImportResult importFile(Actor actor, InputStream in) {
        OfficerService.requireManage(actor);
        SheetImport.Errors errors = new SheetImport.Errors();
        int[] counts = new int[3];
        Map<String, Long> unitsByName = new HashMap<>();
        for (OrgUnit u : agencies.units(actor.agencyId())) {
            if (u.active()) {
                unitsByName.put(u.name(), u.id());
            }
        }
        SheetImport.read(tx, in, errors, () -> counts[0] + counts[2],
                "文件中没有数据行：请在“执法人员”或“培训记录”工作表的表头下填写数据",
                SheetImport.Sheet.named(OFFICER_SHEET, new OfficerListener(actor, errors, counts, unitsByName)),
                SheetImport.Sheet.named(TRAINING_SHEET, new TrainingListener(actor, errors, counts)));
        return new ImportResult(counts[0], counts[1], counts[2]);
    }

    private final class OfficerListener extends SheetImport.Rows {
        private final Actor actor;
        private final int[] counts;
        private final Map<String, Long> units;

        OfficerListener(Actor actor, SheetImport.Errors errors, int[] counts, Map<String, Long> units) {
            super(OFFICER_SHEET, OFFICER_COLUMNS, errors, MAX_ROWS, 200);
            this.actor = actor;
            this.counts = counts;
            this.units = units;
        }

        @Override
        protected void handle(SheetImport.Cells c) {
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
            // cell-level checks first, so each error is reported in its own column (issue 12 defect 11)
            if (name != null && name.length() > 50) {
                c.fail(0, "姓名不能超过 50 个字");
            }
            if (phone != null && !cn.anjian.kernel.Phones.valid(phone)) {
                c.fail(2, "联系电话格式不正确：" + cn.anjian.kernel.Phones.RULE);
            }
            if (major != null && major.length() > 100) {
                c.fail(4, "专业不能超过 100 个字");
            }
            Long unitId = null;
            if (unitName != null) {
                unitId = units.get(unitName);
                if (unitId == null) {
                    c.fail(5, "本机构没有名为“" + SheetImport.abbreviate(unitName) + "”的内设机构");
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
        protected String columnOf(String code) {
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

    private final class TrainingListener extends SheetImport.Rows {
        private final Actor actor;
        private final int[] counts;

        TrainingListener(Actor actor, SheetImport.Errors errors, int[] counts) {
            super(TRAINING_SHEET, TRAINING_COLUMNS, errors, MAX_ROWS, 200);
            this.actor = actor;
            this.counts = counts;
        }

        @Override
        protected void handle(SheetImport.Cells c) {
            String idCard = c.text(0, true);
            String course = c.text(1, true);
            TrainingKind kind = c.choice(2, true, Arrays.stream(TrainingKind.values()).toList(), TrainingKind::label);
            BigDecimal hours = c.decimal(3, true);
            LocalDate start = c.date(4, true);
            LocalDate end = c.date(5, true);
            Boolean central = c.choice(6, true, List.of(Boolean.TRUE, Boolean.FALSE), b -> b ? "是" : "否");
            ExamResult exam = c.choice(7, false, Arrays.stream(ExamResult.values()).toList(), ExamResult::label);
            LocalDate examDate = c.date(8, false);
            BigDecimal score = c.decimal(9, false);
            Attendance attendance = c.choice(10, false, Arrays.stream(Attendance.values()).toList(), Attendance::label);
            c.check();
            PersonView person = people.findByIdCard(actor, idCard).orElse(null);
            if (person == null || !officers.isOfficer(person.id())) {
                c.fail(0, "未找到该身份证号码的执法人员（请先在“执法人员”工作表中登记）");
                c.check();
            }
            officers.addTraining(actor, person.id(), new NewTraining(course, kind, hours, start, end, central, exam, examDate,
                    score, attendance));
            counts[2]++;
        }

        @Override
        protected String columnOf(String code) {
            return switch (code) {
                case "PERSON-ID-CARD" -> "身份证号码*";
                case "OFF-HOURS" -> "学时*";
                case "OFF-TRAINING-DATES", "OFF-DATE" -> "结束日期*";
                case "OFF-TOO-LONG", "OFF-CONTROL" -> "课程名称*";
                case "OFF-EXAM" -> "考试日期";
                default -> "—";
            };
        }
    }


    static void close(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // nothing to do
        }
    }
}
