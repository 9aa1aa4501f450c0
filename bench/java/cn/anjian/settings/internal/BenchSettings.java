package cn.anjian.settings.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.anjian.settings.Setting;
import cn.anjian.settings.Settings;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * For in-process benchmarks: the real {@link Settings} path ({@link SettingReader} over {@link SettingStore} and its
 * {@code RevisionedSnapshot}, TTL 30 s) with only the two SQL reads stubbed: the revision and the version rows given.
 * Nothing hits a database after the first load, exactly as in the application between two TTL checks.
 */
public final class BenchSettings {

    private BenchSettings() {
    }

    /** Settings whose stored versions are {@code versions}: key → (effective from → stored value). */
    @SuppressWarnings("unchecked")
    public static Settings of(Map<Setting<?>, Map<LocalDate, String>> versions) {
        List<SettingVersion> rows = new ArrayList<>();
        long id = 1;
        for (var e : versions.entrySet()) {
            for (var v : e.getValue().entrySet()) {
                rows.add(new SettingVersion(id++, e.getKey().key(), v.getKey(), v.getValue(), "bench", "bench", "压测",
                        Instant.parse("2024-01-01T00:00:00Z")));
            }
        }
        rows.sort((a, b) -> a.key().equals(b.key())
                ? (a.effectiveFrom().equals(b.effectiveFrom()) ? Long.compare(a.id(), b.id()) : a.effectiveFrom().compareTo(b.effectiveFrom()))
                : a.key().compareTo(b.key()));
        JdbcClient jdbc = mock(JdbcClient.class);
        JdbcClient.StatementSpec revision = mock(JdbcClient.StatementSpec.class);
        JdbcClient.MappedQuerySpec<Long> revisionValue = mock(JdbcClient.MappedQuerySpec.class);
        when(jdbc.sql(contains("stg_revision"))).thenReturn(revision);
        when(revision.query(Long.class)).thenReturn(revisionValue);
        when(revisionValue.single()).thenReturn(1L);
        JdbcClient.StatementSpec all = mock(JdbcClient.StatementSpec.class);
        JdbcClient.MappedQuerySpec<Object> allRows = mock(JdbcClient.MappedQuerySpec.class);
        when(jdbc.sql(contains("from stg_version"))).thenReturn(all);
        when(all.query(any(RowMapper.class))).thenReturn(allRows);
        when(allRows.list()).thenReturn((List<Object>) (List<?>) rows);
        return new SettingReader(new SettingStore(jdbc, Clock.systemUTC(), Duration.ofSeconds(30)));
    }
}
