package cn.anjian.experts.applications;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/** EXP-05: an objection to a candidate under public notice; it must be handled before the director's meeting. */
@Table("exp_application_objection")
class Objection extends AbstractAggregateRoot<Objection> {

    enum Status { OPEN, HANDLED }

    @Id Long id;
    @Version Integer version;
    long applicationId;
    String content;
    String contact;
    Instant filedAt;
    Status status;
    Boolean upheld;
    String handling;
    Instant handledAt;
    String handledBy;

    @PersistenceCreator
    Objection() {
    }

    static Objection file(long applicationId, String content, String contact, Instant at) {
        Objection o = new Objection();
        o.applicationId = applicationId;
        o.content = content;
        o.contact = contact;
        o.filedAt = at;
        o.status = Status.OPEN;
        return o;
    }

    /** Records the verification and its result (upheld or not); once only. */
    void handle(boolean isUpheld, String result, Instant at, String by) {
        if (status != Status.OPEN) {
            throw BusinessException.conflict("EXP-05-OBJECTION", "该异议已处理");
        }
        status = Status.HANDLED;
        upheld = isUpheld;
        handling = result;
        handledAt = at;
        handledBy = by;
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("applicationId", applicationId);
        after.put("upheld", isUpheld);
        after.put("handling", result);
        registerEvent(new AuditableEvent("experts.application.objection-handled", "expert_application",
                String.valueOf(applicationId), Map.of("objectionStatus", Status.OPEN.name()), after, by, null));
    }
}
