package cn.anjian.personnel.supervisors;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.anjian.personnel.PersonRole;
import cn.anjian.personnel.PersonRoles;
import org.springframework.stereotype.Component;

/** A person's social-supervisor appointments, for the person page's list of roles. */
@Component
@RequiredArgsConstructor
class SupervisorRolesProvider implements PersonRoles {

    private final SupervisorRepository repository;
    private final Clock clock;

    @Override
    public List<PersonRole> rolesOf(long personId) {
        LocalDate today = LocalDate.now(clock);
        return repository.findByPersonIdOrderById(personId).stream()
                .map(s -> new PersonRole(PersonRole.SUPERVISOR, "社会监督员",
                        s.status.label() + (s.termEnd != null ? "（聘期至 " + s.termEnd + "）" : ""), s.serving(today)))
                .toList();
    }
}
