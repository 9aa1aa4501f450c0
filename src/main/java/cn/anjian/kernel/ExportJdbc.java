package cn.anjian.kernel;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The JDBC client of Excel exports: fetches {@value #FETCH} rows at a time, so a {@code .stream()} inside a
 * (read-only) transaction holds one batch in memory, never the whole list (PgJDBC reads every row at once
 * without a fetch size). Not a {@code JdbcClient} bean itself, so the application's own client stays the one
 * injected everywhere else.
 * <pre>{@code
 * @Transactional(readOnly = true)
 * void each(Actor actor, Filter f, ListSort.Sort sort, Consumer<Row> sink) {
 *     try (Stream<Row> rows = export.sql(SELECT + where + sort.orderBy()).params(params).query(MAPPER).stream()) {
 *         rows.forEach(sink);
 *     }
 * }
 * }</pre>
 */
@Component
public class ExportJdbc {

    static final int FETCH = 1000;

    private final JdbcClient client;

    public ExportJdbc(DataSource dataSource) {
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(FETCH);
        this.client = JdbcClient.create(template);
    }

    public JdbcClient.StatementSpec sql(String sql) {
        return client.sql(sql);
    }
}
