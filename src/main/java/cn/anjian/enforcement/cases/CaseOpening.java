package cn.anjian.enforcement.cases;

import lombok.RequiredArgsConstructor;

import java.time.Instant;
import java.time.LocalDate;

import cn.anjian.documents.DocumentNumbers;
import cn.anjian.documents.IssuedNumber;
import cn.anjian.enforcement.CaseKind;
import cn.anjian.enforcement.CaseOrigin;
import cn.anjian.enforcement.CaseStage;
import cn.anjian.enforcement.NewCase;
import cn.anjian.enterprises.EnterpriseView;
import cn.anjian.enterprises.Enterprises;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.org.Agencies;
import cn.anjian.org.Agency;
import cn.anjian.org.OrgUnit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Opening a case (CASE-01, CASE-04): the basis document, the party, the place, the number, the time limit. */
@Component
@Transactional(readOnly = true)
@RequiredArgsConstructor
class CaseOpening {

    static final int MAX_TEXT = 300;
    static final int MAX_NUMBER = 100;
    static final int MAX_CITIZEN_NAME = 50;

    /** The checked input of a new case (everything but the number and the time limit). */
    private record Checked(String basisTitle, String basisNumber, String title, String citizen, EnterpriseView enterprise,
                           String place, Agency agency, Long unitId) {
    }

    private final CaseRepository repository;
    private final StageLog log;
    private final Agencies agencies;
    private final Enterprises enterprises;
    private final DocumentNumbers numbers;
    private final CaseDeadlines deadlines;
    private final CaseClock clock;

    /** Opens the case; returns its id. The caller has checked the permission. */
    @Transactional
    long open(Actor actor, NewCase c, CaseOrigin origin) {
        Checked k = check(actor, c);
        // CASE-11: a penalty case past its limitation is refused (with the computation) before anything is taken
        Limitation limitation = c.kind() == CaseKind.PENALTY ? Limitation.check(c.violation(), clock.today()) : null;
        long id = repository.nextId();
        IssuedNumber number = numbers.take("CASE_NUMBER", k.agency().id(), "case", Long.toString(id), actor.username());
        Instant now = clock.now();
        // the list filters on the copy of the time limit's due
        CaseDeadlines.Opened limit = deadlines.open(id, k.unitId(), k.agency(), k.title(), now);
        EnterpriseView ent = k.enterprise();
        // saving publishes the audit entry the aggregate registered
        repository.save(Case.open(new Case.Opening(id, number.text(), k.agency().id(), k.unitId(), k.agency().scopePath(),
                c.kind(), c.source(), k.basisTitle(), k.basisNumber(), c.basisDate(), origin,
                ent == null ? null : ent.id(), ent == null ? k.citizen() : ent.name(),
                ent == null ? "CITIZEN" : ent.kind().name(), k.title(), k.place(), limit.id(), limit.dueAt(), now,
                actor.username())));
        log.append(id, null, CaseStage.INITIATION, actor.username(), now,
                "立案：" + c.source().label() + "，依据《" + k.basisTitle() + "》" + k.basisNumber());
        if (limitation != null) {
            deadlines.recordLimitation(id, limitation, actor.username());
        }
        return id;
    }

    private Checked check(Actor actor, NewCase c) {
        if (c == null) {
            throw BusinessException.badInput("CASE-MISSING", "请填写立案信息");
        }
        if (c.kind() == null) {
            throw BusinessException.badInput("CASE-KIND", "请选择案件类型");
        }
        if (c.source() == null) {
            throw BusinessException.badInput("CASE-SOURCE", "请选择案件来源");
        }
        LocalDate today = clock.today();
        String basisTitle = Guards.text(c.basisTitle(), MAX_TEXT, "依据文件名称");
        String basisNumber = Guards.text(c.basisNumber(), MAX_NUMBER, "依据文件文号");
        if (basisTitle == null || basisNumber == null || c.basisDate() == null) {
            throw new BusinessException("CASE-BASIS", "立案须载明案件来源的依据文件（" + c.source().basisLabel()
                    + "）：名称、文号和日期均为必填（" + cn.anjian.kernel.RuleBasis.of("CASE-04").orElse("") + "）");
        }
        if (c.basisDate().isAfter(today) || c.basisDate().isBefore(today.minusYears(10))) {
            throw BusinessException.badInput("CASE-BASIS-DATE", "依据文件日期应在近十年内且不晚于今天");
        }
        String title = Guards.text(c.title(), MAX_TEXT, "案件名称");
        if (title == null) {
            throw BusinessException.badInput("CASE-TITLE", "请填写案件名称");
        }
        String citizen = Guards.text(c.citizenName(), MAX_CITIZEN_NAME, "当事人姓名");
        Long enterpriseId = c.enterpriseId();
        if (enterpriseId != null && citizen != null) {
            throw BusinessException.badInput("CASE-PARTY", "当事人只能是一个生产经营单位或一名公民，请选其一");
        }
        if (enterpriseId == null && citizen == null) {
            throw BusinessException.badInput("CASE-PARTY", "请选择当事人（生产经营单位）或填写公民当事人姓名");
        }
        EnterpriseView ent = enterpriseId == null ? null : enterprises.get(actor, enterpriseId);
        String place = place(c, ent);
        Agency agency = agencies.get(actor.agencyId());
        if (!agency.active()) {
            throw new BusinessException("CASE-AGENCY-RETIRED", "“" + agency.name() + "”已撤销，不能立案");
        }
        return new Checked(basisTitle, basisNumber, title, citizen, ent, place, agency, unit(actor, c, agency));
    }

    private static String place(NewCase c, EnterpriseView ent) {
        String place = Guards.text(c.place(), MAX_TEXT, "执法地点");
        if (place == null && ent != null && ent.address() != null && !ent.address().isBlank()) {
            place = ent.address();
        }
        if (place == null) {
            throw BusinessException.badInput("CASE-PLACE", "请填写执法地点");
        }
        return place;
    }

    private Long unit(Actor actor, NewCase c, Agency agency) {
        Long unitId = c.unitId() == null ? actor.unitId() : c.unitId();
        if (unitId != null) {
            OrgUnit unit = agencies.findUnit(unitId).orElse(null);
            if (unit == null || unit.agencyId() != agency.id() || !unit.active()) {
                throw BusinessException.badInput("CASE-UNIT", "承办科室须是本机构在用的内设机构");
            }
        }
        return unitId;
    }
}
