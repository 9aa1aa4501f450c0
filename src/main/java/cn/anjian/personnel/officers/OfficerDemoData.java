package cn.anjian.personnel.officers;

import lombok.RequiredArgsConstructor;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.anjian.kernel.ActingUsers;
import cn.anjian.kernel.Actor;
import cn.anjian.org.Agencies;
import cn.anjian.org.Agency;
import cn.anjian.org.AgencyKind;
import cn.anjian.org.Jurisdiction;
import cn.anjian.org.Jurisdictions;
import cn.anjian.org.OrgUnit;
import cn.anjian.org.UnitKind;
import cn.anjian.personnel.IdCardNumber;
import cn.anjian.personnel.NewPerson;
import cn.anjian.personnel.People;
import cn.anjian.personnel.PostStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo officers in Zezhou and Shenchi: valid, expired and revoked certificates, trainings with and
 * without the yearly 24 hours, an open OFF-04 case, an overdue OFF-07 rotation and an officer moved off the post
 * whose certificate return (OFF-05) is pending. Same switch as the
 * platform's demo loader ({@code anjian.demo-data}); runs only when the demo users exist and only once.
 * It listens for ApplicationReadyEvent rather than being an ApplicationRunner ordered before the demo
 * loader (which runs at LOWEST_PRECEDENCE): that way the demo users exist already on the first start.
 */
@Component
@RequiredArgsConstructor
class OfficerDemoData {

    private static final Logger log = LoggerFactory.getLogger(OfficerDemoData.class);

    private final Environment environment;
    private final ActingUsers acting;
    private final Jurisdictions jurisdictions;
    private final Agencies agencies;
    private final People people;
    private final OfficerService officers;
    private final Clock clock;

    /** name, county code, birth yyyyMMdd + seq (11 digits), certificate state, this year's refresher hours (0 = none). */
    record Demo(String name, String county, String birthSeq, String cert, int hours, boolean rotationDone) {
    }

    /** The demo HR account of each county the demo officers are recorded in. */
    private static final Map<String, String> HR_BY_COUNTY = Map.of("140525", "zz_hr", "140927", "sc_hr");

