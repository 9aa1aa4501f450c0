package cn.anjian.identity.internal;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A user account (aggregate root, with its role grants). The login counters ({@code failedLogins},
 * {@code lockedUntil}) are read-only here: they change only through atomic SQL in {@link LoginService}
 * and {@link UserService#unlock}, so saving an edited account never overwrites a concurrent failure count.
 */
@Table("iam_user")
class UserAccount {

    @Table("iam_user_role")
    record RoleGrant(String roleCode) {
    }

    @Id
    private Long id;
    private String username;
    private String displayName;
    private long agencyId;
    private Long unitId;
    private String scopePath;
    private String passwordHash;
    private boolean mustChangePassword;
    private Instant passwordChangedAt;
    @ReadOnlyProperty
    private int failedLogins;
    @ReadOnlyProperty
    private Instant lockedUntil;
    private boolean enabled;
    private String phone;
    private String idCard;
    @Version
    private Integer version;
    private Instant createdAt;
    private Instant updatedAt;
    @MappedCollection(idColumn = "user_id")
    private Set<RoleGrant> roles = new HashSet<>();

    @PersistenceCreator
    UserAccount() {
    }

    static UserAccount create(String username, String displayName, long agencyId, Long unitId, String scopePath,
                              String passwordHash, boolean mustChangePassword, String phone, String idCard,
                              Set<String> roles, Instant now) {
        UserAccount u = new UserAccount();
        u.username = username;
        u.displayName = displayName;
        u.agencyId = agencyId;
        u.unitId = unitId;
        u.scopePath = scopePath;
        u.passwordHash = passwordHash;
        u.mustChangePassword = mustChangePassword;
        u.passwordChangedAt = now;
        u.enabled = true;
        u.phone = phone;
        u.idCard = idCard;
        u.createdAt = now;
        u.updatedAt = now;
        roles.forEach(r -> u.roles.add(new RoleGrant(r)));
        return u;
    }

    void edit(String displayName, long agencyId, Long unitId, String scopePath, String phone, String idCard, Instant now) {
        this.displayName = displayName;
        this.agencyId = agencyId;
        this.unitId = unitId;
        this.scopePath = scopePath;
        this.phone = phone;
        this.idCard = idCard;
        this.updatedAt = now;
    }

    void setPassword(String hash, boolean mustChange, Instant now) {
        this.passwordHash = hash;
        this.mustChangePassword = mustChange;
        this.passwordChangedAt = now;
        this.updatedAt = now;
    }

    void setEnabled(boolean enabled, Instant now) {
        this.enabled = enabled;
        this.updatedAt = now;
    }

    void grant(String role, Instant now) {
        roles.add(new RoleGrant(role));
        updatedAt = now;
    }

    void revoke(String role, Instant now) {
        roles.remove(new RoleGrant(role));
        updatedAt = now;
    }

    Set<String> roleCodes() {
        return roles.stream().map(RoleGrant::roleCode).collect(Collectors.toCollection(TreeSet::new));
    }

    Long id() { return id; }
    String username() { return username; }
    String displayName() { return displayName; }
    long agencyId() { return agencyId; }
    Long unitId() { return unitId; }
    String scopePath() { return scopePath; }
    String passwordHash() { return passwordHash; }
    boolean mustChangePassword() { return mustChangePassword; }
    Instant passwordChangedAt() { return passwordChangedAt; }
    int failedLogins() { return failedLogins; }
    Instant lockedUntil() { return lockedUntil; }
    boolean enabled() { return enabled; }
    String phone() { return phone; }
    String idCard() { return idCard; }
    Integer version() { return version; }
    Instant createdAt() { return createdAt; }
}
