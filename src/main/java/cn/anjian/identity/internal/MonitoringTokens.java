package cn.anjian.identity.internal;

import org.springframework.data.repository.CrudRepository;

/** The repository of {@link MonitoringToken}. */
interface MonitoringTokens extends CrudRepository<MonitoringToken, Long> {
}
