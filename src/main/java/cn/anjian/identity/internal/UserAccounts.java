package cn.anjian.identity.internal;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface UserAccounts extends ListCrudRepository<UserAccount, Long> {

    /** Clears a lock and the failure count (IAM-03); 0 when the account was neither locked nor had failures. */
    @Modifying
    @Query("update iam_user set failed_logins = 0, locked_until = null where id = :id and (locked_until is not null or failed_logins > 0)")
    int unlock(long id);

    @Query("select count(*) > 0 from iam_user where lower(username) = lower(:username)")
    boolean taken(String username);
}
