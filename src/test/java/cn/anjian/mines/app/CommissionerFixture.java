package cn.anjian.mines.app;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import cn.anjian.TestActors.TestActor;
import cn.anjian.identity.UserAdministration;
import cn.anjian.kernel.ActingUsers;
import cn.anjian.kernel.Actor;
import cn.anjian.mines.Employment;
import cn.anjian.mines.Specialty;
import cn.anjian.mines.registry.MineRegistry;
import cn.anjian.mines.registry.NewCommissioner;
import cn.anjian.personnel.IdCards;
import cn.anjian.personnel.NewPerson;
import cn.anjian.personnel.PersonAccounts;
import cn.anjian.personnel.People;

/**
 * Commissioners of 泽州县 for the issue-17 tests (a plain helper, no bean: the shared test context stays identical): a fresh account (role MINE_COMMISSIONER) linked to a person selected
 * as commissioner by zz_hr, so the department's zz_unithead decides their flows. Names carry no rule IDs.
 */

class CommissionerFixture {

    static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 100_000));
    static final String PASSWORD = "Secret-Pass9";

    private final ActingUsers users;
    private final UserAdministration accountsAdmin;
    private final People people;
    private final PersonAccounts accounts;
    private final MineRegistry registry;

    CommissionerFixture(ActingUsers users, UserAdministration accountsAdmin, People people, PersonAccounts accounts,
                        MineRegistry registry) {
        this.users = users;
        this.accountsAdmin = accountsAdmin;
        this.people = people;
        this.accounts = accounts;
        this.registry = registry;
    }

    record Made(long commissionerId, TestActor actor) {
    }

    Actor hr() {
        return users.actor("zz_hr").orElseThrow();
    }

    Actor unitHead() {
        return users.actor("zz_unithead").orElseThrow();
    }

    /** A commissioner without an account (e.g. a substitute). */
    long commissioner(String name) {
        Actor hr = hr();
        long person = people.create(hr, NewPerson.basic(name, IdCards.next(true), "13800004444")).id();
        return registry.select(hr, new NewCommissioner(person, Employment.IN_BUDGET, true, LocalDate.of(2025, 3, 1),
                EnumSet.of(Specialty.MINING), new BigDecimal("35.5"), new BigDecimal("112.8")));
    }

    /** A commissioner with a sign-in account, as an actor holding the commissioner's permissions. */
    Made withAccount(String name) {
        Actor hr = hr();
        String username = "mcw" + SEQ.incrementAndGet();
        long userId = accountsAdmin.createUser(username, name, hr.agencyId(), null, Set.of("MINE_COMMISSIONER"), PASSWORD, false);
        long person = people.create(hr, NewPerson.basic(name, IdCards.next(true), "13800005555")).id();
        accounts.link(hr, person, userId);
        long id = registry.select(hr, new NewCommissioner(person, Employment.IN_BUDGET, true, LocalDate.of(2025, 3, 1),
                EnumSet.of(Specialty.VENTILATION), new BigDecimal("35.5"), new BigDecimal("112.8")));
        Actor real = users.actor(username).orElseThrow();
        return new Made(id, new TestActor(userId, username, name, real.agencyId(), real.agencyName(), null,
                real.jurisdictionId(), real.scope(), Set.of("mine:app", "mine:read", "home:view", "workflow:inbox")));
    }
}
