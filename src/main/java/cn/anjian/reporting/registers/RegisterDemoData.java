package cn.anjian.reporting.registers;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.LocalDate;

import cn.anjian.kernel.ActingUsers;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.DemoDataSwitch;
import cn.anjian.kernel.Zones;
import cn.anjian.reporting.PublicityActivityKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Demo (STAT-02, STAT-03): 泽州县's and 晋城市's publicity activities of the year, 泽州县's normative documents of last
 * year and this year, and last year's catalogue of 泽州县 generated and submitted (its deadline met) while 晋城市's is
 * still to be done. Entered by the offices through the services, once (nothing happens when the marker document exists).
 */
@Component
@RequiredArgsConstructor
class RegisterDemoData {

    private static final Logger log = LoggerFactory.getLogger(RegisterDemoData.class);
    static final String MARKER = "泽应急规〔2025〕1号";

    private final Environment environment;
    private final ActingUsers users;
    private final PublicityActivityRegister activities;
    private final NormativeDocuments documents;
    private final Catalogues catalogues;
    private final Clock clock;

    @EventListener
    @Order(Ordered.LOWEST_PRECEDENCE - 1)
    void on(AvailabilityChangeEvent<?> event) {
        if (event.getState() != ReadinessState.ACCEPTING_TRAFFIC || !DemoDataSwitch.enabled(environment)) {
            return;
        }
        Actor zz = users.actor("zz_office").orElse(null);
        Actor jc = users.actor("jc_office").orElse(null);
        if (zz == null || jc == null || exists(zz)) {
            return;
        }
        try {
            load(zz, jc);
            log.info("Register demo loaded: publicity activities, normative documents and catalogues of 泽州县 and 晋城市");
        } catch (RuntimeException e) {
            log.warn("Register demo not loaded: {}", e.toString());
        }
    }

    private boolean exists(Actor zz) {
        return documents.list(new NormativeDocuments.Filter(activities.jurisdiction(zz, null), null, null, MARKER),
                NormativeDocuments.SORT.defaults(), 0, 1).total() > 0;
    }

    private void load(Actor zz, Actor jc) {
        LocalDate today = LocalDate.now(clock.withZone(Zones.SHANGHAI));
        int year = today.getYear();
        activities.record(zz, new PublicityActivityRegister.NewActivity(PublicityActivityKind.MEDIA, today.minusMonths(5), 3,
                "泽州县融媒体中心", "“安全生产月”执法专题报道", "周敏", "融媒体中心播出记录"));
        activities.record(zz, new PublicityActivityRegister.NewActivity(PublicityActivityKind.LEAFLET, today.minusMonths(4), 2000,
                "巴公镇集贸市场", "《安全生产法》普法宣传", "周敏", "宣传品发放登记表"));
        activities.record(zz, new PublicityActivityRegister.NewActivity(PublicityActivityKind.CARD, today.minusMonths(4), 800,
                "巴公镇各煤矿", "从业人员权利义务明白卡", "赵强", "发放签收表"));
        activities.record(zz, new PublicityActivityRegister.NewActivity(PublicityActivityKind.CONSULTATION, today.minusMonths(3), 260,
                "泽州县人民广场", "安全生产宣传咨询日", "赵强", "现场咨询登记簿"));
        activities.record(zz, new PublicityActivityRegister.NewActivity(PublicityActivityKind.POSTER, today.minusMonths(2), 45,
                "全县重点企业", "有限空间作业安全警示标语", "周敏", "张贴照片台账"));
        activities.record(jc, new PublicityActivityRegister.NewActivity(PublicityActivityKind.MEDIA, today.minusMonths(1), 5,
                "晋城日报", "执法典型案例曝光", "刘洋", "报纸版面存档"));
        documents.record(zz, new NormativeDocuments.NewDocument("泽州县安全生产行政执法自由裁量权实施细则", MARKER, "泽州县应急管理局",
                LocalDate.of(year - 1, 3, 15), LocalDate.of(year - 1, 4, 15), true, LocalDate.of(year - 1, 3, 5), NormativeStatus.AMENDED));
        documents.record(zz, new NormativeDocuments.NewDocument("泽州县有限空间作业安全监管办法", "泽应急规〔2025〕2号", "泽州县应急管理局",
                LocalDate.of(year - 1, 9, 1), LocalDate.of(year - 1, 10, 1), true, LocalDate.of(year - 1, 8, 20), NormativeStatus.IN_FORCE));
        documents.record(zz, new NormativeDocuments.NewDocument("泽州县安全生产行政执法自由裁量权实施细则（修订）", "泽应急规〔" + year + "〕1号",
                "泽州县应急管理局", today.minusMonths(6), today.minusMonths(5), true, today.minusMonths(6).minusDays(10), NormativeStatus.IN_FORCE));
        long zzCatalogue = catalogues.ensure(zz.agencyId(), year - 1);
        catalogues.generate(zz, zzCatalogue);
        catalogues.submit(zz, zzCatalogue);
        catalogues.ensure(jc.agencyId(), year - 1);
    }
}
