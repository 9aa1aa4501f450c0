package cn.anjian.experts.applications;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** EXP-03: the eligibility criteria per level, with their boundaries (seed 002 art. 5). */
class EligibilityTests {

    static final LocalDate ON = LocalDate.of(2026, 6, 10);

    static Eligibility.Facts facts(ApplicationLevel level, LocalDate born, TitleGrade grade, Qualification q, int years,
                                   int keyYears, boolean legal) {
        return new Eligibility.Facts(level, born, grade, q, years, keyYears, legal, true, true);
    }

    static List<Boolean> passed(Eligibility.Facts f) {
        return Eligibility.check(f, ON).stream().map(Eligibility.Criterion::passed).toList();
    }

    @Test
    @DisplayName("EXP-03 a senior expert needs an associate-senior title and 10 years: 10 passes, 9 fails, a mid-level title fails")
    void senior() {
        LocalDate born = LocalDate.of(1975, 1, 1);
        assertThat(Eligibility.allPassed(Eligibility.check(facts(ApplicationLevel.SENIOR, born, TitleGrade.ASSOCIATE_SENIOR,
                Qualification.NONE, 10, 0, false), ON))).isTrue();
        assertThat(passed(facts(ApplicationLevel.SENIOR, born, TitleGrade.ASSOCIATE_SENIOR, Qualification.NONE, 9, 0, false)))
                .containsExactly(true, false, true, true, true);
        assertThat(passed(facts(ApplicationLevel.SENIOR, born, TitleGrade.INTERMEDIATE, Qualification.NONE, 20, 0, false)))
                .containsExactly(false, true, true, true, true);
    }

    @Test
    @DisplayName("EXP-03 an intermediate expert: mid title or registered engineer with 5 years, or 10 years of key-industry safety management")
    void intermediate() {
        LocalDate born = LocalDate.of(1980, 1, 1);
        assertThat(passed(facts(ApplicationLevel.INTERMEDIATE, born, TitleGrade.NONE, Qualification.SAFETY_ENGINEER, 5, 0, false)).get(0)).isTrue();
        assertThat(passed(facts(ApplicationLevel.INTERMEDIATE, born, TitleGrade.INTERMEDIATE, Qualification.NONE, 4, 0, false)).get(0)).isFalse();
        assertThat(passed(facts(ApplicationLevel.INTERMEDIATE, born, TitleGrade.NONE, Qualification.NONE, 0, 10, false)).get(0)).isTrue();
        assertThat(passed(facts(ApplicationLevel.INTERMEDIATE, born, TitleGrade.JUNIOR, Qualification.NONE, 9, 9, false)).get(0)).isFalse();
    }

    @Test
    @DisplayName("EXP-03 a legal expert needs a lawyer's qualification or a law professorship and practice in safety matters")
    void legal() {
        LocalDate born = LocalDate.of(1980, 1, 1);
        assertThat(passed(facts(ApplicationLevel.LEGAL, born, TitleGrade.NONE, Qualification.LAWYER, 0, 0, true)))
                .containsOnly(true);
        assertThat(passed(facts(ApplicationLevel.LEGAL, born, TitleGrade.SENIOR, Qualification.NONE, 30, 0, true)).get(0)).isFalse();
        assertThat(passed(facts(ApplicationLevel.LEGAL, born, TitleGrade.NONE, Qualification.LAW_PROFESSOR, 0, 0, false)).get(1)).isFalse();
    }

    @Test
    @DisplayName("EXP-03 age: 65 on the day of the application passes, 66 fails; an undeclared health or record fails")
    void age() {
        Eligibility.Facts at65 = facts(ApplicationLevel.SENIOR, ON.minusYears(66).plusDays(1), TitleGrade.SENIOR, Qualification.NONE, 30, 0, false);
        Eligibility.Facts at66 = facts(ApplicationLevel.SENIOR, ON.minusYears(66), TitleGrade.SENIOR, Qualification.NONE, 30, 0, false);
        assertThat(passed(at65).get(2)).isTrue();
        assertThat(passed(at66).get(2)).isFalse();
        Eligibility.Facts unwell = new Eligibility.Facts(ApplicationLevel.SENIOR, LocalDate.of(1980, 1, 1), TitleGrade.SENIOR,
                Qualification.NONE, 30, 0, false, false, false);
        assertThat(passed(unwell)).containsExactly(true, true, true, false, false);
    }
}
