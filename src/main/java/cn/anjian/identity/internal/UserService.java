package cn.anjian.identity.internal;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import cn.anjian.kernel.Masking;
import cn.anjian.identity.PasswordPolicy;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * User administration by the system administrator (scoped, ORG-03) and self-service password change.
 * Every gate runs before anything is written; every change publishes an {@link AuditableEvent}.
 */
@Service
@RequiredArgsConstructor
class UserService {

    static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{2,31}");
    static final Pattern PHONE = Pattern.compile("1\\d{10}|0\\d{2,3}-?\\d{7,8}");
    static final Pattern ID_CARD = Pattern.compile("\\d{17}[\\dX]");

    /** What the forms and the loader hand in; validated here, whatever the caller checked before. */
    record UserData(String username, String displayName, Long agencyId, Long unitId, String phone, String idCard) {
    }

    private final UserAccounts users;
    private final OrgDirectory org;
    private final RoleCatalog catalog;
    private final PasswordHistory passwords;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SessionTerminator sessions;

    /** Creates a user; with an actor, the agency must lie in the actor's scope. Initial passwords must be changed at first login. */
    @Transactional
    public long create(Actor actor, UserData data, Set<String> roles, String rawPassword, boolean mustChangePassword) {
        String username = trim(data.username());
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw BusinessException.badInput("IAM-USERNAME", "用户名须为 3–32 位字母、数字、点、下划线或连字符，并以字母或数字开头");
        }
        String displayName = displayName(data.displayName());
        OrgDirectory.Agency agency = agencyFor(actor, data.agencyId());
        Long unitId = unitFor(agency, data.unitId());
        String phone = phone(data.phone());
        String idCard = idCard(data.idCard());
        Set<String> roleCodes = roles == null ? Set.of() : new TreeSet<>(roles);
        checkRoles(roleCodes);
        PasswordPolicy.check(username, rawPassword);
        if (users.taken(username)) {
            throw BusinessException.conflict("IAM-USERNAME-TAKEN", "用户名“" + username + "”已被使用");
        }
        Instant now = clock.instant();
        UserAccount user = UserAccount.create(username, displayName, agency.id(), unitId, agency.scopePath(),
                passwords.encode(rawPassword), mustChangePassword, phone, idCard, roleCodes, now);
        try {
            user = users.save(user);
        } catch (DuplicateKeyException e) {
            throw BusinessException.conflict("IAM-USERNAME-TAKEN", "用户名“" + username + "”已被使用");
        }
        events.publishEvent(AuditableEvent.change("iam.user.created", "user", user.id(), null, snapshot(user)));
        return user.id();
    }

    @Transactional
    public void edit(Actor actor, long id, int version, UserData data) {
        UserAccount user = scoped(actor, id);
        checkVersion(user, version);
        Map<String, Object> before = snapshot(user);
        String displayName = displayName(data.displayName());
        OrgDirectory.Agency agency = agencyFor(actor, data.agencyId());
        Long unitId = unitFor(agency, data.unitId());
        user.edit(displayName, agency.id(), unitId, agency.scopePath(), phone(data.phone()), idCard(data.idCard()), clock.instant());
        users.save(user);
        events.publishEvent(AuditableEvent.change("iam.user.updated", "user", id, before, snapshot(user)));
    }

    @Transactional
    public void setEnabled(Actor actor, long id, boolean enabled) {
        UserAccount user = scoped(actor, id);
        if (actor.userId() == id && !enabled) {
            throw new BusinessException("IAM-SELF", "不能停用自己的账户");
        }
        if (user.enabled() == enabled) {
            return;
        }
        user.setEnabled(enabled, clock.instant());
        users.save(user);
        if (!enabled) {
            sessions.revokeAll(id, user.username(), clock.instant());
        }
        events.publishEvent(AuditableEvent.change(enabled ? "iam.user.enabled" : "iam.user.disabled", "user", id,
                Map.of("enabled", !enabled), Map.of("enabled", enabled)));
    }

    @Transactional
    public void unlock(Actor actor, long id) {
        UserAccount user = scoped(actor, id);
        int n = users.unlock(id);
        if (n == 1) {
            events.publishEvent(AuditableEvent.change("iam.account.unlocked", "user", id,
                    Map.of("lockedUntil", String.valueOf(user.lockedUntil()), "failedLogins", user.failedLogins()),
                    Map.of("by", "admin", "admin", actor.username())));
        }
    }

    /** A new temporary password set by the administrator; the user must change it at the next login. */
    @Transactional
    public void resetPassword(Actor actor, long id, String rawPassword) {
        UserAccount user = scoped(actor, id);
        PasswordPolicy.check(user.username(), rawPassword);
        passwords.remember(id, user.passwordHash(), clock.instant());
        user.setPassword(passwords.encode(rawPassword), true, clock.instant());
        users.save(user);
        sessions.revokeAll(id, user.username(), clock.instant());
        events.publishEvent(AuditableEvent.change("iam.user.password-reset", "user", id, null, Map.of("mustChangePassword", true)));
    }

    /**
     * The user's own change: every other session and API token of the user ends; the one the change was made
     * with ({@code keepSessionId} for the page, {@code keepToken} for the API) stays.
     */
    @Transactional
    public void changeOwnPassword(long userId, String currentPassword, String newPassword, String keepSessionId,
                                  String keepToken) {
        UserAccount user = users.findById(userId).orElseThrow(() -> BusinessException.notFound("用户"));
        if (currentPassword == null || currentPassword.length() > 200 || !passwords.matches(currentPassword, user.passwordHash())) {
            throw new BusinessException("IAM-CURRENT-PASSWORD", "当前密码不正确");
        }
        PasswordPolicy.check(user.username(), newPassword);
        if (newPassword.equals(currentPassword)) {
            throw new BusinessException("IAM-02", "新密码不能与当前密码相同");
        }
        passwords.checkNotReused(userId, newPassword); // issue 13: not one of the last five either
        passwords.remember(userId, user.passwordHash(), clock.instant());
        user.setPassword(passwords.encode(newPassword), false, clock.instant());
        users.save(user);
        sessions.revokeAllBut(userId, user.username(), clock.instant(), keepSessionId, keepToken);
        events.publishEvent(AuditableEvent.change("iam.account.password-changed", "user", userId, null, Map.of("by", "self")));
    }

    /** The full phone or ID-card number for a detail view (IAM-06); each call is audited. */
    @Transactional
    public String revealPii(Actor actor, long id, String field) {
        UserAccount user = scoped(actor, id);
        String value = switch (field == null ? "" : field) {
            case "phone" -> user.phone();
            case "idCard" -> user.idCard();
            default -> throw BusinessException.badInput("IAM-PII-FIELD", "未知的字段：只能查看 phone 或 idCard");
        };
        events.publishEvent(AuditableEvent.change("iam.pii.viewed", "user", id, null, Map.of("field", field, "viewer", actor.username())));
        return value;
    }

    /** The account, if it lies in the actor's scope; otherwise 404 so ids of other jurisdictions cannot be probed. */
    UserAccount scoped(Actor actor, long id) {
        return users.findById(id).filter(u -> actor.scope().covers(u.scopePath()))
                .orElseThrow(() -> BusinessException.notFound("用户"));
    }

    void checkRoles(Set<String> roleCodes) {
        Map<String, RoleRules.Role> all = catalog.rolesByCode();
        List<RoleRules.Role> roles = new ArrayList<>();
        for (String code : roleCodes) {
            RoleRules.Role role = all.get(code);
            if (role == null) {
                throw BusinessException.badInput("IAM-ROLE", "未知的角色：" + abbreviate(code));
            }
            roles.add(role);
        }
        RoleRules.checkCombination(roles);
    }

    private static void checkVersion(UserAccount user, int version) {
        if (user.version() != version) {
            throw new OptimisticLockingFailureException("user " + user.id() + " changed");
        }
    }

    private OrgDirectory.Agency agencyFor(Actor actor, Long agencyId) {
        if (agencyId == null) {
            throw BusinessException.badInput("IAM-AGENCY", "请选择所属机构");
        }
        OrgDirectory.Agency agency = org.agency(agencyId)
                .filter(a -> actor == null || actor.scope().covers(a.scopePath()))
                .orElseThrow(() -> BusinessException.notFound("机构"));
        if (!agency.active()) {
            throw new BusinessException("IAM-AGENCY", "机构“" + agency.name() + "”已撤销，不能再添加用户");
        }
        return agency;
    }

    private Long unitFor(OrgDirectory.Agency agency, Long unitId) {
        if (unitId == null) {
            return null;
        }
        OrgDirectory.Unit unit = org.unit(unitId).orElseThrow(() -> BusinessException.notFound("内设机构"));
        if (unit.agencyId() != agency.id()) {
            throw new BusinessException("IAM-UNIT", "内设机构“" + unit.name() + "”不属于机构“" + agency.name() + "”");
        }
        if (!unit.active()) {
            throw new BusinessException("IAM-UNIT", "内设机构“" + unit.name() + "”已撤销");
        }
        return unit.id();
    }

    private static String displayName(String value) {
        String v = trim(value);
        if (v == null || v.length() > 32) {
            throw BusinessException.badInput("IAM-DISPLAY-NAME", "请填写姓名（不超过 32 个字）");
        }
        return v;
    }

    private static String phone(String value) {
        String v = trim(value);
        if (v != null && !PHONE.matcher(v).matches()) {
            throw BusinessException.badInput("IAM-PHONE", "手机号格式不正确（11 位手机号或带区号的固定电话）");
        }
        return v;
    }

    private static String idCard(String value) {
        String v = trim(value);
        if (v == null) {
            return null;
        }
        v = v.toUpperCase(Locale.ROOT);
        if (!ID_CARD.matcher(v).matches()) {
            throw BusinessException.badInput("IAM-ID-CARD", "身份证号须为 18 位（最后一位可为 X）");
        }
        return v;
    }

    private static String trim(String s) {
        if (s == null) {
            return null;
        }
        String v = s.strip();
        return v.isEmpty() ? null : v;
    }

    private static String abbreviate(String s) {
        return s == null ? "null" : s.length() > 32 ? s.substring(0, 32) + "…" : s;
    }

    /** Audit snapshot: personal data only masked, never the password hash. */
    static Map<String, Object> snapshot(UserAccount u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("username", u.username());
        m.put("displayName", u.displayName());
        m.put("agencyId", u.agencyId());
        m.put("unitId", u.unitId());
        m.put("roles", String.join(",", u.roleCodes()));
        m.put("enabled", u.enabled());
        m.put("mustChangePassword", u.mustChangePassword());
        m.put("phone", Masking.phone(u.phone()));
        m.put("idCard", Masking.idCard(u.idCard()));
        return m;
    }
}
