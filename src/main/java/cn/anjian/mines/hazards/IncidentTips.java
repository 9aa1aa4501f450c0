package cn.anjian.mines.hazards;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.Instant;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Params;
import cn.anjian.mines.hazards.TipEnums.Allegation;
import cn.anjian.mines.hazards.TipEnums.Source;
import cn.anjian.org.ScopeSql;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * MW-08 (art. 17): tips of a ≥较大 incident or a suspected concealed accident at a supervised mine. Recording orders
 * the self-check at once (its report due in the setting's working days, on the calendar); 立即报告 escalates at once;
 * the commissioner forwards the self-check report to the department.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class IncidentTips {

    static final String WHAT = "举报线索";

    private final IncidentTipRepository tips;
    private final WorkScope scope;
    private final MatterPapers papers;
    private final Escalations escalations;
    private final Timeline timeline;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /** MW-08: records the tip and orders the enterprise's self-check now; returns the tip's id. */
    public long record(Actor actor, NewIncidentTip n) {
        Hazards.require(actor);
        WorkScope.CommissionerRef c = scope.requireCommissioner(actor);
        WorkScope.MineRef mine = scope.requireSupervised(c, n.mineId());
        Source source = Params.choice(Source.class, "线索来源", n.source(), Source::label);
        Allegation kind = Params.choice(Allegation.class, "反映情形", n.kind(), Allegation::label);
        if (source == null || kind == null) {
            throw BusinessException.badInput("MW-08-KIND", "请选择线索来源和反映情形");
        }
        String summary = Params.text("MW-08-SUMMARY", "线索内容", n.summary(), 2000, true);
        Instant now = clock.instant();
        Instant received = n.receivedAt() == null ? now : n.receivedAt();
        if (received.isAfter(now)) {
            throw BusinessException.badInput("MW-08-TIME", "收到时间不能晚于当前时间");
        }
        Hazard.Origin o = new Hazard.Origin(mine.id(), c.id(), c.agencyId(), mine.jurisdictionId(), mine.scopePath(),
                null, null);
        IncidentTip t = tips.save(IncidentTip.received(o, source, kind, summary, n.immediate(), received, now,
                actor.username()));
        long deadline = papers.selfCheckDeadline(t.id(), mine, actor.userId(), now).value();
        t.deadline(deadline, papers.deadline(deadline).dueDate(), n.immediate() ? now : null);
        events.publishEvent(new AuditableEvent("mines.tip.recorded", IncidentTip.SUBJECT, String.valueOf(t.id()), null,
                t.audit(), actor.username(), null));
        timeline.add(IncidentTip.SUBJECT, t.id(), received, actor.username(), "收到" + source.label(), summary);
        timeline.add(IncidentTip.SUBJECT, t.id(), now, actor.username(), "督促企业立即开展自查", "");
        if (n.immediate()) {
            var told = escalations.escalate(IncidentTip.SUBJECT, t.id(), mine.departmentJurisdictionId(),
                    "立即报告（" + kind.label() + "）：" + mine.name(), "/mines/incident-tips/" + t.id(), now);
            timeline.add(IncidentTip.SUBJECT, t.id(), now, actor.username(), "立即报告部门负责人",
                    "已报告 " + told.size() + " 位部门负责人");
        }
        return tips.save(t).id();
    }

    /** MW-08: forwards the enterprise's self-check report (text, optionally the uploaded file) to the department. */
    public void forward(Actor actor, long id, String report, Long fileId) {
        Hazards.require(actor);
        IncidentTip t = ScopeSql.requireInScope(actor, tips.findById(id), IncidentTip::scopePath, WHAT);
        scope.requireSupervised(scope.requireCommissioner(actor), t.mineId());
        String text = Params.text("MW-08-REPORT", "自查报告摘要", report, 2000, true);
        if (fileId != null) {
            scope.photos(actor, java.util.List.of(fileId));
        }
        Instant now = clock.instant();
        t.forward(text, fileId, now, actor.username());
        tips.save(t);
        papers.met(t.deadlineId(), now);
        timeline.add(IncidentTip.SUBJECT, id, now, actor.username(), "报送企业自查报告", text);
    }
}
