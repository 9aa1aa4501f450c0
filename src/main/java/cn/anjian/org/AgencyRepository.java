package cn.anjian.org;

import org.springframework.data.repository.CrudRepository;

/** The one repository of {@link AgencyAggregate}; lists and routes read with JdbcClient in {@link Agencies}. */
interface AgencyRepository extends CrudRepository<AgencyAggregate, Long> {
}
