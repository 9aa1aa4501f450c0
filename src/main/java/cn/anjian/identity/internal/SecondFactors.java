package cn.anjian.identity.internal;

import java.util.Optional;

import org.springframework.data.repository.CrudRepository;

/** The repository of {@link SecondFactor} (one per user at most). */
interface SecondFactors extends CrudRepository<SecondFactor, Long> {

    Optional<SecondFactor> findByUserId(long userId);

    boolean existsByUserId(long userId);
}
