package cn.anjian.experts.applications;

import lombok.RequiredArgsConstructor;

import java.time.LocalDate;
import java.util.List;

import cn.anjian.kernel.ActingUsers;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.DemoDataSwitch;
import cn.anjian.personnel.IdCardNumber;
import cn.anjian.workflow.Decision;
import cn.anjian.workflow.FlowId;
import cn.anjian.workflow.Workflows;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Demo: applications to the Zezhou pool in different states — two waiting (one with an exception asked for), one in
 * the review flow, one under public notice with an objection. zz_hr opens a one-day extra window (audited) so the
 * portal takes them today, then the demo leaders decide the review steps, as the real users would.
 */
@Component
@RequiredArgsConstructor
class ApplicationDemoData {

    private static final Logger log = LoggerFactory.getLogger(ApplicationDemoData.class);

    private final Environment environment;
    private final ActingUsers users;
    private final ApplicationIntake intake;
    private final ApplicationWindows windows;
    private final ApplicationReview review;
    private final ApplicationNotice notice;
    private final Workflows workflows;

    @EventListener
    @Order(Ordered.LOWEST_PRECEDENCE - 1)
    void on(AvailabilityChangeEvent<?> event) {
        if (event.getState() != ReadinessState.ACCEPTING_TRAFFIC || !DemoDataSwitch.enabled(environment)) {
            return;
        }
        Actor hr = users.actor("zz_hr").orElse(null);
        if (hr == null || intake.hasApplications(hr.agencyId())) {
            return;
        }
        try {
            load(hr);
            log.info("Expert application demo loaded for {}", hr.agencyName());
        } catch (RuntimeException e) {
            log.warn("Expert application demo not loaded: {}", e.getMessage());
        }
    }

    private void load(Actor hr) {
        LocalDate today = windows.today();
        if (!windows.isOpen(hr.agencyId(), today)) {
            windows.open(hr, today, today, "演示：补充申报");
        }
        intake.submit("140525", form(1, "李明远", ApplicationLevel.SENIOR, LocalDate.of(1972, 4, 3), "COAL", "COAL_GAS"), List.of());
        String old = intake.submit("140525", form(2, "郭振华", ApplicationLevel.SENIOR, LocalDate.of(1957, 9, 12), "QUAKE_GEO", "QG_SEISMIC"), List.of());
        review.requestException(hr, id(old), "地震监测研究成果获市级行业部门认可，年龄适当放宽（第五条第（六）项）");
        String inReview = intake.submit("140525", form(3, "赵晓燕", ApplicationLevel.INTERMEDIATE, LocalDate.of(1985, 1, 20), "RELIEF", "RL_SUPPLIES"), List.of());
        review.startReview(hr, id(inReview));
        String noticed = intake.submit("140525", form(4, "冯立新", ApplicationLevel.LEGAL, LocalDate.of(1978, 6, 30), "LAW", "LW_ACCIDENT"), List.of());
        FlowId flow = review.startReview(hr, id(noticed));
        for (String u : List.of("zz_unithead", "zz_deputy", "zz_unithead", "zz_director")) {
            workflows.decide(flow, users.actor(u).orElseThrow(), Decision.APPROVE, "同意");
        }
        notice.object("140525", id(noticed), "据了解该申报人近三年未办理过安全生产类案件，请核实。", null);
    }

    private long id(String code) {
        return intake.track(code).orElseThrow().id;
    }

    private static NewApplication form(int n, String name, ApplicationLevel level, LocalDate born, String field, String sub) {
        boolean legal = level == ApplicationLevel.LEGAL;
        return new NewApplication(n % 2 == 0 ? ApplicationSource.UNIT : ApplicationSource.SELF,
                n % 2 == 0 ? "晋城市地震监测中心" : null, level, name, n == 3 ? Gender.FEMALE : Gender.MALE, born,
                IdCardNumber.complete("140525" + born.toString().replace("-", "") + String.format("%03d", 100 + n)).value(),
                "1390356" + String.format("%04d", 1200 + n), null, Employment.ON_DUTY,
                legal ? "山西晋城律师事务所" : "晋城市应急技术服务中心", "晋城市泽州县", null,
                legal ? "律师" : level == ApplicationLevel.SENIOR ? "高级工程师" : "工程师",
                level == ApplicationLevel.SENIOR ? TitleGrade.ASSOCIATE_SENIOR : TitleGrade.INTERMEDIATE,
                legal ? Qualification.LAWYER : n == 3 ? Qualification.SAFETY_ENGINEER : Qualification.NONE,
                "太原理工大学", "本科", legal ? "法学" : "安全工程", 15, 0, legal, true, true, field, List.of(sub),
                "长期从事安全生产和应急管理相关工作，参与多起事故调查和隐患排查。", null, "市级安全生产先进个人", null,
                true, true, true, true);
    }
}
