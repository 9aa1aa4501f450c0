package cn.anjian.mines.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import cn.anjian.kernel.Fmt;
import cn.anjian.mines.MineKind;
import cn.anjian.mines.assessment.WorkRecordFacts.CompletionRate;
import cn.anjian.mines.assessment.WorkRecordFacts.MajorFinding;

/**
 * MA-01..MA-03 (art. 21–22): the grade of a commissioner's year, computed from the facts, with one Chinese sentence
 * per criterion. Excellent needs every criterion; qualified needs those of art. 22 (二); failing one of those is
 * unqualified (art. 22 (三)). Pure: the same facts and thresholds give the same result (a re-run is identical).
 */
final class AssessmentRules {

    private AssessmentRules() {
    }

    /** An accident at a supervised mine in the year. */
    record AccidentFact(String mineName, MineKind mineKind, LocalDate occurredOn, AccidentLevel level, AccidentKind kind,
                        boolean liability, boolean dutiesFulfilled) {

        boolean systemic() {
            return AccidentKind.systemic(mineKind).contains(kind);
        }

        String text() {
            return mineName + Fmt.date(occurredOn) + kind.label() + level.label();
        }
    }

    /** Everything the grade is computed from. {@code tasksFailed}: tasks not obeyed or not completed. */
    record YearFacts(int year, CompletionRate completion, List<AccidentFact> accidents, int tasks, int tasksFailed,
                     int integrityViolations, List<MajorFinding> findings, Ladders.Ladder ladder) {
    }

    /** The completion thresholds in percent (settings): excellent 100, qualified 90 by default. */
    record Thresholds(BigDecimal excellent, BigDecimal qualified) {

        String stored() {
            return excellent.stripTrailingZeros().toPlainString() + "/" + qualified.stripTrailingZeros().toPlainString();
        }
    }

    /** One criterion: {@code excellenceOnly} ones decide excellent vs qualified, the others qualified vs unqualified. */
    record Criterion(boolean met, boolean excellenceOnly, String text) {

        String stored() {
            return (met ? "Y" : "N") + (excellenceOnly ? "E" : "Q") + "|" + text.replace('\n', ' ');
        }

        static Criterion parse(String line) {
            int bar = line.indexOf('|');
            return new Criterion(line.charAt(0) == 'Y', line.charAt(1) == 'E', line.substring(bar + 1));
        }
    }

    record Outcome(Grade grade, List<Criterion> criteria) {

        String stored() {
            return criteria.stream().map(Criterion::stored).collect(Collectors.joining("\n"));
        }

        /** "合格：必查任务完成率 93.5%（≥90%）；……" */
        String explanation() {
            return explain(grade, criteria);
        }
    }

    static String explain(Grade grade, List<Criterion> criteria) {
        List<Criterion> shown = grade == Grade.UNQUALIFIED ? criteria.stream().filter(c -> !c.met() && !c.excellenceOnly()).toList()
                : criteria;
        return grade.label() + "：" + shown.stream().map(Criterion::text).collect(Collectors.joining("；"));
    }

    static Outcome assess(YearFacts f, Thresholds t) {
        List<Criterion> c = new ArrayList<>();
        c.add(new Criterion(f.tasksFailed() == 0, false, f.tasksFailed() == 0
                ? "服从组织安排，完成规定的监管任务（交办任务 " + f.tasks() + " 项均已完成）"
                : "交办任务 " + f.tasks() + " 项中 " + f.tasksFailed() + " 项未服从安排或未完成"));
        accidents(f, c);
        completion(f.completion(), t, c);
        List<MajorFinding> handled = f.findings().stream().filter(MajorFinding::handled).toList();
        c.add(new Criterion(!handled.isEmpty(), true, handled.isEmpty()
                ? f.year() + " 年未发现并处置重大事故隐患、重大违法违规行为或涉险事故"
                : "发现并及时处置重大事故隐患、重大违法违规行为或涉险事故 " + handled.size() + " 起"));
        c.add(new Criterion(f.integrityViolations() == 0, false, f.integrityViolations() == 0 ? "未发现违反廉洁自律规定的行为"
                : "发现违反廉洁自律规定的行为 " + f.integrityViolations() + " 次"));
        boolean eligible = !f.ladder().losesExcellence();
        c.add(new Criterion(eligible, true, eligible ? "年内未因漏查检查工作表内容被取消评优资格"
                : "年内因漏查检查工作表内容被取消当年评优资格"));
        boolean qualified = c.stream().filter(x -> !x.excellenceOnly()).allMatch(Criterion::met);
        boolean excellent = qualified && c.stream().allMatch(Criterion::met);
        return new Outcome(excellent ? Grade.EXCELLENT : qualified ? Grade.QUALIFIED : Grade.UNQUALIFIED, List.copyOf(c));
    }

    /** MA-02: no liability accident at all; MA-03: none of 较大 or above, and no systemic-risk accident of the mine kind. */
    private static void accidents(YearFacts f, List<Criterion> c) {
        List<AccidentFact> liability = f.accidents().stream().filter(AccidentFact::liability).toList();
        c.add(new Criterion(liability.isEmpty(), true, liability.isEmpty()
                ? "所监管企业 " + f.year() + " 年未发生生产安全责任事故"
                : "所监管企业 " + f.year() + " 年发生生产安全责任事故：" + list(liability)));
        List<AccidentFact> larger = liability.stream().filter(a -> a.level().largerOrAbove()).toList();
        c.add(new Criterion(larger.isEmpty(), false, larger.isEmpty()
                ? "所驻矿山 " + f.year() + " 年无较大及以上责任事故"
                : "所驻矿山 " + f.year() + " 年发生较大及以上责任事故：" + list(larger)));
        List<AccidentFact> systemic = f.accidents().stream().filter(AccidentFact::systemic).toList();
        c.add(new Criterion(systemic.isEmpty(), false, systemic.isEmpty()
                ? "所驻矿山未发生系统性风险引发的生产安全事故"
                : "所驻矿山发生系统性风险引发的生产安全事故：" + list(systemic)));
    }

    private static String list(List<AccidentFact> accidents) {
        return accidents.stream().map(AccidentFact::text).collect(Collectors.joining("、"));
    }

    /** MA-02/MA-03: required checks done ÷ required, compared exactly (89.9 % is below 90 %); shown rounded down. */
    private static void completion(CompletionRate r, Thresholds t, List<Criterion> c) {
        String rate = percent(r);
        boolean excellent = reaches(r, t.excellent());
        boolean qualified = reaches(r, t.qualified());
        String detail = "（完成 " + r.done() + " 次，应完成 " + r.required() + " 次）";
        c.add(new Criterion(qualified, false, "必查任务完成率 " + rate + "%（" + (qualified ? "≥" : "<")
                + plain(t.qualified()) + "%）" + detail));
        c.add(new Criterion(excellent, true, "必查任务完成率 " + rate + "%（" + (excellent ? "达到" : "未达到") + "优秀所需 "
                + plain(t.excellent()) + "%）"));
    }

    static boolean reaches(CompletionRate r, BigDecimal thresholdPercent) {
        if (r.required() == 0) {
            return true;
        }
        return BigDecimal.valueOf(Math.min(r.done(), r.required())).multiply(BigDecimal.valueOf(100))
                .compareTo(thresholdPercent.multiply(BigDecimal.valueOf(r.required()))) >= 0;
    }

    static String percent(CompletionRate r) {
        if (r.required() == 0) {
            return "100.0";
        }
        return BigDecimal.valueOf(Math.min(r.done(), r.required())).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(r.required()), 1, RoundingMode.DOWN).toPlainString();
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }
}
