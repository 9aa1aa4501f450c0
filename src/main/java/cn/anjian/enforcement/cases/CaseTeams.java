package cn.anjian.enforcement.cases;

import lombok.RequiredArgsConstructor;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.anjian.enforcement.CaseStage;
import cn.anjian.enforcement.CaseTeamAssigned;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.personnel.People;
import cn.anjian.personnel.PersonView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The case team (CASE-02, OFF-03, TI-10, avoidance): replaced as a whole, checked by {@link TeamRules}. */
@Component
@Transactional(readOnly = true)
@RequiredArgsConstructor
class CaseTeams {

    private final JdbcClient jdbc;
    private final CaseRepository repository;
    private final CaseReads reads;
    private final People people;
    private final TeamEligibility eligibility;
    private final ApplicationEventPublisher events;
    private final CaseClock clock;

    /** Replaces the team. Refused unless the whole proposed team passes {@link TeamRules} on the day. */
    @Transactional
    List<MemberView> setTeam(Actor actor, long caseId, List<NewMember> members) {
        Guards.require(actor, "case:manage");
        CaseView c = reads.get(actor, caseId);
        if (c.stage().compareTo(CaseStage.CLOSURE) >= 0) {
            throw new BusinessException("CASE-TEAM-CLOSED", "案件已结案，不能再调整执法组");
        }
        if (members == null || members.isEmpty()) {
            throw new BusinessException("CASE-TEAM-SIZE", "执法组至少须有 2 名持有效执法证的执法人员");
        }
        if (members.size() > TeamRules.MAX_MEMBERS) {
            throw BusinessException.badInput("CASE-TEAM-TOO-LARGE", "执法组不能超过 " + TeamRules.MAX_MEMBERS + " 人");
        }
        LocalDate day = clock.today();
        List<TeamRules.Candidate> candidates = new ArrayList<>();
        Map<Long, String> certificates = new LinkedHashMap<>();
        for (NewMember m : members) {
            if (m == null || m.personId() == null || m.personId() <= 0) {
                throw BusinessException.badInput("CASE-TEAM-PERSON", "请选择执法组成员");
            }
            PersonView p = people.get(actor, m.personId());
            candidates.add(eligibility.candidate(c, p.id(), p.name(), m.role(), day, certificates));
        }
        TeamRules.check(candidates);
        List<Map<String, Object>> before = snapshot(caseId);
        replace(actor, caseId, candidates, certificates);
        // the team is part of the case: saving the unchanged aggregate bumps its version
        repository.save(repository.findById(caseId).orElseThrow());
        events.publishEvent(AuditableEvent.change("enforcement.case.team-set", "case", caseId,
                Map.of("team", before), Map.of("team", snapshot(caseId))));
        List<TeamRules.Candidate> added = candidates.stream()
                .filter(m -> before.stream().noneMatch(b -> b.get("personId").equals(m.personId()))).toList();
        if (!added.isEmpty()) {
            events.publishEvent(new CaseTeamAssigned(caseId, c.title(), c.agencyId(),
                    added.stream().map(TeamRules.Candidate::personId).toList(),
                    added.stream().map(TeamRules.Candidate::name).toList(), clock.now(), actor.username()));
        }
        return reads.team(actor, caseId);
    }

    private void replace(Actor actor, long caseId, List<TeamRules.Candidate> candidates, Map<Long, String> certificates) {
        Instant now = clock.now();
        jdbc.sql("UPDATE enf_case_member SET removed_at = :now, removed_by = :by WHERE case_id = :c AND removed_at IS NULL")
                .param("now", Timestamp.from(now)).param("by", actor.username()).param("c", caseId).update();
        for (TeamRules.Candidate m : candidates) {
            jdbc.sql("""
                            INSERT INTO enf_case_member (case_id, person_id, person_name, role, certificate_number, added_at, added_by)
                            VALUES (:c, :p, :n, :r, :cert, :now, :by)""")
                    .param("c", caseId).param("p", m.personId()).param("n", m.name()).param("r", m.role().name())
                    .param("cert", m.role() == TeamRole.ASSISTANT ? null : certificates.get(m.personId()))
                    .param("now", Timestamp.from(now)).param("by", actor.username()).update();
        }
    }

    /**
     * OFF-03 / CASE-02 at every act, not only when the team is formed: the current team is re-checked on
     * the day of the act (certificates revoked or expired, officers off post, conflicts registered since).
     * {@code act} says what was refused ("进入调查取证阶段", "制作文书"); the code stays the rule's.
     */
    void requireValidTeam(CaseView c, String act) {
        LocalDate day = clock.today();
        List<TeamRules.Candidate> current = reads.currentMembers(c.id()).stream()
                .map(m -> eligibility.candidate(c, m.personId(), m.name(), m.role(), day, new LinkedHashMap<>()))
                .toList();
        if (current.isEmpty()) {
            throw new BusinessException("CASE-TEAM-REQUIRED", "请先组成执法组（至少 2 名持有效执法证的执法人员），再" + act);
        }
        try {
            TeamRules.check(current);
        } catch (BusinessException e) {
            throw new BusinessException(e.kind(), e.code(), "不能" + act + "：" + e.getMessage() + "。请先调整执法组");
        }
    }

    private List<Map<String, Object>> snapshot(long caseId) {
        return jdbc.sql("SELECT person_id, role FROM enf_case_member WHERE case_id = :c AND removed_at IS NULL ORDER BY id")
                .param("c", caseId).query((rs, i) -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("personId", rs.getLong(1));
                    m.put("role", rs.getString(2));
                    return m;
                }).list();
    }
}
