package cn.anjian.personnel;

import java.util.List;
import java.util.Optional;

import cn.anjian.kernel.Actor;

/**
 * The link between a recorded person and a login account ("我的案件", issue 12): a case's team names persons, a user
 * acts through an account, and this link says which person a user is. One account per person and one person per
 * account; set by HR ({@code personnel:manage}) on the person's page to an account of the person's agency, or ended;
 * every change audited ({@code personnel.person.account-linked}). Accounts existing when the link was introduced were
 * matched once by the same ID-card number in the same agency (V7_90).
 */
public interface PersonAccounts {

    /** The person the account {@code userId} belongs to, or empty (no link yet). */
    Optional<Long> personOf(long userId);

    /** The account linked to the person, by its display name, or empty. */
    Optional<Account> accountOf(long personId);

    /**
     * Links the person (in the actor's scope, else 404) to the account {@code userId} (of the person's agency, not
     * linked to another person), or ends the link when {@code userId} is null. Needs {@code personnel:manage}.
     */
    void link(Actor actor, long personId, Long userId);

    /** The accounts of the person's agency that are free to link (or linked to this person), by display name. */
    List<Account> choices(Actor actor, long personId);

    /** An account as staff see it: its id and the person's display name (never the login name). */
    record Account(long userId, String displayName) {
    }
}
