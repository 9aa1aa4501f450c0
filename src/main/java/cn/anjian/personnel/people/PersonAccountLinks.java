package cn.anjian.personnel.people;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.personnel.PersonAccounts;
import cn.anjian.personnel.PersonView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link PersonAccounts}: {@code per_person.user_id}, written through the person aggregate, accounts read from {@code iam_user_view}. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class PersonAccountLinks implements PersonAccounts {

    private final JdbcClient jdbc;
    private final PersonRepository persons;
    private final cn.anjian.personnel.People people;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    @Override
    public Optional<Long> personOf(long userId) {
        return jdbc.sql("SELECT id FROM per_person WHERE user_id = :u").param("u", userId).query(Long.class).optional();
    }

    @Override
    public Optional<Account> accountOf(long personId) {
        return jdbc.sql("""
                        SELECT u.id, u.display_name FROM per_person p JOIN iam_user_view u ON u.id = p.user_id WHERE p.id = :p""")
                .param("p", personId).query((rs, n) -> new Account(rs.getLong("id"), rs.getString("display_name"))).optional();
    }

    @Override
    @Transactional
    public void link(Actor actor, long personId, Long userId) {
        if (actor == null || !actor.hasPermission("personnel:manage")) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "PERSONNEL-FORBIDDEN", "您没有维护人员信息的权限");
        }
        PersonView p = people.get(actor, personId);
        Person stored = persons.findById(personId).orElseThrow(() -> BusinessException.notFound("人员"));
        Long before = stored.userId;
        if (userId != null) {
            Account account = accounts(p.agencyId(), userId).stream().findFirst().orElseThrow(() -> new BusinessException(
                    "PER-ACCOUNT-AGENCY", "只能关联“" + p.agencyName() + "”的登录账户"));
            personOf(userId).filter(other -> other != personId).ifPresent(other -> {
                throw BusinessException.conflict("PER-ACCOUNT-TAKEN", "账户“" + account.displayName() + "”已关联其他人员，请先解除");
            });
        }
        stored.linkAccount(userId, clock.instant());
        try {
            persons.save(stored);
        } catch (DuplicateKeyException e) {
            throw BusinessException.conflict("PER-ACCOUNT-TAKEN", "该账户已关联其他人员，请先解除");
        }
        events.publishEvent(new AuditableEvent("personnel.person.account-linked", "person", String.valueOf(personId),
                before == null ? null : Map.of("userId", before), userId == null ? null : Map.of("userId", userId),
                actor.username(), null));
    }

    @Override
    public List<Account> choices(Actor actor, long personId) {
        PersonView p = people.get(actor, personId);
        return jdbc.sql("""
                        SELECT u.id, u.display_name FROM iam_user_view u
                        WHERE u.agency_id = :a AND NOT EXISTS (SELECT 1 FROM per_person x WHERE x.user_id = u.id AND x.id <> :p)
                        ORDER BY u.display_name, u.id LIMIT 500""")
                .param("a", p.agencyId()).param("p", personId)
                .query((rs, n) -> new Account(rs.getLong("id"), rs.getString("display_name"))).list();
    }

    private List<Account> accounts(long agencyId, long userId) {
        return jdbc.sql("SELECT id, display_name FROM iam_user_view WHERE id = :u AND agency_id = :a")
                .param("u", userId).param("a", agencyId)
                .query((rs, n) -> new Account(rs.getLong("id"), rs.getString("display_name"))).list();
    }
}
