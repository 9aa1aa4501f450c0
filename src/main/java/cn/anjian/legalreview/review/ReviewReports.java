package cn.anjian.legalreview.review;

import lombok.RequiredArgsConstructor;

import java.util.List;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reviews per month (Beijing time, by submission) in the actor's scope: how many were submitted, major, returned
 * for supplement, decided by outcome (LR-08), re-reviewed or escalated (LR-12), and discussed (LR-13).
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class ReviewReports {

    public record Month(String month, long submitted, long major, long supplement, long approve, long correct, long revoke,
                        long transfer, long reReviewed, long escalated, long discussed) {
    }

    private final JdbcClient jdbc;

    public List<Month> byMonth(Actor actor, int year) {
        if (year < 2000 || year > 2100) {
            throw BusinessException.badInput("LR-REPORT", "年份须在 2000 到 2100 之间");
        }
        return jdbc.sql("""
                        SELECT to_char(submitted_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') AS month,
                               count(*) AS submitted,
                               count(*) FILTER (WHERE major) AS major,
                               count(*) FILTER (WHERE status = 'SUPPLEMENT_REQUESTED') AS supplement,
                               count(*) FILTER (WHERE outcome = 'APPROVE' AND status IN ('DECIDED', 'FINAL')) AS approve,
                               count(*) FILTER (WHERE outcome = 'CORRECT' AND status IN ('DECIDED', 'FINAL')) AS correct,
                               count(*) FILTER (WHERE outcome = 'REVOKE' AND status IN ('DECIDED', 'FINAL')) AS revoke,
                               count(*) FILTER (WHERE outcome = 'TRANSFER' AND status IN ('DECIDED', 'FINAL')) AS transfer,
                               count(*) FILTER (WHERE objections >= 1) AS re_reviewed,
                               count(*) FILTER (WHERE objections >= 2) AS escalated,
                               count(*) FILTER (WHERE discussion_agreed IS NOT NULL) AS discussed
                        FROM lr_review
                        WHERE scope_path LIKE :scope
                          AND extract(year FROM submitted_at AT TIME ZONE 'Asia/Shanghai') = :year
                        GROUP BY 1 ORDER BY 1""")
                .param("scope", actor.scope().pattern()).param("year", year)
                .query((rs, i) -> new Month(rs.getString("month"), rs.getLong("submitted"), rs.getLong("major"),
                        rs.getLong("supplement"), rs.getLong("approve"), rs.getLong("correct"), rs.getLong("revoke"),
                        rs.getLong("transfer"), rs.getLong("re_reviewed"), rs.getLong("escalated"), rs.getLong("discussed")))
                .list();
    }
}
