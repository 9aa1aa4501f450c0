package cn.anjian.enforcement.cases;

import cn.anjian.IntegrationTest;
import cn.anjian.kernel.ActingUsers;
import cn.anjian.kernel.Actor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The CASE-14 / CASE-15 demo cases went through the same gates, flows and deadlines as the pages. */
@IntegrationTest
class CoercionDemoDataTests {

    @Autowired ActingUsers users;
    @Autowired CaseService cases;
    @Autowired Executions executions;
    @Autowired Seizures seizures;

    @Test
    @DisplayName("CASE-15 demo: a penalty case with instalments approved (unit head, director) and the first payment recorded")
    void instalments() {
        Actor officer = users.actor("zz_officer").orElseThrow();
        long id = cases.findByTitle(CoercionDemoScripts.INSTALMENTS).orElseThrow().id();
        CoercionViews.ExecutionView e = executions.find(officer, id).orElseThrow();
        assertThat(e.planStatus()).isEqualTo("APPROVED");
        assertThat(e.planNumber()).isNotBlank();
        assertThat(e.instalments()).hasSize(2).first().satisfies(i -> assertThat(i.paidOff()).isTrue());
        assertThat(e.payments()).hasSize(1);
        assertThat(e.fineOutstanding()).isEqualByComparingTo("4000");
    }

    @Test
    @DisplayName("CASE-14 demo: a sealing extended once (approved) and released with its record")
    void sealing() {
        Actor officer = users.actor("zz_officer").orElseThrow();
        long id = cases.findByTitle(CoercionDemoScripts.SEALING).orElseThrow().id();
        assertThat(seizures.list(officer, id)).singleElement().satisfies(s -> {
            assertThat(s.extensionStatus()).isEqualTo("APPROVED");
            assertThat(s.released()).isTrue();
            assertThat(s.items()).hasSize(2);
            assertThat(s.extensionNumber()).isNotBlank();
            assertThat(s.releaseNumber()).isNotBlank();
            // 60 days from the start: shown once the calendar knows the end's year (December starts end next year)
            if (s.endsOn() != null) {
                assertThat(s.endsOn()).isAfter(s.startedOn().plusDays(59));
            }
        });
    }
}
