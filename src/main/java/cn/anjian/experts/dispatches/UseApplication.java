package cn.anjian.experts.dispatches;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/** EXP-12: a unit outside the bureau applies to use experts (annex 5); the executive deputy leader approves. */
@Table("exp_use_application")
class UseApplication extends AbstractAggregateRoot<UseApplication> {

    @Getter
    @RequiredArgsConstructor
    enum Status {
        PENDING("待常务副组长批准"), APPROVED("已批准"), REFUSED("未获批准");

        private final String label;
    }

    /** The application form as recorded by the expert office. */
    record Form(String applicant, String contact, String phone, String task, String content, String place,
                LocalDate taskStart, LocalDate taskEnd, String fieldCode, int experts) {
    }

    @Id
    private Long id;
    @Version
    private Integer version;
    private long agencyId;
    private String scopePath;
    private String applicant;
    private String contact;
    private String phone;
    private String task;
    private String content;
    private String place;
    private LocalDate taskStart;
    private LocalDate taskEnd;
    private String fieldCode;
    private int experts;
    private Status status;
    private Long flowId;
    private Instant createdAt;
    private String createdBy;

    @PersistenceCreator
    private UseApplication() {
    }

    static UseApplication file(long agencyId, String scopePath, Form f, Instant at, String by) {
        UseApplication a = new UseApplication();
        a.agencyId = agencyId;
        a.scopePath = scopePath;
        a.applicant = f.applicant();
        a.contact = f.contact();
        a.phone = f.phone();
        a.task = f.task();
        a.content = f.content();
        a.place = f.place();
        a.taskStart = f.taskStart();
        a.taskEnd = f.taskEnd();
        a.fieldCode = f.fieldCode();
        a.experts = f.experts();
        a.status = Status.PENDING;
        a.createdAt = at;
        a.createdBy = by;
        return a;
    }

    void started(long flow) {
        flowId = flow;
    }

    void decided(boolean approved, String by) {
        if (status != Status.PENDING) {
            throw BusinessException.conflict("EXP-12-STATE", "该使用申请已审批");
        }
        status = approved ? Status.APPROVED : Status.REFUSED;
        registerEvent(new AuditableEvent("experts.use-application.decided", "expert-use-application", String.valueOf(id),
                Map.of("status", "PENDING"), Map.of("status", status.name()), by, null));
    }

    Map<String, Object> audit() {
        return Map.of("applicant", applicant, "task", task, "place", place, "field", fieldCode, "experts", experts,
                "taskStart", taskStart.toString(), "taskEnd", taskEnd.toString());
    }

    Long id() {
        return id;
    }

    String scopePath() {
        return scopePath;
    }

    Status status() {
        return status;
    }

    String applicant() {
        return applicant;
    }
}
