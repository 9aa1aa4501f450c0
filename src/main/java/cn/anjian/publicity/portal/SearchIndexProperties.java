package cn.anjian.publicity.portal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code anjian.portal.search-index.*} ({@link PortalSearchIndex}): whether the portal's search answers from this
 * node's index (default true; false: PostgreSQL answers), how many changed entries the overlay holds before a new base
 * is built (default 10,000), and how long the change log keeps its rows (default a day: a node whose mark is older
 * rebuilds). The catch-up tick ({@code tick}, default PT1M) and the prune's cron ({@code prune-cron}) are read by the
 * schedules.
 */
@ConfigurationProperties("anjian.portal.search-index")
record SearchIndexProperties(Boolean enabled, Integer overlayLimit, Duration logRetention) {

    SearchIndexProperties {
        enabled = enabled == null || enabled;
        overlayLimit = overlayLimit == null ? 10_000 : overlayLimit;
        logRetention = logRetention == null ? Duration.ofDays(1) : logRetention;
    }
}
