package cn.anjian.reporting.briefings;

import java.time.LocalDate;
import java.util.List;

import cn.anjian.kernel.Actor;

/**
 * SS-06: the figures a briefing is prefilled with — the region's enforcement in the half year, in the preparing
 * actor's scope (his department's jurisdiction). Today {@link RegisterBriefingFigures} (cases, fines, remedies,
 * publicity activities, normative documents); once the enforcement statistics (STAT-01..09) exist, an implementation on
 * their table replaces it.
 */
interface BriefingFigures {

    List<Figure> figures(Actor actor, LocalDate from, LocalDate to);

    /** One line of the briefing's table: what is counted and its value (with its unit). */
    record Figure(String label, String value) {
    }
}
