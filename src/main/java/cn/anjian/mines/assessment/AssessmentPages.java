package cn.anjian.mines.assessment;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.anjian.calendar.DeadlineId;
import cn.anjian.calendar.Deadlines;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.Zones;
import cn.anjian.personnel.PersonAccounts;
import cn.anjian.settings.Settings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The read side of an assessment's page and of a commissioner's own year so far. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class AssessmentPages {

    private final CommissionerAssessments assessments;
    private final YearFactsReader reader;
    private final JdbcClient jdbc;
    private final Deadlines deadlines;
    private final PersonAccounts accounts;
    private final Settings settings;
    private final Clock clock;

    public AssessmentView view(Actor actor, long id) {
        Assessment a = assessments.find(actor, id);
        CommissionerRef c = CommissionerRef.find(jdbc, a.commissionerId()).orElseThrow();
        AssessmentRules.YearFacts f = reader.read(a.commissionerId(), a.year());
        List<AssessmentRules.Criterion> criteria = a.criteria();
        return view(a.id(), c, a.year(), AssessmentList.STATUSES.get(a.status().name()), a.status() == Assessment.Status.DRAFT,
                a.grade(), a.computedGrade(), criteria, new WorkRecordFacts.CompletionRate(a.requiredChecks(), a.doneChecks()),
                a.overrideGrade(), a.overrideReason(), f);
    }

    /** The commissioner's own current year, computed live (nothing stored); empty for an account that is no commissioner. */
    public Optional<AssessmentView> own(Actor actor) {
        Optional<Long> person = accounts.personOf(actor.userId());
        if (person.isEmpty()) {
            return Optional.empty();
        }
        Optional<Long> id = jdbc.sql("SELECT id FROM mine_commissioner WHERE person_id = :p").param("p", person.get())
                .query(Long.class).optional();
        if (id.isEmpty()) {
            return Optional.empty();
        }
        CommissionerRef c = CommissionerRef.find(jdbc, id.get()).orElseThrow();
        LocalDate today = LocalDate.ofInstant(clock.instant(), Zones.SHANGHAI);
        AssessmentRules.YearFacts f = reader.read(c.id(), today.getYear());
        AssessmentRules.Outcome o = AssessmentRules.assess(f, AssessmentSettings.thresholds(settings, today));
        return Optional.of(view(0, c, today.getYear(), "年度进行中", false, o.grade(), o.grade(), o.criteria(), f.completion(),
                null, null, f));
    }

    private AssessmentView view(long id, CommissionerRef c, int year, String status, boolean draft, Grade grade, Grade computed,
                                List<AssessmentRules.Criterion> criteria, WorkRecordFacts.CompletionRate rate, Grade override,
                                String overrideReason, AssessmentRules.YearFacts f) {
        String agency = jdbc.sql("SELECT name FROM org_agency_view WHERE id = :id").param("id", c.agencyId()).query(String.class)
                .optional().orElse("—");
        List<AssessmentView.RungLine> rungs = f.ladder().rungs().stream().map(r -> new AssessmentView.RungLine(r.trackLabel(),
                r.occurrenceLabel(), r.checkRef(), r.checkedOn(), r.mineName(), r.items(), r.measure(), r.losesExcellence(),
                r.exempted())).toList();
        List<String> risks = new ArrayList<>();
        criteria.stream().filter(x -> !x.met()).forEach(x -> risks.add((x.excellenceOnly() ? "影响评优：" : "影响合格：") + x.text()));
        risks.addAll(f.ladder().risks());
        return new AssessmentView(id, c.id(), c.name(), agency, year, status, draft, grade, computed,
                AssessmentRules.explain(computed, criteria),
                criteria.stream().map(x -> new AssessmentView.CriterionLine(x.met(), x.excellenceOnly(), x.text())).toList(),
                AssessmentRules.percent(rate) + "%（完成 " + rate.done() + " 次，应完成 " + rate.required() + " 次）", override,
                overrideReason, Linkage.of(grade, previous(c.id(), year)), rungs, risks, exemptions(c.id(), year),
                investigations(c.id()), decisions(c.id()),
                reader.mines(c.id(), year).stream().map(m -> new AssessmentView.MineOption(m.mineId(), m.name())).toList());
    }

    /** MA-04/MA-05: the confirmed grades of the years before, most recent first; a missing year ends the run. */
    private List<Grade> previous(long commissionerId, int year) {
        List<Grade> out = new ArrayList<>();
        for (int y = year - 1; y >= year - 2; y--) {
            Optional<String> g = jdbc.sql("SELECT grade FROM mine_assessment WHERE commissioner_id = :c AND year = :y AND status = 'CONFIRMED'")
                    .param("c", commissionerId).param("y", y).query(String.class).optional();
            if (g.isEmpty()) {
                break;
            }
            out.add(Grade.valueOf(g.get()));
        }
        return out;
    }

    private List<AssessmentView.ExemptionLine> exemptions(long commissionerId, int year) {
        return jdbc.sql("SELECT check_ref, ground, note, status FROM mine_exemption WHERE commissioner_id = :c AND year = :y ORDER BY id")
                .param("c", commissionerId).param("y", year)
                .query((rs, n) -> new AssessmentView.ExemptionLine(rs.getString(1), ExemptionGround.valueOf(rs.getString(2)).label(),
                        rs.getString(3), Exemption.Status.valueOf(rs.getString(4)).label())).list();
    }

    private List<AssessmentView.InvestigationLine> investigations(long commissionerId) {
        Map<Long, List<AssessmentView.ExpertLine>> experts = new HashMap<>();
        jdbc.sql("""
                        SELECT x.investigation_id, x.name, x.field_name, x.draw_id FROM mine_investigation_expert x
                        JOIN mine_investigation i ON i.id = x.investigation_id WHERE i.commissioner_id = :c ORDER BY x.id""")
                .param("c", commissionerId)
                .query(rs -> {
                    long draw = rs.getLong(4);
                    boolean drawn = !rs.wasNull();
                    experts.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new AssessmentView.ExpertLine(rs.getString(2),
                            rs.getString(3), drawn, drawn ? "/experts/draws/" + draw : null));
                });
        return jdbc.sql("""
                        SELECT i.id, i.opened_on, i.ground, i.facts, i.higher_level, m.name, i.experts
                        FROM mine_investigation i LEFT JOIN mine_mine m ON m.id = i.mine_id WHERE i.commissioner_id = :c ORDER BY i.id""")
                .param("c", commissionerId)
                .query((rs, n) -> new AssessmentView.InvestigationLine(rs.getLong(1), rs.getDate(2).toLocalDate(),
                        SeriousFailure.valueOf(rs.getString(3)).label(), rs.getString(4), rs.getBoolean(5), rs.getString(6),
                        rs.getString(7), experts.getOrDefault(rs.getLong(1), List.of()))).list();
    }

    private List<AssessmentView.DecisionLine> decisions(long commissionerId) {
        return jdbc.sql("""
                        SELECT d.id, d.measure, d.reason, d.issued_on, d.received_on, d.deadline_id, d.appeal_status, d.appeal_filed_on,
                               d.appeal_text, d.appeal_decision, i.opened_on
                        FROM mine_decision d LEFT JOIN mine_investigation i ON i.id = d.investigation_id
                        WHERE d.commissioner_id = :c ORDER BY d.id""")
                .param("c", commissionerId)
                .query((rs, n) -> {
                    long deadline = rs.getLong(6);
                    LocalDate due = rs.wasNull() ? null : deadlines.find(new DeadlineId(deadline)).map(d -> d.dueDate()).orElse(null);
                    return new AssessmentView.DecisionLine(rs.getLong(1), Measure.valueOf(rs.getString(2)).label(), rs.getString(3),
                            rs.getDate(4).toLocalDate(), rs.getDate(5).toLocalDate(), due, AppealStatus.valueOf(rs.getString(7)),
                            rs.getDate(8) == null ? null : rs.getDate(8).toLocalDate(), rs.getString(9), rs.getString(10),
                            rs.getDate(11) == null ? null : rs.getDate(11).toLocalDate());
                }).list();
    }
}
