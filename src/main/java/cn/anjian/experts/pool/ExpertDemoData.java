package cn.anjian.experts.pool;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.anjian.enterprises.EnterpriseFilter;
import cn.anjian.enterprises.EnterpriseView;
import cn.anjian.enterprises.Enterprises;
import cn.anjian.kernel.ActingUsers;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.DemoDataSwitch;
import cn.anjian.kernel.Zones;
import cn.anjian.personnel.IdCardNumber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo: the Zezhou pool (泽州县应急管理局) with 150 experts across the ten fields (a deterministic generator; a few
 * sub-specialties deliberately short of three), field leaders, declared conflicts and employers among the demo
 * enterprises, past dispatches over the last year (rotation), and {@code zz_expert} linked to one expert. Admitted
 * by {@code zz_hr} through the registry, so the same gates and audit apply. Runs once the application accepts traffic
 * (after the enterprise demo); nothing happens when the pool already has experts.
 */
@Component
@RequiredArgsConstructor
class ExpertDemoData {

    private static final Logger log = LoggerFactory.getLogger(ExpertDemoData.class);
    static final int EXPERTS = 150;
    /** Sub-specialties left short of the recommended three (the shortfall view has something to show). */
    static final List<String> SHORT = List.of("QG_SEISMIC", "RL_SUPPLIES", "LW_ACCIDENT");
    private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段";
    private static final String GIVEN = "建国志强文斌宇浩鹏辉明华军平刚杰涛伟勇磊超峰海波亮东晓丽红霞芳静敏燕玲";
    private static final String[] EMPLOYERS = {"晋城市煤炭规划设计院", "山西省煤炭地质一四四勘查院", "泽州县应急管理局", "晋城职业技术学院",
            "泽州县水利局", "泽州县自然资源局", "晋城市消防救援支队", "泽州县人民医院", "山西晋城律师事务所", "泽州县气象局"};

    private final Environment environment;
    private final ActingUsers users;
    private final ExpertRegistry registry;
    private final PoolStructure structure;
    private final Enterprises enterprises;
    private final TransactionTemplate tx;
    private final Clock clock;

    @EventListener
    @Order(Ordered.LOWEST_PRECEDENCE - 2)
    void on(AvailabilityChangeEvent<?> event) {
        if (event.getState() != ReadinessState.ACCEPTING_TRAFFIC || !DemoDataSwitch.enabled(environment)) {
            return;
        }
        Actor hr = users.actor("zz_hr").orElse(null);
        if (hr == null || registry.hasExperts(hr.agencyId())) {
            return;
        }
        try {
            tx.executeWithoutResult(s -> load(hr));
            log.info("Expert demo pool of {} loaded: {} experts", hr.agencyName(), EXPERTS);
        } catch (RuntimeException e) {
            log.warn("Expert demo pool not loaded: {}", e.getMessage());
        }
    }

    /** Every sub-specialty code, as often as it should hold demo experts (the short ones fewer than three). */
    static List<String> allocation(List<PoolStructure.Field> fields) {
        List<String> subs = new ArrayList<>();
        fields.forEach(f -> f.subSpecialties().forEach(s -> subs.add(s.code())));
        List<String> slots = new ArrayList<>();
        for (int round = 0; slots.size() < EXPERTS; round++) {
            for (String s : subs) {
                if (slots.size() < EXPERTS && (!SHORT.contains(s) || round < 2)) {
                    slots.add(s);
                }
            }
        }
        return slots;
    }

    private void load(Actor hr) {
        List<PoolStructure.Field> fields = structure.fields();
        List<String> slots = allocation(fields);
        List<EnterpriseView> firms = enterprises.search(hr, EnterpriseFilter.none(), 0, 10).items();
        Long expertUser = users.actor("zz_expert").map(Actor::userId).orElse(null);
        LocalDate today = LocalDate.ofInstant(clock.instant(), Zones.SHANGHAI);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            String sub = slots.get(i);
            String field = fields.stream().filter(f -> f.subSpecialties().stream().anyMatch(s -> s.code().equals(sub)))
                    .findFirst().orElseThrow().code();
            boolean senior = i % 3 != 2;
            Long employer = !firms.isEmpty() && i % 25 == 4 ? firms.get(i / 25 % firms.size()).id() : null;
            String employerName = employer == null ? EMPLOYERS[i % EMPLOYERS.length]
                    : firms.stream().filter(f -> f.id() == employer).findFirst().orElseThrow().name();
            ids.add(registry.admit(hr, new NewExpert(name(i), idCard(i), String.format("139%08d", 35_250_000 + i * 37),
                    senior ? "高级工程师" : "工程师", senior ? ExpertLevel.SENIOR : ExpertLevel.INTERMEDIATE, employerName, employer,
                    field, List.of(sub), null, i == 0 ? expertUser : null)));
        }
        extras(hr, ids, firms, today);
    }

    /** Leaders, deputies, declared conflicts and a year of dispatches. */
    private void extras(Actor hr, List<Long> ids, List<EnterpriseView> firms, LocalDate today) {
        registry.appoint(hr, ids.get(0), true);
        registry.appoint(hr, ids.get(26), false);
        if (!firms.isEmpty()) {
            long first = firms.get(0).id();
            registry.declareConflict(hr, ids.get(52), first, "曾任该单位安全副矿长", today.minusYears(5), today.minusYears(1));
            registry.declareConflict(hr, ids.get(78), first, "配偶在该单位任职", today.minusYears(2), null);
            registry.declareConflict(hr, ids.get(104), first, "曾为该单位提供安全评价服务", today.minusYears(6), today.minusYears(4));
        }
        for (int i = 0; i < ids.size(); i += 4) {
            for (int k = 0; k <= i % 3; k++) {
                Long ent = firms.isEmpty() ? null : firms.get((i + k) % firms.size()).id();
                registry.recordDispatch(hr, ids.get(i), ent, today.minusDays(20L + (i * 7L + k * 41L) % 330), "隐患排查技术支撑（演示）");
            }
        }
    }

    static String name(int i) {
        return "" + SURNAMES.charAt(i * 7 % SURNAMES.length()) + GIVEN.charAt(i % GIVEN.length())
                + (i % 2 == 0 ? "" : String.valueOf(GIVEN.charAt(i * 3 % GIVEN.length())));
    }

    static String idCard(int i) {
        LocalDate birth = LocalDate.of(1962, 1, 1).plusDays(i * 97L);
        return IdCardNumber.complete("140525" + birth.toString().replace("-", "") + String.format("%03d", 100 + i)).value();
    }
}
