package cn.anjian.personnel.inspectors;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A recruitment campaign (TI-03) with the results of each stage, recorded strictly in order. */
@Table("ti_campaign")
class Campaign {

    @Id
    Long id;
    @Version
    Integer version;
    long planId;
    long agencyId;
    String scopePath;
    String title;
    String positions;
    String requirements;
    HiringMethod hiringMethod;
    String schedule;
    BigDecimal writtenWeight;
    Stage lastStage;
    Instant createdAt;
    @MappedCollection(idColumn = "campaign_id")
    Set<CampaignStage> stages = new HashSet<>();

    Campaign() {
    }

    /** TI-03: the announcement's content, checked by the caller against the approved plan. */
    static Campaign open(PlanView plan, String title, String positions, String requirements, HiringMethod method,
                         String schedule, BigDecimal writtenWeight, Instant at) {
        Campaign c = new Campaign();
        c.planId = plan.id();
        c.agencyId = plan.agencyId();
        c.scopePath = plan.scopePath();
        c.title = title;
        c.positions = positions;
        c.requirements = requirements;
        c.hiringMethod = method;
        c.schedule = schedule;
        c.writtenWeight = writtenWeight;
        c.createdAt = at;
        return c;
    }

    /** TI-03: only the next stage in order, with its results. */
    void checkNext(Stage stage, String results) {
        InspectorRules.checkNextStage(lastStage, stage, results);
    }

    void record(Stage stage, String results, String by, Instant at) {
        checkNext(stage, results);
        stages.add(new CampaignStage(stage, results.strip(), by, at));
        this.lastStage = stage;
    }
}
