package cn.anjian.identity.internal;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * What a browser session costs per request (issue 20 item 7). Every request still reads the session's row and
 * attributes from PostgreSQL, so a logout, a forced sign-out or a role change on one node holds on every node at the
 * next request (nothing about a session is cached across requests but the decoding of bytes read just now). Two
 * costs go:
 * <ul>
 * <li>The last-access time is written only when it moved by at least {@link #ACCESS_WRITE_MILLIS} (at most a tenth of
 * the idle timeout): Spring Session updated the row — and, the expiry time being indexed, all four of its indexes — on
 * every request. An id, idle-timeout (IAM-04, {@link IdleTimeout}) or principal change is written at once. A session
 * therefore expires at most that long before its idle time has fully run (never later).</li>
 * <li>The security context is Java-deserialised once per distinct stored form on this node, not on every request:
 * the bytes just read are compared with those decoded before; a context changed in place since (a logout clears its
 * authentication) is decoded again. So is the CSRF token (immutable), read by every page with a form.</li>
 * </ul>
 */
@Component
class SessionStoreTuning implements SessionRepositoryCustomizer<JdbcIndexedSessionRepository> {

    /** The last-access time is written when it moved by this much (or a tenth of the idle timeout, if less). */
    static final long ACCESS_WRITE_MILLIS = 60_000;

    /**
     * Spring Session's update (the same six parameters in the same order), applied only when something other than the
     * last-access time changed or that moved far enough; otherwise it matches no row and writes nothing.
     */
    static final String UPDATE = """
            UPDATE %TABLE_NAME% S
            SET SESSION_ID = V.SESSION_ID, LAST_ACCESS_TIME = V.LAST_ACCESS_TIME,
                MAX_INACTIVE_INTERVAL = V.MAX_INACTIVE_INTERVAL, EXPIRY_TIME = V.EXPIRY_TIME, PRINCIPAL_NAME = V.PRINCIPAL_NAME
            FROM (SELECT CAST(? AS VARCHAR(36)) AS SESSION_ID, CAST(? AS BIGINT) AS LAST_ACCESS_TIME,
                         CAST(? AS INTEGER) AS MAX_INACTIVE_INTERVAL, CAST(? AS BIGINT) AS EXPIRY_TIME,
                         CAST(? AS VARCHAR(100)) AS PRINCIPAL_NAME, CAST(? AS CHAR(36)) AS PRIMARY_ID) V
            WHERE S.PRIMARY_ID = V.PRIMARY_ID
              AND (S.SESSION_ID <> V.SESSION_ID OR S.MAX_INACTIVE_INTERVAL <> V.MAX_INACTIVE_INTERVAL
                   OR S.PRINCIPAL_NAME IS DISTINCT FROM V.PRINCIPAL_NAME
                   OR V.LAST_ACCESS_TIME - S.LAST_ACCESS_TIME >= LEAST(%WRITE_MILLIS%, V.MAX_INACTIVE_INTERVAL * 100))
            """.replace("%WRITE_MILLIS%", Long.toString(ACCESS_WRITE_MILLIS));

    @Override
    public void customize(JdbcIndexedSessionRepository sessions) {
        sessions.setUpdateSessionQuery(UPDATE);
        GenericConversionService conversions = new GenericConversionService();
        conversions.addConverter(Object.class, byte[].class, new SerializingConverter());
        conversions.addConverter(byte[].class, Object.class,
                new DecodedContexts(new DeserializingConverter(SessionStoreTuning.class.getClassLoader())));
        sessions.setConversionService(conversions);
    }

    /**
     * Attribute bytes → object; a {@link SecurityContext} (and the session's CSRF token, immutable) is kept by its exact bytes (a few per signed-in session, at
     * most {@link #MAX} on the node, cleared when full) and handed out again while its authentication is the one it was
     * decoded with. Requests of one session share it, as they share an in-memory servlet session's attributes.
     */
    static final class DecodedContexts implements Converter<byte[], Object> {

        static final int MAX = 10_000;

        private record Bytes(byte[] value, int hash) {
            static Bytes of(byte[] value) {
                return new Bytes(value, Arrays.hashCode(value));
            }

            @Override
            public boolean equals(Object o) {
                return o instanceof Bytes b && b.hash == hash && Arrays.equals(b.value, value);
            }

            @Override
            public int hashCode() {
                return hash;
            }
        }

        private record Decoded(Object value, Authentication authentication) {
            boolean intact() {
                return !(value instanceof SecurityContext c) || c.getAuthentication() == authentication;
            }
        }

        private final Converter<byte[], Object> decoder;
        private final Map<Bytes, Decoded> decoded = new ConcurrentHashMap<>();

        DecodedContexts(Converter<byte[], Object> decoder) {
            this.decoder = decoder;
        }

        @Override
        public Object convert(byte[] source) {
            Bytes key = Bytes.of(source);
            Decoded held = decoded.get(key);
            if (held != null && held.intact()) {
                return held.value();
            }
            Object value = decoder.convert(source);
            if (value instanceof SecurityContext || value instanceof DefaultCsrfToken) {   // the token is immutable
                if (decoded.size() >= MAX) {
                    decoded.clear();
                }
                decoded.put(key, new Decoded(value, value instanceof SecurityContext c ? c.getAuthentication() : null));
            }
            return value;
        }

        int size() {
            return decoded.size();
        }
    }
}
