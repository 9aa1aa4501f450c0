package cn.anjian.complaints;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import cn.anjian.TestActors;
import cn.anjian.identity.UserAdministration;
import cn.anjian.kernel.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test data for supervisors and their submissions, written with SQL where the owning API is not
 * the subject of the test (people, an appointed supervisor). Uses the demo agencies (tests load the
 * demo data): 泽州县应急管理局, 神池县应急管理局, 晋城市应急管理局.
 */
public final class SupervisorFixture {

    private static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 100_000));

    public record Agency(long id, long jurisdictionId, String scopePath, String name) {
    }

    public record Appointed(long supervisorId, long personId, long userId, TestActors.TestActor actor, String name,
                            String idCard, String phone) {
    }

    private final JdbcClient jdbc;
    private final UserAdministration users;

    public SupervisorFixture(JdbcClient jdbc, UserAdministration users) {
        this.jdbc = jdbc;
        this.users = users;
    }

    public Agency agency(String name) {
        return jdbc.sql("SELECT id, jurisdiction_id, scope_path, name FROM org_agency WHERE name = :n")
                .param("n", name).query((rs, n) -> new Agency(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)))
                .single();
    }

    public static int next() {
        return SEQ.incrementAndGet();
    }

    /** A person recorded by the agency (ID card unique per call; no checksum needed by the table). */
    public long person(Agency a, String name, String idCard, String phone) {
        return jdbc.sql("""
                        INSERT INTO per_person (name, gender, id_card, birth_date, phone, employer, agency_id, jurisdiction_id,
                            scope_path, created_at, updated_at)
                        VALUES (:name, 'MALE', :card, DATE '1980-01-01', :phone, '晋城市某煤业公司', :a, :j, :path, now(), now())
                        RETURNING id""")
                .param("name", name).param("card", idCard).param("phone", phone).param("a", a.id())
                .param("j", a.jurisdictionId()).param("path", a.scopePath()).query(Long.class).single();
    }

    public static String idCard() {
        return "140525" + "1980" + String.format("%08d", next());
    }

    /** An appointed supervisor with a login (SOCIAL_SUPERVISOR in the agency), serving from {@code start}. */
    public Appointed appointed(Agency a, String name, LocalDate start) {
        String card = idCard();
        String phone = "139" + String.format("%08d", next());
        long person = person(a, name, card, phone);
        String username = "ss_t" + next();
        long user = users.createUser(username, name, a.id(), null, Set.of("SOCIAL_SUPERVISOR"), "Anjian@2026", false);
        long id = jdbc.sql("""
                        INSERT INTO per_supervisor (person_id, agency_id, jurisdiction_id, scope_path, route, source_kind,
                            source_name, person_consent_on, employer_name, employer_consent_on, status, certificate_no, term_no,
                            term_start, term_end, user_id, created_at, updated_at)
                        VALUES (:p, :a, :j, :path, 'RECOMMENDATION', 'ENTERPRISE', '某煤业公司', :start, '某煤业公司', :start,
                            'APPOINTED', :cert, 1, :start, :end, :u, :now, :now) RETURNING id""")
                .param("p", person).param("a", a.id()).param("j", a.jurisdictionId()).param("path", a.scopePath())
                .param("start", java.sql.Date.valueOf(start)).param("end", java.sql.Date.valueOf(start.plusYears(3).minusDays(1)))
                .param("cert", "测试证" + next()).param("u", user).param("now", Timestamp.from(Instant.now()))
                .query(Long.class).single();
        TestActors.TestActor actor = new TestActors.TestActor(user, username, name, a.id(), a.name(), null,
                a.jurisdictionId(), new Scope(a.scopePath()), Set.of("submission:create", "home:view"));
        return new Appointed(id, person, user, actor, name, card, phone);
    }

    /** A staff member of the agency with the given permissions (not a real user: staff actions need no FK). */
    public static TestActors.TestActor staff(Agency a, String username, String... permissions) {
        return new TestActors.TestActor(900_000 + next(), username, username, a.id(), a.name(), null, a.jurisdictionId(),
                new Scope(a.scopePath()), Set.of(permissions));
    }
}
