package cn.anjian.personnel.inspectors;

import java.time.Instant;

import org.springframework.data.relational.core.mapping.Table;

/** One recorded stage of a {@link Campaign}: part of the campaign aggregate. */
@Table("ti_campaign_stage")
record CampaignStage(Stage stage, String results, String recordedBy, Instant recordedAt) {
}
