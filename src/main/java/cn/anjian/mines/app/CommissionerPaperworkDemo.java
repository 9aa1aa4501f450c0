package cn.anjian.mines.app;

import lombok.RequiredArgsConstructor;

import java.util.List;

import cn.anjian.kernel.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Demo part of {@link CommissionerWorkDemoData}: the submitted report, the signed pledge, the supervision cards. */
@Component
@RequiredArgsConstructor
class CommissionerPaperworkDemo {

    private final WorkReports reports;
    private final Pledges pledges;
    private final IntegrityCards cards;
    private final JdbcClient jdbc;

    @Transactional
    public void load(Actor me, Actor officer, HalfYear period) {
        long id = reports.open(me, period);
        WorkReports.View v = reports.get(me, id);
        reports.edit(me, id, new WorkReports.Narrative(v.accidents(),
                "所监管企业安全生产责任制、隐患排查治理、入井检身等制度执行正常，通风、排水、供电系统运行稳定，安全风险总体可控；"
                        + "个别采区顶板管理记录不规范，已督促整改。",
                v.discipline(), "建议为监管专员配备便携式气体检测仪和执法记录仪；井下信号覆盖不足，离线记录需及时同步。", "无"));
        reports.submit(me, id);
        pledges.sign(me);
        cards.setPhone(officer, "0356-3021234");
        List<Long> staffed = jdbc.sql("""
                        SELECT DISTINCT a.mine_id FROM mine_plan_assignment a JOIN mine_plan p ON p.id = a.plan_id
                        JOIN mine_mine m ON m.id = a.mine_id
                        WHERE p.status = 'APPROVED' AND m.scope_path LIKE :p ORDER BY a.mine_id""")
                .param("p", officer.scope().pattern()).query(Long.class).list();
        staffed.forEach(mine -> cards.issue(officer, mine));
    }
}
