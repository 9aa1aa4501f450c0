package cn.anjian.enforcement.cases;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.anjian.enforcement.CaseOrigin;
import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.CaseSource;
import cn.anjian.enforcement.NewCase;
import cn.anjian.enforcement.SubmissionOrigins;
import cn.anjian.enforcement.SubmissionOrigins.SubmissionOrigin;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.Like;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Zones;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CASE-04: the record a case was started by, picked on the new-case form instead of typing its basis document — a
 * published plan's item (年度监督检查计划), a random draw (双随机抽查) or a complaint / a supervisor's clue (投诉举报). The case
 * stores the reference ({@code origin_type}, {@code origin_id}) and takes its basis document (title, number, date) from
 * the record; sources without a record in the system (专项行动通知, 上级交办) keep the typed basis. A record out of the
 * actor's scope is not found (404, ORG-03); a record of another kind than the source's is refused ({@code CASE-04-ORIGIN}).
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class CaseOrigins {

    /** The kind of record each source may rest on (a source not listed has none: its basis is typed). */
    @Getter
    @RequiredArgsConstructor
    public enum Kind {
        PLAN_ITEM(CaseSource.ANNUAL_PLAN, "年度检查计划事项"),
        DRAW_RESULT(CaseSource.RANDOM_DRAW, "双随机抽查结果"),
        SUBMISSION(CaseSource.COMPLAINT, "投诉举报或监督员线索");

        private final CaseSource source;
        private final String label;

        /** The sources that rest on a record (the form shows the basis picker for these only). */
        public static String sourceNames() {
            return String.join(" ", java.util.Arrays.stream(values()).map(k -> k.source.name()).toList());
        }

        public static Optional<Kind> of(CaseSource source) {
            for (Kind k : values()) {
                if (k.source == source) {
                    return Optional.of(k);
                }
            }
            return Optional.empty();
        }
    }

    /** One record to pick: its label on the form, the basis document it gives the case, and where it is shown. */
    public record Choice(Kind kind, long id, String label, String basisTitle, String basisNumber, LocalDate basisDate, String url) {

        public CaseSource source() {
            return kind.source();
        }
    }

    private final JdbcClient jdbc;
    private final SubmissionOrigins submissions;
    private final CaseService cases;

    /** The records the new-case form offers, of every kind, newest first, in the actor's scope. */
    public List<Choice> candidates(Actor actor) {
        List<Choice> all = new java.util.ArrayList<>(planItems(actor, null));
        all.addAll(draws(actor, null));
        if (actor.hasPermission("submission:handle") || actor.hasPermission("case:manage")) {
            submissions.open(actor).forEach(s -> all.add(submission(s)));
        }
        return all;
    }

    /** How many records one typeahead answer offers at most. */
    public static final int SUGGESTIONS = 20;

    /**
     * Issue 12: the records of the kind {@code source} rests on whose number or title contains {@code q} (blank: the
     * newest), in the actor's scope, at most {@link #SUGGESTIONS} — what the new-case form's basis typeahead offers.
     * A source without records offers none.
     */
    public List<Choice> suggest(Actor actor, CaseSource source, String q) {
        Kind kind = Kind.of(source).orElse(null);
        if (kind == null) {
            return List.of();
        }
        String text = q == null ? "" : q.strip();
        List<Choice> all = switch (kind) {
            case PLAN_ITEM -> planItems(actor, null, text);
            case DRAW_RESULT -> draws(actor, null, text);
            case SUBMISSION -> actor.hasPermission("submission:handle") || actor.hasPermission("case:manage")
                    ? submissions.open(actor).stream().map(CaseOrigins::submission)
                        .filter(c -> text.isEmpty() || c.label().contains(text) || c.basisNumber().contains(text)
                                || String.valueOf(c.id()).equals(text)).toList()
                    : List.of();
        };
        return all.size() > SUGGESTIONS ? all.subList(0, SUGGESTIONS) : all;
    }

    /**
     * Opens a case on the record {@code origin} (or, without one, on its typed basis): the record must be of the kind
     * of the case's source and in the actor's scope; its basis document replaces what was typed. Needs {@code case:manage}.
     */
    @Transactional
    public CaseRef open(Actor actor, NewCase c, CaseOrigin origin) {
        Guards.require(actor, "case:manage");
        if (origin == null) {
            return cases.open(actor, c);
        }
        Choice r = resolve(actor, c == null ? null : c.source(), origin);
        NewCase based = new NewCase(c.kind(), c.source(), r.basisTitle(), r.basisNumber(), r.basisDate(), c.enterpriseId(),
                c.citizenName(), c.title(), c.place(), c.unitId(), c.violation());
        return cases.openFrom(actor, based, origin);
    }

    /** The record of {@code origin} for a case of {@code source}: refused when of another kind, 404 when not in scope. */
    public Choice resolve(Actor actor, CaseSource source, CaseOrigin origin) {
        Kind kind = Kind.of(source).orElse(null);
        if (kind == null || !kind.name().equals(origin.type())) {
            throw new BusinessException("CASE-04-ORIGIN", source == null ? "请先选择案件来源"
                    : "案件来源为“" + source.label() + "”，" + (kind == null ? "无须选择系统中的记录，请填写依据文件"
                    : "所选依据须是" + kind.label()));
        }
        return find(actor, kind, origin.id()).orElseThrow(() -> BusinessException.notFound("立案依据记录"));
    }

    /** The record a case was opened from, for its page (label and link); empty when none, or not readable by the actor. */
    public Optional<Choice> describe(Actor actor, String type, Long id) {
        if (type == null || id == null) {
            return Optional.empty();
        }
        for (Kind k : Kind.values()) {
            if (k.name().equals(type)) {
                return find(actor, k, id);
            }
        }
        return Optional.empty();
    }

    private Optional<Choice> find(Actor actor, Kind kind, long id) {
        return switch (kind) {
            case PLAN_ITEM -> planItems(actor, id).stream().findFirst();
            case DRAW_RESULT -> draws(actor, id).stream().findFirst();
            case SUBMISSION -> submissions.find(actor, id).map(CaseOrigins::submission);
        };
    }

    private List<Choice> planItems(Actor actor, Long id) {
        return planItems(actor, id, "");
    }

    /** {@code text}: the item's number or words of the target's or the plan's name ("" = any). */
    private List<Choice> planItems(Actor actor, Long id, String text) {
        return jdbc.sql("""
                        SELECT i.id, i.target_name, p.id AS plan_id, p.title, p.agency_name, p.plan_year, p.revision, p.published_at
                        FROM enf_plan_item i JOIN enf_plan p ON p.id = i.plan_id
                        WHERE p.scope_path LIKE :scope AND p.published_at IS NOT NULL
                          AND (p.status = 'PUBLISHED' OR i.id = CAST(:id AS BIGINT))
                          AND (CAST(:id AS BIGINT) IS NULL OR i.id = CAST(:id AS BIGINT))
                          AND (:text = '' OR i.target_name LIKE :like ESCAPE '\\' OR p.title LIKE :like ESCAPE '\\'
                               OR CAST(i.id AS TEXT) = :text)
                        ORDER BY p.plan_year DESC, i.id LIMIT 200""")
                .param("scope", actor.scope().pattern()).param("id", id).param("text", text)
                .param("like", Like.contains(text))
                .query((rs, n) -> new Choice(Kind.PLAN_ITEM, rs.getLong("id"),
                        rs.getString("target_name") + "（" + rs.getString("title") + "）", rs.getString("title"),
                        rs.getString("agency_name") + rs.getInt("plan_year") + "年度监督检查计划（第 " + rs.getInt("revision") + " 版）",
                        rs.getTimestamp("published_at").toInstant().atZone(Zones.SHANGHAI).toLocalDate(),
                        "/plans/" + rs.getLong("plan_id")))
                .list();
    }

    private List<Choice> draws(Actor actor, Long id) {
        return draws(actor, id, "");
    }

    private List<Choice> draws(Actor actor, Long id, String text) {
        return jdbc.sql("""
                        SELECT id, title, draw_day FROM enf_draw
                        WHERE scope_path LIKE :scope AND (CAST(:id AS BIGINT) IS NULL OR id = CAST(:id AS BIGINT))
                          AND (:text = '' OR title LIKE :like ESCAPE '\\' OR CAST(id AS TEXT) = :text)
                        ORDER BY draw_day DESC, id DESC LIMIT 100""")
                .param("scope", actor.scope().pattern()).param("id", id).param("text", text)
                .param("like", Like.contains(text))
                .query((rs, n) -> {
                    LocalDate day = rs.getDate("draw_day").toLocalDate();
                    return new Choice(Kind.DRAW_RESULT, rs.getLong("id"), rs.getString("title") + "（" + day + "）",
                            "双随机抽查结果：" + rs.getString("title"), "双随机抽查记录第 " + rs.getLong("id") + " 号（" + day + "）",
                            day, "/plans/draws/" + rs.getLong("id"));
                })
                .list();
    }

    private static Choice submission(SubmissionOrigin s) {
        return new Choice(Kind.SUBMISSION, s.id(), s.sourceLabel() + "：" + s.title() + "（" + s.submittedOn() + "）",
                s.sourceLabel() + "：" + s.title(), s.trackingCode(), s.submittedOn(), "/complaints/submissions/" + s.id());
    }
}
