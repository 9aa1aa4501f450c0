package cn.anjian.experts.dispatches;

import lombok.RequiredArgsConstructor;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import cn.anjian.experts.dispatches.DispatchEnums.Source;
import cn.anjian.experts.dispatches.DispatchEnums.TitleGrade;
import cn.anjian.experts.draws.ConflictCheck;
import cn.anjian.experts.draws.DrawView;
import cn.anjian.experts.draws.Draws;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Params;
import cn.anjian.kernel.Zones;
import cn.anjian.org.ScopeSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Parses the dispatch form and checks the chosen expert: in the pool, in scope, active, not in conflict (EXP-08). */
@Component
@RequiredArgsConstructor
class DispatchChecks {

    static final BigDecimal MAX_FEE = new BigDecimal("1000000.00");

    /** The checked choice: the expert (null out of the pool), his name, and the target the draw named. */
    record Chosen(Source source, Long expertId, String name, Dispatch.Outside outside, Long drawId, Long enterpriseId) {
    }

    private final JdbcClient jdbc;
    private final ConflictCheck conflicts;
    private final Draws draws;
    private final Clock clock;

    Dispatch.Form form(NewDispatch n) {
        String task = Params.text("EXP-TASK", "任务名称", n.task(), 200, true);
        String content = Params.text("EXP-CONTENT", "任务内容", n.content(), 2000, true);
        String place = Params.text("EXP-PLACE", "任务地点", n.place(), 200, true);
        LocalDate start = required("EXP-START", "开始日期", n.taskStart());
        LocalDate end = required("EXP-END", "结束日期", n.taskEnd());
        if (end.isBefore(start)) {
            throw BusinessException.badInput("EXP-END", "结束日期不能早于开始日期");
        }
        BigDecimal fee = null;
        if (n.paid()) {
            fee = Params.decimal("劳务报酬", n.fee() == null || n.fee().isBlank() ? null : n.fee().strip());
            if (fee == null || fee.signum() <= 0 || fee.compareTo(MAX_FEE) > 0 || fee.stripTrailingZeros().scale() > 2) {
                throw BusinessException.badInput("EXP-FEE", "付费使用专家请填写劳务报酬（0.01 至 1,000,000.00 元，最多两位小数）");
            }
            fee = fee.setScale(2);
        }
        return new Dispatch.Form(task, content, place, start, end, n.enterpriseId(), n.paid(), fee);
    }

    /** EXP-07 / EXP-08 / EXP-10: the expert as chosen; a conflicted one is refused, by hand as in the draw. */
    Chosen choose(Actor actor, NewDispatch n, Long enterpriseId) {
        Source source = Params.requiredChoice("EXP-SOURCE", Source.class, "选取方式", n.source(), Source::label);
        if (source == Source.RECORD) {
            throw BusinessException.badInput("EXP-SOURCE", "请选择随机抽取、指定选取或库外专家");
        }
        if (source == Source.OUT_OF_POOL) {
            String name = Params.text("EXP-OUTSIDE-NAME", "库外专家姓名", n.outsideName(), 50, true);
            String title = Params.text("EXP-OUTSIDE-TITLE", "专业技术职称", n.outsideTitle(), 60, true);
            String employer = Params.text("EXP-OUTSIDE-EMPLOYER", "工作单位", n.outsideEmployer(), 200, true);
            TitleGrade grade = Params.requiredChoice("EXP-10", TitleGrade.class, "职称等级", n.outsideGrade(), TitleGrade::label);
            return new Chosen(source, null, name, new Dispatch.Outside(name, title, grade, employer), null, enterpriseId);
        }
        if (n.expertId() == null) {
            throw BusinessException.badInput("EXP-EXPERT", "请选择专家");
        }
        Long target = enterpriseId;
        Long drawId = null;
        if (source == Source.DRAW) {
            if (n.drawId() == null) {
                throw BusinessException.badInput("EXP-DRAW", "请选择抽取记录");
            }
            DrawView draw = draws.get(actor, n.drawId());
            if (draw.selected().stream().noneMatch(p -> p.expertId() == n.expertId())) {
                throw BusinessException.badInput("EXP-EXPERT", "该专家不在此次抽取的结果中");
            }
            drawId = draw.id();
            target = target == null ? draw.targetEnterpriseId() : target;
        }
        String name = expert(actor, n.expertId());
        LocalDate today = LocalDate.ofInstant(clock.instant(), Zones.SHANGHAI);
        String why = conflicts.reason(actor, n.expertId(), target, today).orElse(null);
        if (why != null) {
            throw new BusinessException("EXP-08", name + " 与任务对象单位存在利害关系，应当回避，不能派遣（" + why + "）");
        }
        return new Chosen(source, n.expertId(), name, null, drawId, target);
    }

    /** An active expert of the actor's own pool (404 outside the scope, 422 when not active). */
    String expert(Actor actor, long expertId) {
        record E(String name, String status, long agencyId, String scopePath) {
        }
        E e = jdbc.sql("SELECT name, status, agency_id, scope_path FROM exp_expert WHERE id = :id").param("id", expertId)
                .query((rs, n) -> new E(rs.getString("name"), rs.getString("status"), rs.getLong("agency_id"), rs.getString("scope_path")))
                .optional().filter(x -> x.agencyId() == actor.agencyId()).orElse(null);
        ScopeSql.requireInScope(actor, java.util.Optional.ofNullable(e), E::scopePath, "专家");
        if (!"ACTIVE".equals(e.status())) {
            throw new BusinessException("EXP-09", e.name() + " 当前不在库（暂停使用或已出库），不能派遣");
        }
        return e.name();
    }

    private static LocalDate required(String code, String label, String value) {
        if (value == null || value.isBlank()) {
            throw BusinessException.badInput(code, "请填写" + label);
        }
        return Params.date(label, value.strip());
    }
}
