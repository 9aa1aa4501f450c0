package cn.anjian.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import cn.anjian.audit.VerificationResult;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recomputes the whole chain in position order (AUD-02). The rows are streamed: inside a read-only
 * transaction with a fetch size, PostgreSQL's driver reads through a cursor, so memory stays bounded
 * whatever the length of the trail. Detects a modified entry or chain row (hash mismatch), a removed
 * chain row or entry (gap in positions, missing entry, prev-hash mismatch) and a forged or inserted
 * row (its hash or the next row's prev-hash does not match).
 */
@Component
class AuditVerifier {

    private static final int FETCH_SIZE = 2000;

    private final JdbcTemplate streaming;
    private final TransactionTemplate readOnly;

    AuditVerifier(DataSource dataSource, PlatformTransactionManager txManager) {
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(FETCH_SIZE);
        this.readOnly = new TransactionTemplate(txManager);
        this.readOnly.setReadOnly(true);
    }

    VerificationResult verify() {
        return readOnly.execute(s -> {
            Check check = new Check();
            streaming.query("""
                    select c.position, c.entry_id, c.prev_hash, c.hash, c.algorithm, e.id is not null as present,
                    """ + EntryRow.COLUMNS + """
                     from audit_chain c left join audit_entry e on e.id = c.entry_id
                    order by c.position""", check);
            long pending = streaming.queryForObject("""
                    select count(*) from audit_entry e
                     where not exists (select 1 from audit_chain c where c.entry_id = e.id)""", Long.class);
            return check.brokenPosition == null
                    ? VerificationResult.valid(check.rows, pending)
                    : VerificationResult.broken(check.rows, check.brokenId, check.brokenPosition, check.reason, pending);
        });
    }

    /** Walks the chain; after the first break it only counts. */
    private static final class Check implements RowCallbackHandler {
        long rows;
        long expected = 1;
        String prevHash = ChainHash.GENESIS;
        Long brokenPosition;
        Long brokenId;
        String reason;

        @Override
        public void processRow(ResultSet rs) throws SQLException {
            rows++;
            if (brokenPosition != null) {
                return;
            }
            long position = rs.getLong("position");
            long entryId = rs.getLong("entry_id");
            String storedPrev = rs.getString("prev_hash");
            String storedHash = rs.getString("hash");
            String algorithm = rs.getString("algorithm");
            if (position != expected) {
                broken(expected, entryId, "链位置 " + expected + " 缺失（第 " + expected + "–" + (position - 1)
                        + " 位的链记录被删除）");
            } else if (!rs.getBoolean("present")) {
                broken(position, entryId, "审计条目 " + entryId + " 已被删除");
            } else if (!prevHash.equals(storedPrev)) {
                broken(position, entryId, "前序哈希与上一位置不符（链记录被改写、插入或删除）");
            } else if (!ChainHash.supports(algorithm)) {
                broken(position, entryId, "未知的哈希算法：" + algorithm);
            } else if (!ChainHash.hash(algorithm, position, storedPrev, EntryRow.from(rs)).equals(storedHash)) {
                broken(position, entryId, "审计条目 " + entryId + " 的内容与链哈希不符（记录被篡改）");
            }
            prevHash = storedHash;
            expected = position + 1;
        }

        private void broken(long position, long entryId, String why) {
            brokenPosition = position;
            brokenId = entryId;
            reason = why;
        }
    }
}
