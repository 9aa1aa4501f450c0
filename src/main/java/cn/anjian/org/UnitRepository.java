package cn.anjian.org;

import org.springframework.data.repository.CrudRepository;

/** The one repository of {@link UnitAggregate}; lists read with JdbcClient in {@link Agencies}. */
interface UnitRepository extends CrudRepository<UnitAggregate, Long> {
}
