package cn.anjian.personnel.inspectors;

import lombok.RequiredArgsConstructor;

import java.util.List;

import cn.anjian.personnel.PersonRole;
import cn.anjian.personnel.PersonRoles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The technical-inspector roles of a person, for the person's page. */
@Component
@RequiredArgsConstructor
class InspectorPersonRoles implements PersonRoles {

    private final JdbcClient jdbc;
    private final java.time.Clock clock;

    @Override
    public List<PersonRole> rolesOf(long personId) {
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        return jdbc.sql(Inspectors.SELECT + " WHERE i.person_id = :p ORDER BY i.id").param("p", personId)
                .query(InspectorView.class).list().stream()
                .map(i -> new PersonRole(PersonRole.INSPECTOR, i.kindLabel() + "技术检查员",
                        i.agencyName() + " · " + i.statusLabelOn(today) + " · 工作证" + i.certificateLabel(), i.activeOn(today)))
                .toList();
    }
}
