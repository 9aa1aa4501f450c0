package cn.anjian.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;

import cn.anjian.IntegrationTest;
import cn.anjian.workflow.internal.FlowOutcomes;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class FlowSubjectProviderTests {

    @Autowired
    FlowOutcomes outcomes;

    @Test
    @DisplayName("Issue 12 defect 3: every flow kind of the application has a subject provider (summary, attachments, who may read it)")
    void everyFlowKindIsDescribed() {
        Set<String> owned = outcomes.ownedCodes().stream().filter(c -> !c.startsWith("test-")).collect(Collectors.toSet());
        assertThat(owned).contains("case-transfer", "case-time-limit-extension", "legal-review", "ss-appointment",
                "ti-hiring-plan", "rec-av-exemption");
        assertThat(outcomes.describedCodes()).containsAll(owned);
    }
}
