package cn.anjian.identity.internal;

import lombok.RequiredArgsConstructor;

import java.util.Optional;
import java.util.Set;

import cn.anjian.identity.UserAdministration;
import cn.anjian.kernel.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link UserAdministration} for other modules' code: user creation goes through the admin gates of {@link UserService}. */
@Service
@RequiredArgsConstructor
class UserDirectory implements UserAdministration {

    private final UserService users;
    private final PrincipalLoader principals;
    private final JdbcClient jdbc;
    private final SecondFactorService factors;

    @Override
    public void enrolSecondFactor(String username, String base32Secret) {
        factors.enrolKnown(username, base32Secret);
    }

    @Override
    @Transactional
    public long createUser(String username, String displayName, long agencyId, Long unitId, Set<String> roles,
                           String rawPassword, boolean mustChangePassword) {
        return users.create(null, new UserService.UserData(username, displayName, agencyId, unitId, null, null), roles,
                rawPassword, mustChangePassword);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Actor> actor(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return jdbc.sql("select id from iam_user where lower(username) = lower(:u)").param("u", username.strip())
                .query(Long.class).optional().flatMap(principals::load).map(p -> (Actor) p);
    }

    @Override
    public boolean exists(String username) {
        return username != null && jdbc.sql("select count(*) from iam_user where lower(username) = lower(:u)")
                .param("u", username.strip()).query(Integer.class).single() > 0;
    }
}
