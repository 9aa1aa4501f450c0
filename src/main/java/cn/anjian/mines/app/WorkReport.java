package cn.anjian.mines.app;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/** MW-13 (art. 31): a commissioner's half-year work report on the five items, prefilled from the records. */
@Table("mine_work_report")
class WorkReport extends AbstractAggregateRoot<WorkReport> {

    static final int MAX_ITEM = 4000;

    @Id
    private Long id;
    @Version
    private Integer version;
    private long commissionerId;
    private long userId;
    private long agencyId;
    private long jurisdictionId;
    private String scopePath;
    private int periodYear;
    private int half;
    private WorkReportStatus status;
    private Long deadlineId;
    private String facts;
    private String accidents;
    private String implementation;
    private String discipline;
    private String problems;
    private String otherMatters;
    private Instant submittedAt;
    private Long fileId;
    private String docNumber;
    private Instant createdAt;

    @PersistenceCreator
    private WorkReport() {
    }

    /** The five items of art. 31 as the commissioner writes them. */
    record Items(String accidents, String implementation, String discipline, String problems, String otherMatters) {
    }

    static WorkReport open(Me me, HalfYear period, WorkReportFacts.Facts f, Instant now) {
        WorkReport r = new WorkReport();
        r.commissionerId = me.commissionerId();
        r.userId = me.userId();
        r.agencyId = me.agencyId();
        r.jurisdictionId = me.jurisdictionId();
        r.scopePath = me.scopePath();
        r.periodYear = period.year();
        r.half = period.half();
        r.status = WorkReportStatus.DRAFT;
        r.facts = f.summary();
        r.accidents = f.accidents();
        r.implementation = "";
        r.discipline = "严格执行工作纪律和廉政纪律，未接受被监管企业宴请、礼品礼金。";
        r.problems = "";
        r.otherMatters = "";
        r.createdAt = now;
        r.registerEvent(AuditableEvent.change("mines.work-report.opened", "mine_work_report", "new", null, r.snapshot()));
        return r;
    }

    void deadline(long deadlineId) {
        this.deadlineId = deadlineId;
    }

    /** Saves the narrative; a submitted report is final. */
    void edit(Items items) {
        requireDraft();
        Map<String, Object> before = snapshot();
        accidents = clip("一", items.accidents());
        implementation = clip("二", items.implementation());
        discipline = clip("三", items.discipline());
        problems = clip("四", items.problems());
        otherMatters = clip("五", items.otherMatters());
        registerEvent(AuditableEvent.change("mines.work-report.edited", "mine_work_report", id, before, snapshot()));
    }

    /** MW-13: items one to four of art. 31 must be reported; the fifth ("其他") may stay empty. */
    void submit(Instant at) {
        requireDraft();
        List<String> missing = new ArrayList<>();
        if (accidents.isBlank()) {
            missing.add("（一）事故、涉险事故和重大安全风险隐患情况");
        }
        if (implementation.isBlank()) {
            missing.add("（二）制度执行和政策措施落实情况");
        }
        if (discipline.isBlank()) {
            missing.add("（三）执行工作纪律和廉政纪律情况");
        }
        if (problems.isBlank()) {
            missing.add("（四）需要帮助解决的问题和工作建议");
        }
        if (!missing.isEmpty()) {
            throw new BusinessException("MW-13-ITEMS", "述职报告尚未填写：" + String.join("、", missing));
        }
        Map<String, Object> before = snapshot();
        status = WorkReportStatus.SUBMITTED;
        submittedAt = at;
        registerEvent(AuditableEvent.change("mines.work-report.submitted", "mine_work_report", id, before, snapshot()));
    }

    void document(long fileId, String number) {
        this.fileId = fileId;
        this.docNumber = number;
    }

    private void requireDraft() {
        if (status != WorkReportStatus.DRAFT) {
            throw BusinessException.conflict("MW-13-STATE", "述职报告已提交，不能再修改");
        }
    }

    private static String clip(String item, String text) {
        String t = text == null ? "" : text.strip();
        if (t.length() > MAX_ITEM) {
            throw BusinessException.badInput("MW-13-LENGTH", "第" + item + "项不能超过 " + MAX_ITEM + " 字");
        }
        return t;
    }

    Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("period", periodYear + "-H" + half);
        m.put("status", status.name());
        m.put("accidents", accidents);
        m.put("implementation", implementation);
        m.put("discipline", discipline);
        m.put("problems", problems);
        m.put("otherMatters", otherMatters);
        return m;
    }

    Long id() { return id; }
    long commissionerId() { return commissionerId; }
    long agencyId() { return agencyId; }
    long jurisdictionId() { return jurisdictionId; }
    String scopePath() { return scopePath; }
    HalfYear period() { return new HalfYear(periodYear, half); }
    WorkReportStatus status() { return status; }
    Long deadlineId() { return deadlineId; }
    String facts() { return facts; }
    Items items() { return new Items(accidents, implementation, discipline, problems, otherMatters); }
    Instant submittedAt() { return submittedAt; }
    Long fileId() { return fileId; }
    String docNumber() { return docNumber; }
    long userId() { return userId; }
}
