package cn.anjian.personnel.officers;

import lombok.RequiredArgsConstructor;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.org.Agencies;
import cn.anjian.org.OrgUnit;
import cn.anjian.org.ScopeSql;
import cn.anjian.personnel.Eligibility;
import cn.anjian.personnel.EnforcerEligibility;
import cn.anjian.personnel.People;
import cn.anjian.personnel.PersonRole;
import cn.anjian.personnel.PersonRoles;
import cn.anjian.personnel.PersonView;
import cn.anjian.personnel.PostStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registry: the officer role of a recorded person, its detail, OFF-03 eligibility and the role list. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class OfficerRegistry implements EnforcerEligibility, PersonRoles {

    private final OfficerRepository officers;
    private final OfficerRecords records;
    private final OfficerPosts posts;
    private final OfficerAwards awards;
    private final People people;
    private final Agencies agencies;
    private final OfficerSupport support;

    /** Registers without reading the whole officer back (the import does not need it). */
    @Transactional
    void registerOnly(Actor actor, long personId, NewOfficer officer) {
        OfficerSupport.requireManage(actor);
        OfficerRecords.PersonRef person = records.personRef(personId).orElseThrow(() -> BusinessException.notFound("人员"));
        ScopeSql.requireInScope(actor, person.scopePath(), "人员");
        if (officer == null) {
            throw BusinessException.badInput("OFF-INPUT", "请填写执法人员信息");
        }
        if (records.isOfficer(personId)) {
            throw BusinessException.conflict("OFF-DUPLICATE", person.name() + "已登记为执法人员");
        }
        if (records.isActiveAuxiliary(personId)) {
            throw BusinessException.conflict("OFF-10", person.name() + "是在岗的执法辅助人员，不能登记为执法人员");
        }
        Long unitId = officer.unitId();
        if (unitId != null) {
            OrgUnit unit = agencies.getUnit(actor, unitId);
            if (unit.agencyId() != person.agencyId()) {
                throw BusinessException.badInput("OFF-UNIT", "内设机构“" + unit.name() + "”不属于" + person.agencyName());
            }
        }
        LocalDate hiredOn = support.pastDate(officer.hiredOn(), "入职日期", false);
        PostStatus post = officer.postStatus() == null ? PostStatus.OFF_POST : officer.postStatus();
        LocalDate since = officer.postSince() == null ? support.today() : support.pastDate(officer.postSince(), "岗位变动日期", true);
        officers.save(Officer.register(personId, person.name(), person.agencyId(), unitId, person.scopePath(), post, since,
                hiredOn, support.now().toInstant()));
        posts.recordPostChange(personId, post, since, "登记为执法人员");
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("unitId", unitId);
        after.put("hiredOn", hiredOn);
        after.put("post", post.name());
        after.put("postSince", since);
        support.publish(actor, "personnel.officer.registered", "officer", personId, null, after);
        if (post == PostStatus.ON_POST) {
            posts.openPostCaseIfUncertified(personId, "NO_CERTIFICATE", null, since);
        }
    }

    boolean isOfficer(long personId) {
        return records.isOfficer(personId);
    }

    OfficerDetail get(Actor actor, long personId) {
        PersonView person = people.get(actor, personId);
        OfficerRecords.OfficerRecord o = records.officer(personId).orElseThrow(() -> BusinessException.notFound(OfficerSupport.WHAT));
        List<CertificateView> certs = records.certificates(personId);
        List<TrainingView> trainings = records.trainings(personId);
        LocalDate day = support.today();
        List<PostCaseView> cases = records.postCases(personId, day);
        Optional<LocalDate> lastRotation = OfficerRules.lastRotation(trainings);
        LocalDate due = OfficerRules.rotationDue(lastRotation, o.since3());
        RotationRow rotation = new RotationRow(personId, person.name(), person.agencyName(), lastRotation.orElse(null), due,
                due.isBefore(day));
        return new OfficerDetail(person, o.unitId(), o.unitName(), o.hiredOn(), o.post(), o.postSince(), o.version(),
                certs, trainings, cases, OfficerRules.yearHours(trainings, day.getYear()),
                OfficerRules.eligibility(personId, day, certs, people.roles(personId), records.leftPostOn(personId, day)),
                awards.award(personId, day.getYear(), trainings), rotation);
    }

    @Override
    public Eligibility check(long personId, LocalDate day) {
        LocalDate d = day == null ? support.today() : day;
        if (people.find(personId).isEmpty()) {
            return new Eligibility(personId, d, false, null, List.of("人员不存在"));
        }
        return OfficerRules.eligibility(personId, d, records.certificates(personId), people.roles(personId),
                records.leftPostOn(personId, d));
    }

    @Override
    public List<PersonRole> rolesOf(long personId) {
        return records.officer(personId).map(o -> List.of(new PersonRole(PersonRole.OFFICER, "执法人员", o.post().label(),
                o.post() == PostStatus.ON_POST))).orElse(List.of());
    }
}
