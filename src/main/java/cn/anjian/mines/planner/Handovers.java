package cn.anjian.mines.planner;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import cn.anjian.calendar.DeadlineId;
import cn.anjian.calendar.Deadlines;
import cn.anjian.calendar.NewDeadline;
import cn.anjian.calendar.Period;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Zones;
import cn.anjian.personnel.PersonAccounts;
import cn.anjian.settings.Settings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * MC-07 (art. 10): on approval of a plan, one handover per rotation — for each mine, every commissioner who leaves it
 * hands over to one who arrives — with a completion deadline ({@code mines.handover-working-days} working days, on
 * {@code calendar}). Each commissioner confirms their side on their own account (the person linked to the login).
 */
@Service
@Transactional
@RequiredArgsConstructor
public class Handovers {

    static final String WHAT = "轮换交接";
    static final String SUBJECT = "mine_handover";

    private final HandoverRepository repository;
    private final JdbcClient jdbc;
    private final Deadlines deadlines;
    private final PersonAccounts accounts;
    private final Settings settings;
    private final Clock clock;

    /** Opens the handovers of an approved plan against its previous approved plan (none for a first plan). */
    void openFor(AssignmentPlan plan) {
        if (plan.previousPlanId() == null) {
            return;
        }
        Map<Long, Set<Long>> before = pairs(plan.previousPlanId());
        Map<Long, Set<Long>> after = pairs(plan.id());
        LocalDate today = LocalDate.ofInstant(clock.instant(), Zones.SHANGHAI);
        int days = settings.value(MineSettings.HANDOVER_WORKING_DAYS, today);
        for (Map.Entry<Long, Set<Long>> e : before.entrySet()) {
            Set<Long> now = after.getOrDefault(e.getKey(), Set.of());
            List<Long> leaving = e.getValue().stream().filter(c -> !now.contains(c)).sorted().toList();
            List<Long> arriving = now.stream().filter(c -> !e.getValue().contains(c)).sorted().toList();
            if (leaving.isEmpty() || arriving.isEmpty()) {
                continue;
            }
            for (int i = 0; i < Math.max(leaving.size(), arriving.size()); i++) {
                open(plan, e.getKey(), leaving.get(i % leaving.size()), arriving.get(i % arriving.size()), days);
            }
        }
    }

    private void open(AssignmentPlan plan, long mineId, long out, long in, int days) {
        // scoped by the mine's place, so a county's commissioners and staff see the handovers of a city's plan too
        String[] mineRow = jdbc.sql("SELECT name, scope_path FROM mine_mine WHERE id = :id").param("id", mineId)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).single();
        String mine = mineRow[0];
        Handover h = repository.save(Handover.open(plan.id(), mineId, out, in, plan.jurisdictionId(), mineRow[1],
                clock.instant()));
        Long party = userOf(out);
        DeadlineId d = deadlines.open(new NewDeadline(SUBJECT, String.valueOf(h.id()), "MC-07", null, null,
                plan.jurisdictionId(), mineRow[1], Period.workingDays(days), clock.instant(),
                "监管专员轮换交接：" + mine, party));
        h.deadline(d.value());
        repository.save(h);
    }

    /** The outgoing commissioner (the actor's own person) records the situation and confirms. */
    public void confirmOutgoing(Actor actor, long id, String situation, String supervisionStatus) {
        AssignmentPlans.require(actor, "mine:handover");
        Handover h = find(actor, id);
        h.confirmOutgoing(self(actor), situation, supervisionStatus, clock.instant());
        repository.save(h);
    }

    /** The incoming commissioner confirms receipt; the handover is complete and its deadline met. */
    public void confirmIncoming(Actor actor, long id, String note) {
        AssignmentPlans.require(actor, "mine:handover");
        Handover h = find(actor, id);
        h.confirmIncoming(self(actor), note, clock.instant());
        repository.save(h);
        if (h.deadlineId() != null) {
            deadlines.markMet(new DeadlineId(h.deadlineId()), clock.instant());
        }
    }

    /** The commissioner the actor is (through the person linked to the account), or empty. */
    public java.util.Optional<Long> commissionerOf(Actor actor) {
        return accounts.personOf(actor.userId()).flatMap(p -> jdbc.sql(
                "SELECT id FROM mine_commissioner WHERE person_id = :p").param("p", p).query(Long.class).optional());
    }

    private long self(Actor actor) {
        return commissionerOf(actor).orElseThrow(() -> new BusinessException(BusinessException.Kind.FORBIDDEN,
                "MC-07-HANDOVER-WHO", "您的账号未关联监管专员，不能确认交接"));
    }

    Handover find(Actor actor, long id) {
        Handover h = repository.findById(id).filter(x -> actor.scope().covers(x.scopePath()))
                .orElseThrow(() -> BusinessException.notFound(WHAT));
        return h;
    }

    private Long userOf(long commissionerId) {
        Long person = jdbc.sql("SELECT person_id FROM mine_commissioner WHERE id = :id").param("id", commissionerId)
                .query(Long.class).single();
        return accounts.accountOf(person).map(PersonAccounts.Account::userId).orElse(null);
    }

    private Map<Long, Set<Long>> pairs(long planId) {
        Map<Long, Set<Long>> out = new TreeMap<>();
        jdbc.sql("SELECT mine_id, commissioner_id FROM mine_plan_assignment WHERE plan_id = :id").param("id", planId)
                .query((rs, n) -> out.computeIfAbsent(rs.getLong(1), k -> new TreeSet<>()).add(rs.getLong(2))).list();
        return out;
    }
}
