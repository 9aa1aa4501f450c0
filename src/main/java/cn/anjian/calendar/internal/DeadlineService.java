package cn.anjian.calendar.internal;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.anjian.calendar.DeadlineId;
import cn.anjian.calendar.DeadlineState;
import cn.anjian.calendar.DeadlineView;
import cn.anjian.calendar.Deadlines;
import cn.anjian.calendar.NewDeadline;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Actor;
import java.util.function.Consumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The one deadline mechanism (CAL-04, CAL-06): each transition is an aggregate method, audited. */
@Service
@RequiredArgsConstructor
public class DeadlineService implements Deadlines {

    private final DeadlineRepository repository;
    private final HolidayStore holidays;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final JdbcClient jdbc;

    private final OverdueScan overdueScan;
    private final DeadlineQueries queries;

    @Override
    @Transactional
    public DeadlineId open(NewDeadline n) {
        if (n == null) {
            throw BusinessException.badInput("CAL-DEADLINE-INVALID", "缺少期限数据");
        }
        Deadline d = repository.save(Deadline.open(n, holidays.table(), clock.instant()));
        Map<String, Object> after = new java.util.LinkedHashMap<>(d.auditState());
        after.put("subject", n.subjectType() + "/" + n.subjectId());
        after.put("ruleId", n.ruleId());
        after.put("period", n.period().label());
        after.put("start", n.start().toString());
        events.publishEvent(AuditableEvent.change("calendar.deadline.opened", "deadline", d.id(), null, after));
        markOverdueAfterCommitIfDue(d);
        return new DeadlineId(d.id());
    }

    /**
     * Opens the PENDING deadlines whose due the calendar can now count (called when a year's holiday
     * data is entered or confirmed, in that transaction); returns how many opened.
     */
    @Transactional
    public int openPending() {
        int opened = 0;
        HolidayTable table = holidays.uncommittedView();
        for (Deadline d : repository.findByState(DeadlineState.PENDING)) {
            Map<String, Object> before = d.auditState();
            if (d.openIfComputable(table)) {
                repository.save(d);
                events.publishEvent(new AuditableEvent("calendar.deadline.due-computed", "deadline", String.valueOf(d.id()),
                        before, d.auditState(), "system", null));
                markOverdueAfterCommitIfDue(d);
                opened++;
            }
        }
        return opened;
    }

