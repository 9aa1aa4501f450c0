package cn.anjian.experts.applications;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * EXP-03: the eligibility of an applicant for the level applied for, criterion by criterion (seed 002 art. 5(4) and
 * (6)), so a page can show which one fails and an exception (破格, reason + approver) can be recorded for it.
 */
public final class Eligibility {

    static final String BASIS = "《泽州县安全生产和应急管理专家使用管理办法》";
    /** Seed 002 art. 5(6): "年龄一般不超过65周岁" — a fixed value of the text, not a setting. */
    static final int MAX_AGE = 65;
    static final int SENIOR_YEARS = 10;
    static final int INTERMEDIATE_YEARS = 5;
    static final int KEY_INDUSTRY_YEARS = 10;

    private Eligibility() {
    }

    /** The facts of an application the rules read. */
    public record Facts(ApplicationLevel level, LocalDate birthDate, TitleGrade titleGrade, Qualification qualification,
                        int yearsExperience, int keyIndustryYears, boolean legalPractice, boolean healthy,
                        boolean cleanRecord) {
    }

    /** One criterion: what it asks, where it is written, whether the applicant meets it and why. */
    public record Criterion(String label, String basis, boolean passed, String detail) {
    }

    /** Every criterion of the level, on the day of the application (age counts on that day). */
    public static List<Criterion> check(Facts f, LocalDate on) {
        List<Criterion> c = new ArrayList<>();
        switch (f.level()) {
            case SENIOR -> {
                boolean title = f.titleGrade() == TitleGrade.SENIOR || f.titleGrade() == TitleGrade.ASSOCIATE_SENIOR;
                c.add(new Criterion("副高级以上专业技术职称", BASIS + "第五条第（四）项", title, "职称等级：" + f.titleGrade().label()));
                c.add(new Criterion("从事本专业工作 " + SENIOR_YEARS + " 年以上", BASIS + "第五条第（四）项",
                        f.yearsExperience() >= SENIOR_YEARS, "工作年限：" + f.yearsExperience() + " 年"));
            }
            case INTERMEDIATE -> {
                boolean titleOrCert = f.titleGrade() != TitleGrade.JUNIOR && f.titleGrade() != TitleGrade.NONE
                        || f.qualification() == Qualification.SAFETY_ENGINEER || f.qualification() == Qualification.SAFETY_ASSESSOR;
                boolean route1 = titleOrCert && f.yearsExperience() >= INTERMEDIATE_YEARS;
                boolean route2 = f.keyIndustryYears() >= KEY_INDUSTRY_YEARS;
                c.add(new Criterion("中级职称或注册安全工程师、注册安全评价师且从事本专业 " + INTERMEDIATE_YEARS + " 年以上，或在重点行业领域从事安全管理满 "
                        + KEY_INDUSTRY_YEARS + " 年", BASIS + "第五条第（四）项", route1 || route2,
                        "职称等级：" + f.titleGrade().label() + "；职业资格：" + f.qualification().label() + "；本专业工作 "
                                + f.yearsExperience() + " 年；重点行业安全管理 " + f.keyIndustryYears() + " 年"));
            }
            case LEGAL -> {
                boolean qual = f.qualification() == Qualification.LAWYER || f.qualification() == Qualification.LAW_PROFESSOR;
                c.add(new Criterion("具备律师资格或为法律专业教授", BASIS + "第五条第（四）项", qual, "职业资格：" + f.qualification().label()));
                c.add(new Criterion("处理过安全生产和应急管理案件或为负有安全监管职责的部门提供过法律咨询", BASIS + "第五条第（四）项",
                        f.legalPractice(), f.legalPractice() ? "有" : "无"));
            }
        }
        int age = Period.between(f.birthDate(), on).getYears();
        c.add(new Criterion("年龄一般不超过 " + MAX_AGE + " 周岁", BASIS + "第五条第（六）项", age <= MAX_AGE, "申报时 " + age + " 周岁"));
        c.add(new Criterion("身体健康，精力充沛", BASIS + "第五条第（六）项", f.healthy(), f.healthy() ? "本人声明身体健康" : "未声明身体健康"));
        c.add(new Criterion("遵守法律法规和廉政规定，具有良好的职业道德（无违法违纪记录）", BASIS + "第五条第（二）项", f.cleanRecord(),
                f.cleanRecord() ? "本人声明无违法违纪记录" : "未声明无违法违纪记录"));
        return List.copyOf(c);
    }

    public static boolean allPassed(List<Criterion> criteria) {
        return criteria.stream().allMatch(Criterion::passed);
    }
}
