package cn.anjian.mines.hazards;

import lombok.RequiredArgsConstructor;

import java.time.Instant;

import cn.anjian.calendar.DeadlineId;
import cn.anjian.documents.IssuedDocument;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.Fmt;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * MW-06: a new hazard gets, in the same transaction, its rectification order (numbered .docx by documents), its due
 * date (calendar) and — when it is a major hazard — its escalation to the department's heads.
 */
@Component
@RequiredArgsConstructor
class HazardOpening {

    private final HazardRepository hazards;
    private final MatterPapers papers;
    private final Escalations escalations;
    private final Timeline timeline;
    private final ApplicationEventPublisher events;

    /** {@code actor}: the commissioner's account (the document is stored in the mine's scope on their behalf). */
    Hazard open(Hazard.Origin origin, WorkScope.MineRef mine, WorkScope.CommissionerRef c, String description,
                boolean major, String photos, Integer days, Instant at, Actor actor) {
        Hazard h = hazards.save(Hazard.found(origin, description, major, photos, at, c.username()));
        DeadlineId d = papers.rectificationDeadline(h.id(), mine, c.userId(), days, at);
        java.time.LocalDate dueDate = papers.deadline(d.value()).dueDate();
        String due = dueDate == null ? "待节假日数据公布后确定" : Fmt.date(dueDate);
        IssuedDocument doc = actor == null ? null
                : papers.rectificationOrder(actor, c.agencyId(), h.id(), mine, description, dueDate == null ? due : due + " 前", c.name(), at);
        h.ordered(doc == null ? null : doc.number().text(), doc == null ? null : (Long) doc.fileId(), d.value(), dueDate);
        events.publishEvent(new AuditableEvent("mines.hazard.found", Hazard.SUBJECT, String.valueOf(h.id()), null,
                h.audit(), c.username(), null));
        timeline.add(Hazard.SUBJECT, h.id(), at, c.username(), major ? "发现重大事故隐患" : "发现隐患", description);
        timeline.add(Hazard.SUBJECT, h.id(), at, c.username(), "下达整改指令",
                (doc == null ? "" : doc.number().text() + "，") + "整改期限 " + due);
        if (major) {
            escalate(h, mine, at, c.username());
        }
        return hazards.save(h);
    }

    /** MW-06: at once, to the heads of the mine's department; who was told goes on the timeline. */
    void escalate(Hazard h, WorkScope.MineRef mine, Instant at, String by) {
        h.escalated(at, by);
        var told = escalations.escalate(Hazard.SUBJECT, h.id(), mine.departmentJurisdictionId(),
                "重大事故隐患：" + mine.name(), "/mines/hazards/" + h.id(), at);
        timeline.add(Hazard.SUBJECT, h.id(), at, by, "上报重大事故隐患",
                told.isEmpty() ? "本级部门未配置局长、分管副局长账号" : "已报告 " + told.size() + " 位部门负责人");
    }
}
