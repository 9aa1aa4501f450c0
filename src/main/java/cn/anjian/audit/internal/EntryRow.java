package cn.anjian.audit.internal;

import java.time.OffsetDateTime;

/** An audit entry exactly as stored (jsonb as PostgreSQL prints it), the input of the chain hash. */
record EntryRow(long id, OffsetDateTime occurredAt, String actor, String sourceAddress, String action,
                String subjectType, String subjectId, String before, String after, String scopePath) {

    static final String COLUMNS = "e.id, e.occurred_at, e.actor, e.source_address, e.action, e.subject_type, "
            + "e.subject_id, e.before::text as before_json, e.after::text as after_json, e.scope_path";

    static EntryRow from(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new EntryRow(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class),
                rs.getString("actor"), rs.getString("source_address"), rs.getString("action"),
                rs.getString("subject_type"), rs.getString("subject_id"), rs.getString("before_json"),
                rs.getString("after_json"), rs.getString("scope_path"));
    }
}
