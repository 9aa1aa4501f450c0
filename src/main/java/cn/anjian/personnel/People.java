package cn.anjian.personnel;

import java.util.List;
import java.util.Optional;

import cn.anjian.kernel.Actor;

/**
 * People: a natural person is recorded once (one record per ID card) and can hold several roles.
 * The person's scope is the recording agency's jurisdiction (the actor's agency). Reads are scoped
 * (ORG-03): outside the actor's scope a person answers 404. Views are masked (IAM-06).
 */
public interface People {

    /** Records a person for the actor's agency; refused with {@link DuplicatePersonException} for a known ID card. */
    PersonView create(Actor actor, NewPerson person);

    /** Replaces the person's data (the ID card cannot change); {@code version} guards concurrent edits. */
    PersonView update(Actor actor, long personId, int version, NewPerson person);

    /** A person in the actor's scope, or 404. */
    PersonView get(Actor actor, long personId);

    /** Trusted read without scope (for other modules' internal checks), masked. */
    Optional<PersonView> find(long personId);

    /** The person recorded under this ID card, if in scope. */
    Optional<PersonView> findByIdCard(Actor actor, String idCard);

    PageResult<PersonView> search(Actor actor, PersonFilter filter, int page, int size);

    /** Full ID card and phone; requires {@code pii:view-full}; audited. */
    PersonPii revealPii(Actor actor, long personId);

    /** The roles the person holds, from every {@link PersonRoles} provider. */
    List<PersonRole> roles(long personId);
}
