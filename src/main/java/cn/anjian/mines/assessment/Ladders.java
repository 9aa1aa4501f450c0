package cn.anjian.mines.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import cn.anjian.mines.assessment.WorkRecordFacts.MissedItemsInCheck;

/**
 * MA-06..MA-08 (art. 38): the consequence ladders of missed checklist items, counted per calendar year, one occurrence
 * per check. Mandatory (必查) items: 1st → notice of criticism and loss of the year's excellence, again → admonishment
 * or removal. Spot (抽查) items, at most 3 in one check: reminder talk / criticism and self-examination / notice of
 * criticism; more than 3 in one check: criticism and self-examination / notice of criticism and loss of excellence /
 * admonishment or removal. An exempted occurrence (art. 39, MA-09) is listed but not counted.
 */
final class Ladders {

    static final int SPOT_LIMIT = 3;   // art. 38 (二)/(三): "三项（含）以下" vs "三项以上"

    private Ladders() {
    }

    enum Track {
        MANDATORY("MA-06", "漏查必查内容"), SPOT_FEW("MA-07", "漏查抽查内容 3 项（含）以下"), SPOT_MANY("MA-08", "漏查抽查内容 3 项以上");

        final String rule;
        final String label;

        Track(String rule, String label) {
            this.rule = rule;
            this.label = label;
        }
    }

    /** One occurrence on a ladder; {@code occurrence} is 0 for an exempted one. */
    record Rung(Track track, int occurrence, String checkRef, LocalDate checkedOn, String mineName, int items, String measure,
                boolean losesExcellence, boolean exempted) {

        public String trackLabel() {
            return track.label;
        }

        public String occurrenceLabel() {
            return exempted ? "已免责" : "第 " + occurrence + " 次";
        }
    }

    record Ladder(List<Rung> rungs, int mandatory, int spotFew, int spotMany) {

        boolean losesExcellence() {
            return rungs.stream().anyMatch(Rung::losesExcellence);
        }

        /** What the next occurrence on each ladder would bring (the commissioner's "at risk" list). */
        List<String> risks() {
            List<String> r = new ArrayList<>();
            r.add(mandatory == 0 ? "再漏查 1 项必查内容将丧失评优资格（通报批评）" : "再漏查必查内容将被" + measure(Track.MANDATORY, mandatory + 1));
            r.add("再有 1 次漏查抽查内容 3 项（含）以下将被" + measure(Track.SPOT_FEW, spotFew + 1));
            r.add("再有 1 次漏查抽查内容 3 项以上将被" + measure(Track.SPOT_MANY, spotMany + 1)
                    + (!losesExcellence() && loses(Track.SPOT_MANY, spotMany + 1) ? "并丧失评优资格" : ""));
            return r;
        }
    }

    static Ladder of(List<MissedItemsInCheck> checks, Set<String> exempted) {
        List<Rung> rungs = new ArrayList<>();
        int[] counts = new int[Track.values().length];
        List<MissedItemsInCheck> ordered = checks.stream()
                .sorted(Comparator.comparing(MissedItemsInCheck::checkedOn).thenComparing(MissedItemsInCheck::checkRef)).toList();
        for (MissedItemsInCheck c : ordered) {
            boolean free = exempted.contains(c.checkRef());
            if (c.missedMandatory() > 0) {
                rungs.add(rung(Track.MANDATORY, c, c.missedMandatory(), counts, free));
            }
            if (c.missedSpot() > 0) {
                rungs.add(rung(c.missedSpot() > SPOT_LIMIT ? Track.SPOT_MANY : Track.SPOT_FEW, c, c.missedSpot(), counts, free));
            }
        }
        return new Ladder(List.copyOf(rungs), counts[0], counts[1], counts[2]);
    }

    private static Rung rung(Track t, MissedItemsInCheck c, int items, int[] counts, boolean exempted) {
        if (exempted) {
            return new Rung(t, 0, c.checkRef(), c.checkedOn(), c.mineName(), items, "依第三十九条免予追究", false, true);
        }
        int n = ++counts[t.ordinal()];
        return new Rung(t, n, c.checkRef(), c.checkedOn(), c.mineName(), items, measure(t, n), loses(t, n), false);
    }

    static String measure(Track t, int n) {
        return switch (t) {
            case MANDATORY -> n == 1 ? "通报批评、取消当年评优资格" : "诫勉或调离工作岗位";
            case SPOT_FEW -> n == 1 ? "谈话提醒" : n == 2 ? "批评教育、责令检查" : "通报批评";
            case SPOT_MANY -> n == 1 ? "批评教育、责令检查" : n == 2 ? "通报批评、取消当年评优资格" : "诫勉或调离工作岗位";
        };
    }

    static boolean loses(Track t, int n) {
        return t == Track.MANDATORY || (t == Track.SPOT_MANY && n >= 2);
    }
}
