package cn.anjian.enforcement.draws;

import lombok.RequiredArgsConstructor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.anjian.enforcement.CaseKind;
import cn.anjian.enforcement.CaseOrigin;
import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.CaseSource;
import cn.anjian.enforcement.NewCase;
import cn.anjian.enforcement.cases.CaseService;
import cn.anjian.enforcement.cases.NewMember;
import cn.anjian.enforcement.cases.TeamRole;
import cn.anjian.enterprises.EnterpriseView;
import cn.anjian.enterprises.Enterprises;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** From a draw's result to inspection cases (CASE-04 basis: the draw record), one per staffed target. */
@Component
@Transactional(readOnly = true)
@RequiredArgsConstructor
class DrawCases {

    private final JdbcClient jdbc;
    private final DrawQueries queries;
    private final Enterprises enterprises;
    private final CaseService cases;
    private final ApplicationEventPublisher events;

    /**
     * "生成检查案件": opens one inspection case per staffed target not yet opened (source RANDOM_DRAW,
     * basis = this draw record), with the drawn officers as its team (first one leads). Unstaffed targets
     * are skipped and stay reported. All or nothing: a refused case or team rolls every case back.
     */
    @Transactional
    List<CaseRef> generateCases(Actor actor, long id) {
        RandomDraws.requireManage(actor);
        DrawViews.Draw d = queries.get(actor, id);
        // one generation at a time per draw: a second click waits here and then finds the cases already opened
        jdbc.sql("SELECT id FROM enf_draw WHERE id = :id FOR UPDATE").param("id", id).query(Long.class).single();
        List<DrawViews.Row> open = queries.rows(d).stream().filter(r -> r.staffed() && r.caseId() == null).toList();
        if (open.isEmpty()) {
            throw BusinessException.conflict("DRAW-CASES-DONE", "没有可生成案件的抽查对象（均已生成，或未匹配执法人员）");
        }
        List<CaseRef> created = new ArrayList<>();
        for (DrawViews.Row r : open) {
            EnterpriseView e = enterprises.get(actor, r.target().enterpriseId());
            CaseRef c = cases.openFrom(actor, new NewCase(CaseKind.INSPECTION, CaseSource.RANDOM_DRAW,
                    "双随机抽查结果：" + d.title(), basisNumber(d), d.drawDay(), e.id(), null, "双随机抽查：" + e.name(),
                    e.address() == null || e.address().isBlank() ? e.name() : e.address(), null),
                    new CaseOrigin("DRAW_RESULT", d.id()));
            List<NewMember> team = new ArrayList<>();
            for (int i = 0; i < r.officers().size(); i++) {
                team.add(new NewMember(r.officers().get(i).personId(), i == 0 ? TeamRole.LEADER : TeamRole.MEMBER));
            }
            cases.setTeam(actor, c.id(), team);
            jdbc.sql("UPDATE enf_draw_result SET case_id = :c WHERE draw_id = :d AND rank = :r AND case_id IS NULL")
                    .param("c", c.id()).param("d", d.id()).param("r", r.rank()).update();
            created.add(c);
        }
        events.publishEvent(AuditableEvent.change("enforcement.draw.cases-opened", "random-draw", id, null,
                Map.of("cases", created.stream().map(CaseRef::caseNumber).toList())));
        return created;
    }

    /** The draw record as the cases' basis document number (CASE-04). */
    static String basisNumber(DrawViews.Draw d) {
        return "双随机抽查记录第 " + d.id() + " 号（" + d.drawDay() + "）";
    }
}
