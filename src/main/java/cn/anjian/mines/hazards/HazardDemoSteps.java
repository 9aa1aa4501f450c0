package cn.anjian.mines.hazards;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import cn.anjian.kernel.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The demo's records, made through the services (the same gates, numbers, deadlines and audit). */
@Component
@RequiredArgsConstructor
class HazardDemoSteps {

    private final WorkScope scope;
    private final Hazards hazards;
    private final HazardOpening opening;
    private final StopWorkOrders stopOrders;
    private final IncidentTips tips;
    private final JdbcClient jdbc;
    private final Clock clock;

    void zezhou(Actor zzc, List<Long> mines) {
        if (mines.isEmpty()) {
            return;
        }
        long a = mines.get(0);
        long b = mines.get(Math.min(1, mines.size() - 1));
        hazards.record(zzc, new NewHazard(a, "1201 回采工作面上隅角瓦斯浓度监测探头悬挂位置不符合规程", false, 15, List.of()));
        long closed = hazards.record(zzc, new NewHazard(b, "主斜井带式输送机防跑偏保护失效", false, 7, List.of()));
        hazards.report(zzc, closed, "已更换跑偏传感器并试验合格，附试验记录", null);
        hazards.recheck(zzc, closed, true, "现场复查，保护装置动作可靠，同意闭环", null);
        hazards.record(zzc, new NewHazard(a, "井下采掘工作面超层越界开采，存在重大事故隐患", true, 10, List.of()));
        WorkScope.CommissionerRef c = scope.requireCommissioner(zzc);
        WorkScope.MineRef mine = scope.mine(b).orElseThrow();
        Instant past = clock.instant().minus(Duration.ofDays(20));
        opening.open(new Hazard.Origin(mine.id(), c.id(), c.agencyId(), mine.jurisdictionId(), mine.scopePath(), null,
                null), mine, c, "采区变电所未按规定设置防火门", false, "", 5, past, zzc);
        stopOrders.put(zzc, UUID.randomUUID(), "demo-" + UUID.randomUUID(), new NewStopWorkOrder(a, "STOP_AND_EVACUATE",
                null, "1201 工作面回风流瓦斯浓度达到 1.6%，危及作业人员安全", "1201 采煤工作面及其回风巷", 23, List.of()));
        long tip = tips.record(zzc, new NewIncidentTip(b, "ONLINE", "CONCEALED_ACCIDENT",
                "网络反映该矿上月发生一起顶板事故造成人员受伤未上报", true, null));
        tips.forward(zzc, tip, "企业自查报告：经查当日为轻微擦伤，已按规定登记，未发现瞒报", null);
    }

    /** One 忻州市 hazard by a commissioner this year's approved plan puts on the mine (documents on xz_officer's behalf). */
    void xinzhou(Actor xz) {
        List<long[]> pair = jdbc.sql("""
                SELECT a.mine_id, a.commissioner_id FROM mine_plan_assignment a JOIN mine_plan p ON p.id = a.plan_id
                 WHERE p.status = 'APPROVED' AND p.scope_path LIKE :p ORDER BY p.plan_year DESC, a.mine_id, a.commissioner_id
                 LIMIT 1""").param("p", xz.scope().pattern()).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
        if (pair.isEmpty()) {
            return;
        }
        WorkScope.CommissionerRef c = scope.commissioner(pair.get(0)[1]).orElseThrow();
        WorkScope.MineRef mine = scope.mine(pair.get(0)[0]).orElseThrow();
        opening.open(new Hazard.Origin(mine.id(), c.id(), c.agencyId(), mine.jurisdictionId(), mine.scopePath(), null,
                null), mine, c, "井下避灾路线标识不清", false, "", 10, clock.instant(), xz);
    }
}