    /** A deadline recorded late (or opened after its year was entered) is overdue at once, not at the next scan. */
    private void markOverdueAfterCommitIfDue(Deadline d) {
        if (d.dueAt() != null && !d.dueAt().isAfter(clock.instant())
                && TransactionSynchronizationManager.isSynchronizationActive()) {
            long id = d.id();
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    overdueScan.scan(id);
                }
            });
        }
    }

    @Override
    @Transactional
    public void suspend(DeadlineId id, String reason, Instant at) {
        change(id, "calendar.deadline.suspended", d -> d.suspend(reason, notInFuture(at)));
    }

    @Override
    @Transactional
    public void resume(DeadlineId id, Instant at) {
        change(id, "calendar.deadline.resumed", d -> d.resume(notInFuture(at), holidays.table()));
    }

    @Override
    @Transactional
    public void markMet(DeadlineId id, Instant at) {
        change(id, "calendar.deadline.met", d -> d.markMet(notInFuture(at)));
    }

    @Override
    @Transactional
    public void waive(DeadlineId id, String reason) {
        change(id, "calendar.deadline.waived", d -> d.waive(reason, clock.instant()));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<DeadlineView> find(DeadlineId id) {
        return id == null ? Optional.empty() : repository.findById(id.value()).map(Deadline::view);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<DeadlineId, DeadlineView> findAll(java.util.Collection<DeadlineId> ids) {
        List<Long> values = ids.stream().filter(java.util.Objects::nonNull).map(DeadlineId::value).distinct().toList();
        if (values.isEmpty()) {
            return Map.of();
        }
        Map<DeadlineId, DeadlineView> out = new java.util.HashMap<>();
        jdbc.sql("select " + DeadlineQueries.COLUMNS + " from cal_deadline where id in (:ids)").param("ids", values)
                .query((rs, n) -> DeadlineQueries.map(rs)).list().forEach(v -> out.put(v.id(), v));
        return out;
    }

    /**
     * A deadline the actor may read (ORG-03; issue 12 defect 2: external roles only their own), else NOT_FOUND
     * (no probing of other jurisdictions' or colleagues' ids).
     */
    @Transactional(readOnly = true)
    public DeadlineView findInScope(long id, Actor actor) {
        return repository.findById(id).filter(d -> queries.visible(actor, id)).map(Deadline::view)
                .orElseThrow(() -> BusinessException.notFound("期限"));
    }

    @Transactional(readOnly = true)
    public List<Suspension> suspensions(long id, Actor actor) {
        return repository.findById(id).filter(d -> queries.visible(actor, id)).map(Deadline::suspensions)
                .orElseThrow(() -> BusinessException.notFound("期限"));
    }

    /** What a person does on the deadlines page; the system's own calls use the {@link Deadlines} methods. */
    public enum Action { MET, SUSPEND, RESUME, WAIVE }

    /**
     * A person completes, suspends, resumes or waives a deadline (issue 12 defect 2): one he may read (else 404),
     * and only its owner, a member of its owner unit or a head ({@code deadline:oversee}) — refused with
     * {@code CAL-DEADLINE-ACTOR} (403) before anything changes.
     */
    @Transactional
    public void act(Actor actor, long id, Action action, String reason) {
        if (!queries.visible(actor, id)) {
            throw BusinessException.notFound("期限");
        }
        Instant now = clock.instant();
        Consumer<Deadline> who = d -> d.requireActor(actor.userId(), actor.unitId(), actor.hasPermission(OVERSEE));
        DeadlineId d = new DeadlineId(id);
        switch (action) {
            case MET -> change(d, "calendar.deadline.met", who.andThen(x -> x.markMet(now)));
            case SUSPEND -> change(d, "calendar.deadline.suspended", who.andThen(x -> x.suspend(reason, now)));
            case RESUME -> change(d, "calendar.deadline.resumed", who.andThen(x -> x.resume(now, holidays.table())));
            case WAIVE -> change(d, "calendar.deadline.waived", who.andThen(x -> x.waive(reason, now)));
        }
    }

    /** Heads (unit heads, deputy directors, directors) act on any deadline they may read. */
    public static final String OVERSEE = "deadline:oversee";

    @Override
    @Transactional(readOnly = true)
    public List<DeadlineView> listFor(String subjectType, String subjectId) {
        return jdbc.sql("select " + DeadlineQueries.COLUMNS + " from cal_deadline where subject_type = :t and subject_id = :s order by id")
                .param("t", subjectType).param("s", subjectId).query((rs, n) -> DeadlineQueries.map(rs)).list();
    }

    /** Facts are recorded when they happen: a suspension, resumption or completion cannot be dated in the future. */
    private Instant notInFuture(Instant at) {
        if (at != null && at.isAfter(clock.instant())) {
            throw new BusinessException("CAL-DEADLINE-TIME", "时间不能晚于当前时间");
        }
        return at;
    }

    private void change(DeadlineId id, String action, Consumer<Deadline> transition) {
        Deadline d = id == null ? null : repository.findById(id.value()).orElse(null);
        if (d == null) {
            throw BusinessException.notFound("期限");
        }
        Map<String, Object> before = d.auditState();
        transition.accept(d);
        repository.save(d);
        events.publishEvent(AuditableEvent.change(action, "deadline", d.id(), before, d.auditState()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<DeadlineView> mine(cn.anjian.kernel.Actor actor, int limit) {
        return queries.mine(actor, limit);
    }

    @Override
    @Transactional(readOnly = true)
    public List<DeadlineView> overdue(Actor actor, int limit) {
        return queries.overdue(actor, limit);
    }

    @Override
    @Transactional(readOnly = true)
    public long overdueCount(Actor actor) {
        return queries.overdueCount(actor);
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Map<String, Long> overdueByRule(Actor actor) {
        return queries.overdueByRule(actor);
    }

    @Override
    @Transactional(readOnly = true)
    public long dueCount(Actor actor, java.time.LocalDate from, java.time.LocalDate to) {
        return queries.list(actor, new DeadlineQueries.Filter(List.of(DeadlineState.OPEN), null, null, null, from, to), 0, 1).total();
    }
}