    static final List<Demo> DEMO = List.of(
            new Demo("王建国", "140525", "19780312011", "VALID", 32, true),
            new Demo("李秀英", "140525", "19850721022", "VALID", 24, true),
            new Demo("张伟", "140525", "19900105033", "EXPIRED", 16, true),
            new Demo("刘洋", "140525", "19920918045", "VALID", 0, false),
            new Demo("陈静", "140525", "19870430066", "REVOKED", 24, true),
            new Demo("杨磊", "140525", "19950611077", "NONE", 12, true),
            new Demo("赵敏", "140927", "19830227028", "VALID", 28, true),
            new Demo("黄勇", "140927", "19761109019", "EXPIRED", 8, true),
            new Demo("周芳", "140927", "19890314048", "VALID", 20, true),
            new Demo("吴刚", "140927", "19910802059", "VALID", 24, false),
            new Demo("孙丽", "140525", "19880516087", "LEFT", 24, true));

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void load() {
        if (!enabled() || acting.actor("zz_hr").isEmpty()) {
            return;
        }
        String marker = IdCardNumber.complete("140525" + DEMO.get(0).birthSeq()).value();
        if (agency("140525") == null || people.findByIdCard(hr("140525"), marker).isPresent()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        for (int n = 0; n < DEMO.size(); n++) {
            loadOne(DEMO.get(n), n, today);
        }
        log.info("Officer demo data loaded: {} officers", DEMO.size());
    }

    private void loadOne(Demo d, int n, LocalDate today) {
        Agency agency = agency(d.county());
        Actor actor = hr(d.county());
        Long unitId = agencies.units(agency.id()).stream().filter(u -> u.kind() == UnitKind.INDUSTRY_SUPERVISION)
                .map(OrgUnit::id).findFirst().orElse(null);
        String card = IdCardNumber.complete(d.county() + d.birthSeq()).value();
        long id = people.create(actor, NewPerson.basic(d.name(), card, "1390355" + String.format("%04d", 1000 + n))).id();
        // the officer without a certificate is a recent hire put on post 12 days ago: an overdue OFF-04 case
        LocalDate hired = d.cert().equals("NONE") ? today.minusDays(40) : today.minusYears(7).minusDays(30L * n);
        officers.register(actor, id, new NewOfficer(unitId, hired, PostStatus.OFF_POST, hired));
        if (!d.cert().equals("NONE")) {
            officers.addTraining(actor, id, new NewTraining("安全生产监察员岗前培训", TrainingKind.PRE_JOB, new BigDecimal("80"),
                    hired.plusDays(5), hired.plusDays(18), true, ExamResult.PASSED));
            officers.addTraining(actor, id, new NewTraining("公共法律知识培训", TrainingKind.PUBLIC_LAW, new BigDecimal("16"),
                    hired.plusDays(20), hired.plusDays(22), true, ExamResult.PASSED, hired.plusDays(25), new BigDecimal(70 + n), null));
            LocalDate from = d.cert().equals("EXPIRED") ? today.minusYears(5).minusMonths(3) : today.minusYears(2).plusDays(n);
            officers.addCertificate(actor, id, new NewCertificate("晋执" + d.county().substring(2) + String.format("%04d", 101 + n),
                    CertificateKind.ENFORCEMENT, "山西省人民政府", from, from.plusYears(5).minusDays(1)));
        } else {
            officers.addTraining(actor, id, new NewTraining("安全生产监察员岗前培训", TrainingKind.PRE_JOB, new BigDecimal("64"),
                    hired.plusDays(1), hired.plusDays(10), true, ExamResult.NONE));
        }
        laterTrainings(actor, id, d, n, today);
        int version = officers.get(actor, id).version();
        LocalDate onPost = switch (d.cert()) {
            case "NONE" -> today.minusDays(12);
            // on post since the certificate was valid; the case (OFF-04) counts from the day after it expired
            case "EXPIRED" -> officers.get(actor, id).certificates().get(0).validTo().plusDays(1);
            default -> hired.plusMonths(1);
        };
        officers.changePost(actor, id, version, PostStatus.ON_POST, onPost, "安排到执法岗位");
        if (d.cert().equals("LEFT")) { // OFF-05: moved off the post 4 days ago, the certificate not yet handed back
            officers.changePost(actor, id, officers.get(actor, id).version(), PostStatus.OFF_POST, today.minusDays(4),
                    "调任综合办公室");
        }
        if (d.cert().equals("REVOKED")) {
            CertificateView c = officers.get(actor, id).certificates().get(0);
            officers.changeCertificate(actor, c.id(), c.version(), CertificateAction.REVOKE, today.minusDays(3),
                    "违法实施行政处罚，被发证机关吊销");
        }
    }

    private void laterTrainings(Actor actor, long id, Demo d, int n, LocalDate today) {
        if (d.rotationDone()) {
            LocalDate end = today.minusYears(1).minusDays(20L * n);
            officers.addTraining(actor, id, new NewTraining("执法骨干轮训班", TrainingKind.ROTATION, new BigDecimal("80"),
                    end.minusDays(13), end, true, ExamResult.PASSED));
        }
        if (d.hours() > 0) {
            LocalDate day = today.minusDays(Math.min(10, today.getDayOfYear() - 1));
            officers.addTraining(actor, id, new NewTraining(today.getYear() + " 年度安全生产执法轮训", TrainingKind.REFRESHER,
                    new BigDecimal(d.hours()), day, day, true, ExamResult.NONE));
        }
    }

    private Agency agency(String code) {
        Jurisdiction j = jurisdictions.findByCode(code).orElse(null);
        return j == null ? null : agencies.findAgency(j.id(), AgencyKind.EMERGENCY_MANAGEMENT).orElse(null);
    }

    /** The agency's demo HR account as itself (its real permissions), so demo data passes the same gates. */
    private Actor hr(String county) {
        String username = HR_BY_COUNTY.get(county);
        return acting.actor(username).orElseThrow(() -> new IllegalStateException("demo user " + username + " missing"));
    }

    private boolean enabled() {
        return cn.anjian.kernel.DemoDataSwitch.enabled(environment);
    }
}
