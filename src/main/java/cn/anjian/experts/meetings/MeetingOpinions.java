package cn.anjian.experts.meetings;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.anjian.documents.IssuedDocument;
import cn.anjian.documents.IssuedDocuments;
import cn.anjian.files.Files;
import cn.anjian.files.StoredFile;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Fmt;
import cn.anjian.kernel.Params;
import cn.anjian.kernel.Zones;
import cn.anjian.org.ScopeSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * EXP-17 (seed 002 art. 14: 会商研判工作会议、全体会议): the joint opinion of a held meeting (会商意见 / 会议纪要) — its
 * subject, day, who was present and absent (by name), the experts' opinions and the conclusion — issued once as a numbered
 * .docx through {@code documents} (numbers gapless per agency and year), kept on the meeting and audited.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class MeetingOpinions {

    static final String DOC = "EXPERT_MEETING_OPINION";

    private final MeetingRepository meetings;
    private final IssuedDocuments documents;
    private final Files files;
    private final JdbcClient jdbc;
    private final Clock clock;

    /** An issued opinion as the meeting page shows it. */
    public record View(String number, String opinions, String conclusion) {
    }

    /** Issues the joint opinion of a held meeting; returns its number. */
    public String issue(Actor actor, long id, String opinions, String conclusion) {
        Meetings.requireManage(actor);
        Meeting m = ScopeSql.requireInScope(actor, meetings.findById(id), Meeting::scopePath, Meetings.WHAT);
        m.requireOpinionOpen();
        String o = Params.text("EXP-17-OPINIONS", "专家意见", opinions, 4000, true);
        String c = Params.text("EXP-17-CONCLUSION", "会商结论", conclusion, 2000, true);
        record Attendee(String name, boolean present) {
        }
        List<Attendee> all = jdbc.sql("""
                SELECT e.name, t.present FROM exp_meeting_attendance t JOIN exp_expert e ON e.id = t.expert_id
                WHERE t.meeting_id = :m ORDER BY e.id""").param("m", id)
                .query((rs, n) -> new Attendee(rs.getString(1), rs.getBoolean(2))).list();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("subject", m.title());
        data.put("kind", m.kind().label() + (m.fieldCode() == null ? "" : "（" + fieldName(m.fieldCode()) + "专家组）"));
        data.put("heldOn", Fmt.chineseDate(m.heldOn()));
        data.put("agenda", m.agenda());
        data.put("present", names(all.stream().filter(Attendee::present).map(Attendee::name).toList()));
        data.put("absent", names(all.stream().filter(a -> !a.present()).map(Attendee::name).toList()));
        data.put("opinions", o);
        data.put("conclusion", c);
        data.put("date", Fmt.chineseDate(LocalDate.ofInstant(clock.instant(), Zones.SHANGHAI)));
        IssuedDocument d = documents.issue(DOC, m.agencyId(), "expert-meeting", String.valueOf(id), data, m.scopePath(), actor);
        m.opinionIssued(o, c, d.number().text(), d.fileId(), actor.username());
        meetings.save(m);
        return d.number().text();
    }

    private static String names(List<String> names) {
        return names.isEmpty() ? "无" : String.join("、", names) + "（共 " + names.size() + " 人）";
    }

    private String fieldName(String code) {
        return jdbc.sql("SELECT name FROM exp_field WHERE code = :c").param("c", code).query(String.class).optional().orElse(code);
    }

    /** The issued opinion of a meeting in the actor's scope (404 outside it); empty before it is issued. */
    @Transactional(readOnly = true)
    public Optional<View> view(Actor actor, long id) {
        return jdbc.sql("SELECT opinion_number, opinions, conclusion FROM exp_meeting WHERE id = :id AND opinion_number IS NOT NULL AND"
                        + ScopeSql.condition("scope_path")).param("id", id).param(ScopeSql.PARAM, actor.scope().pattern())
                .query((rs, n) -> new View(rs.getString(1), rs.getString(2), rs.getString(3))).optional();
    }

    /** The opinion's .docx of a meeting in the actor's scope (404 otherwise, or before it is issued). */
    @Transactional(readOnly = true)
    public StoredFile file(Actor actor, long id) {
        Long file = jdbc.sql("SELECT opinion_file_id FROM exp_meeting WHERE id = :id AND" + ScopeSql.condition("scope_path"))
                .param("id", id).param(ScopeSql.PARAM, actor.scope().pattern()).query(Long.class).optional()
                .orElseThrow(() -> BusinessException.notFound(Meetings.WHAT));
        if (file == null) {
            throw BusinessException.notFound("会商意见");
        }
        return files.find(file, actor);
    }
}
