package cn.anjian.personnel.supervisors;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.anjian.personnel.PersonRole;
import cn.anjian.personnel.PersonRoles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A person's social-supervisor appointments, for the person page's list of roles. */
@Component
class SupervisorRolesProvider implements PersonRoles {

    private final JdbcClient jdbc;
    private final Clock clock;

    SupervisorRolesProvider(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<PersonRole> rolesOf(long personId) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql("SELECT * FROM per_supervisor WHERE person_id = :p ORDER BY id").param("p", personId)
                .query(SupervisorRepository::map).list().stream()
                .map(s -> new PersonRole(PersonRole.SUPERVISOR, "社会监督员",
                        s.status.label() + (s.termEnd != null ? "（聘期至 " + s.termEnd + "）" : ""), s.serving(today)))
                .toList();
    }
}
