package cn.anjian.reporting.briefings;

import lombok.RequiredArgsConstructor;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.anjian.calendar.DeadlineId;
import cn.anjian.calendar.DeadlineState;
import cn.anjian.calendar.Deadlines;
import cn.anjian.documents.IssuedDocument;
import cn.anjian.documents.IssuedDocuments;
import cn.anjian.kernel.ActingUsers;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.Fmt;
import cn.anjian.kernel.Zones;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * SS-06 on approval: the briefing generated as a numbered .docx ({@code documents}) and delivered to every serving
 * social supervisor the department appointed (personnel's published {@code per_supervisor_view}) — one delivery row
 * each, read later on the supervisor's own page — and the deadline met. Runs in the approving transaction.
 */
@Component
@RequiredArgsConstructor
class BriefingDelivery {

    private final JdbcClient jdbc;
    private final IssuedDocuments issued;
    private final ActingUsers users;
    private final Deadlines deadlines;

    record Recipient(long supervisorId, String name) {
    }

    void deliver(Briefing b, String approver, Instant at) {
        List<Recipient> to = jdbc.sql("SELECT id, name FROM per_supervisor_view WHERE agency_id = :a AND status = 'APPOINTED' ORDER BY id")
                .param("a", b.agencyId()).query((rs, n) -> new Recipient(rs.getLong(1), rs.getString(2))).list();
        Actor actor = users.actor(approver).or(() -> b.preparedBy() == null ? java.util.Optional.empty() : users.actor(b.preparedBy()))
                .orElseThrow(() -> new IllegalStateException("no enabled user to issue briefing " + b.id()));
        String names = to.isEmpty() ? "本部门在聘社会监督员（暂无）" : to.stream().map(Recipient::name).collect(Collectors.joining("、"));
        IssuedDocument doc = issued.issue("SUPERVISOR_BRIEFING", b.agencyId(), Briefing.SUBJECT, String.valueOf(b.id()),
                Map.of("period", b.period(), "recipients", names, "body", b.body(), "date", Fmt.chineseDate(at.atZone(Zones.SHANGHAI).toLocalDate())),
                b.scopePath(), actor);
        for (Recipient r : to) {
            jdbc.sql("""
                    INSERT INTO rep_briefing_delivery (briefing_id, supervisor_id, supervisor_name, delivered_at)
                    VALUES (:b, :s, :n, :at) ON CONFLICT (briefing_id, supervisor_id) DO NOTHING""")
                    .param("b", b.id()).param("s", r.supervisorId()).param("n", r.name()).param("at", Timestamp.from(at)).update();
        }
        b.delivered(doc.fileId(), to.size(), at, approver);
        if (b.deadlineId() != null) {
            DeadlineId d = new DeadlineId(b.deadlineId());
            deadlines.find(d).filter(v -> v.state() != DeadlineState.MET && v.state() != DeadlineState.WAIVED)
                    .ifPresent(v -> deadlines.markMet(d, at));
        }
    }
}
