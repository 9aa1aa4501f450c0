package cn.anjian.enforcement.draws;

import org.springframework.data.repository.CrudRepository;

/** The one repository of {@link Draw}; the draw's record and lists read with JdbcClient. */
interface DrawRepository extends CrudRepository<Draw, Long> {
}
